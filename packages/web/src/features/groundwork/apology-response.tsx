import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { useGroundworkWrite } from './api';

type Kind = 'received' | 'incomplete';
type Body = { kind: Kind; text?: string; routeId: string };

/** The hurt partner's answer to an apology: received, or incomplete and why. Forgiveness is never asked for. */
export function ApologyResponseForm({ apologyId }: { apologyId: string }) {
  // Nothing is chosen for her: one tap must never send something that reads like acceptance.
  const [kind, setKind] = useState<Kind | null>(null);
  const [unchosen, setUnchosen] = useState(false);
  const [text, setText] = useState('');
  const respond = useGroundworkWrite<Body>('POST', (b) => `/api/apologies/${b.routeId}/responses`);
  // The hurt partner's words back: the I-statement coach advises, on this device.
  const coach = useCoach('statement', text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return setUnchosen(true);
    respond.mutate({ kind, routeId: apologyId, ...(text.trim() ? { text: text.trim() } : {}) });
  };
  if (respond.isSuccess) return <Notice tone="success">Your answer was sent.</Notice>;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend="Your answer, if you want to give one"
        name={`answer-${apologyId}`}
        choices={[
          {
            value: 'received',
            label: 'I received it',
            hint: 'This does not mean you forgive; only that you read it.',
          },
          { value: 'incomplete', label: 'It felt incomplete', hint: 'Say what was missing.' },
        ]}
        value={kind}
        onChange={(k) => {
          setKind(k);
          setUnchosen(false);
        }}
        error={unchosen ? 'Choose one of the two first. Or leave it: saying nothing is fine too.' : undefined}
      />
      <CoachedTextArea
        label={kind === 'incomplete' ? 'It felt incomplete because…' : 'Anything you want to add'}
        optional={kind !== 'incomplete'}
        rows={3}
        maxLength={2000}
        value={text}
        onText={setText}
        findings={coach?.findings ?? null}
        error={fieldError(respond.error, 'text')}
      />
      {formError(respond.error, ['text']) ? (
        <Notice tone="error">{formError(respond.error, ['text'])}</Notice>
      ) : null}
      <Button type="submit" variant="secondary" busy={respond.isPending}>
        Send my answer
      </Button>
    </form>
  );
}
