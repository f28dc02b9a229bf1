import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { type Trigger, useLogTrigger } from './api';
import { TRIGGER_KIND_WORDS } from './words';

const FIELDS = ['kind', 'intensity', 'note', 'helped'];

/** Logs one trigger; every field but the kind and strength is optional. */
export function TriggerForm() {
  const log = useLogTrigger();
  const [kind, setKind] = useState<Trigger['kind'] | null>(null);
  const [intensity, setIntensity] = useState(5);
  const [note, setNote] = useState('');
  const [helped, setHelped] = useState('');
  const [missingKind, setMissingKind] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return setMissingKind(true);
    log.mutate(
      {
        kind,
        intensity,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(helped.trim() ? { helped: helped.trim() } : {}),
      },
      {
        onSuccess: () => {
          setNote('');
          setHelped('');
          setKind(null);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend="What set it off?"
        name="trigger-kind"
        choices={Object.entries(TRIGGER_KIND_WORDS).map(([value, label]) => ({
          value: value as Trigger['kind'],
          label,
        }))}
        value={kind}
        onChange={(k) => {
          setKind(k);
          setMissingKind(false);
        }}
        error={
          missingKind ? 'Pick the closest one; “Something else” is fine.' : fieldError(log.error, 'kind')
        }
      />
      <div className="field">
        <label className="field-label" htmlFor="trigger-intensity">
          How strong, from 1 to 10: <output htmlFor="trigger-intensity">{intensity}</output>
        </label>
        <input
          id="trigger-intensity"
          className="mood-range"
          type="range"
          min={1}
          max={10}
          value={intensity}
          onChange={(e) => setIntensity(Number(e.target.value))}
        />
      </div>
      <TextField
        label="What happened"
        optional
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError(log.error, 'note')}
      />
      <TextField
        label="What helped"
        optional
        maxLength={1000}
        value={helped}
        onChange={(e) => setHelped(e.target.value)}
        error={fieldError(log.error, 'helped')}
      />
      <Button type="submit" busy={log.isPending}>
        {log.isPending ? 'Saving…' : 'Save to my log'}
      </Button>
      {formError(log.error, FIELDS) ? <Notice tone="error">{formError(log.error, FIELDS)}</Notice> : null}
      {log.isSuccess ? <Notice tone="success">Saved to your log. Only you can see it.</Notice> : null}
    </form>
  );
}
