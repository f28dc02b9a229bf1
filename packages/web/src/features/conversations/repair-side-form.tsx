import { REPAIR_FEELINGS, REPAIR_STEPS, type RepairStep } from '@mend/domain/conversations/repair';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkbox';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { useRepairWrites, type WriteRepairSide } from './repair-api';
import { REPAIR_QUESTIONS } from './words';

type Texts = Omit<WriteRepairSide, 'feelings'>;
const FIELD: Record<Exclude<RepairStep, 'feelings'>, keyof Texts> = {
  reality: 'reality',
  trigger: 'trigger',
  owns: 'owns',
  next_time: 'nextTime',
};

function Feelings({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  const toggle = (f: string) => onChange(value.includes(f) ? value.filter((x) => x !== f) : [...value, f]);
  return (
    <fieldset className="choices choices-inline">
      <legend className="field-label">{REPAIR_QUESTIONS.feelings.label}</legend>
      <p className="field-hint">{REPAIR_QUESTIONS.feelings.hint}</p>
      <div className="choices-list">
        {REPAIR_FEELINGS.map((f) => (
          <Checkbox key={f} label={f} checked={value.includes(f)} onChange={() => toggle(f)} />
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

/** One's own side, in five short steps; shared with the partner when sent, and not changed after. */
export function RepairSideForm({ repairId, coach }: { repairId: string; coach: 'statement' | 'reply' }) {
  const [at, setAt] = useState(0);
  const [feelings, setFeelings] = useState<string[]>([]);
  const [texts, setTexts] = useState<Texts>({ reality: '', trigger: '', owns: '', nextTime: '' });
  const { side } = useRepairWrites();
  const step = REPAIR_STEPS[at] ?? 'feelings';
  const field = step === 'feelings' ? null : FIELD[step];
  const analysis = useCoach(coach, field ? texts[field] : '');
  const filled = field ? texts[field].trim() !== '' : feelings.length > 0;
  const last = at === REPAIR_STEPS.length - 1;
  const send = () =>
    void side.mutateAsync({ routeId: repairId, body: { feelings, ...texts } }).catch(() => {});
  return (
    <div className="form">
      <p className="small">
        Step {at + 1} of {REPAIR_STEPS.length}
      </p>
      {field === null ? (
        <Feelings value={feelings} onChange={setFeelings} error={fieldError(side.error, 'feelings')} />
      ) : (
        <CoachedTextArea
          inputClassName="talk-textarea"
          label={REPAIR_QUESTIONS[field].label}
          hint={REPAIR_QUESTIONS[field].hint}
          rows={4}
          maxLength={5000}
          value={texts[field]}
          onText={(text) => setTexts({ ...texts, [field]: text })}
          findings={analysis?.findings ?? null}
          error={fieldError(side.error, field)}
        />
      )}
      <div className="actions">
        {at > 0 ? (
          <Button variant="secondary" onClick={() => setAt(at - 1)}>
            Back
          </Button>
        ) : null}
        {last ? (
          <Button disabled={!filled} busy={side.isPending} onClick={send}>
            Share my side
          </Button>
        ) : (
          <Button disabled={!filled} onClick={() => setAt(at + 1)}>
            Next
          </Button>
        )}
      </div>
      {side.error ? <Notice tone="error">{formError(side.error, [])}</Notice> : null}
    </div>
  );
}
