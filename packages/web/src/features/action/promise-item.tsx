import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { useCoachForMe } from '../../lib/coach';
import { formatDateTime } from '../../lib/format';
import { type ActionEvent, type Commitment, useActionWrite } from './api';
import { OutcomeList } from './outcome-review';
import { fromLocalInput, toLocalInput } from './time';
import { OUTCOME_LABELS, RECURRENCE_LABELS } from './words';

/** Still due: not yet done, missed or stopped (a time changed with notice is still due). */
export const isOpen = (c: Commitment) => c.status === 'pending' || c.status === 'renegotiated';

const EVENT_WORDS: Record<string, string> = {
  made: 'Promised',
  done: 'Marked done',
  done_after_missed: 'Marked done after it had passed',
  renegotiated: 'Time changed, with notice',
  moved_after_due: 'Time changed after it had passed',
  ended: 'Stopped',
  missed: 'Passed without being done',
  confirmed: 'Outcome confirmed',
  disputed: 'Outcome disputed',
};

/** Asking to change the time, with a note; before the due time it counts as notice. */
function ChangeTimeForm({ commitment, onClose }: { commitment: Commitment; onClose: () => void }) {
  const [due, setDue] = useState(() =>
    toLocalInput(new Date(Date.parse(commitment.dueAt ?? '') + 3_600_000)),
  );
  const [note, setNote] = useState('');
  const coach = useCoachForMe(note);
  const change = useActionWrite<object, { commitment: Commitment; notice?: boolean }>(
    'POST',
    (id) => `/api/commitments/${id}/renegotiate`,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void change
      .mutateAsync({ routeId: commitment.id, body: { dueAt: fromLocalInput(due), note } })
      .then(onClose, () => {});
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="small">
        Asking before {commitment.dueAt ? formatDateTime(commitment.dueAt) : 'the time'} counts as notice, and
        shows on the record as changed with notice. After that time, the change is still kept, but not as
        notice.
      </p>
      <TextField
        label="New time"
        type="datetime-local"
        value={due}
        onChange={(e) => setDue(e.target.value)}
        error={fieldError(change.error, 'dueAt')}
      />
      <CoachedTextArea
        label="A note for your partner"
        hint="Why the change, in a sentence."
        rows={2}
        maxLength={1000}
        value={note}
        onText={setNote}
        findings={coach?.findings ?? null}
        error={fieldError(change.error, 'note')}
      />
      <div className="actions">
        <Button type="submit" disabled={!note.trim() || !due} busy={change.isPending}>
          Change the time
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
      </div>
      {formError(change.error, ['dueAt', 'note']) ? (
        <Notice tone="error">{formError(change.error, ['dueAt', 'note'])}</Notice>
      ) : null}
    </form>
  );
}

function Actions({ commitment: c }: { commitment: Commitment }) {
  const [changing, setChanging] = useState(false);
  const done = useActionWrite<object>('POST', (id) => `/api/commitments/${id}/done`);
  const end = useActionWrite<object>('POST', (id) => `/api/commitments/${id}/end`);
  if (changing) return <ChangeTimeForm commitment={c} onClose={() => setChanging(false)} />;
  const error = formError(done.error ?? end.error, []);
  return (
    <>
      <div className="actions">
        <Button
          busy={done.isPending}
          onClick={() => void done.mutateAsync({ routeId: c.id, body: {} }).catch(() => {})}
        >
          Mark done
        </Button>
        <Button variant="secondary" onClick={() => setChanging(true)}>
          Ask to change the time
        </Button>
        {c.recurrence ? (
          <Button
            variant="quiet"
            onClick={() => void end.mutateAsync({ routeId: c.id, body: {} }).catch(() => {})}
          >
            Stop this promise
          </Button>
        ) : null}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </>
  );
}

function History({ events }: { events: ActionEvent[] }) {
  if (events.length === 0) return null;
  return (
    <details className="act-details">
      <summary>Every change ({events.length})</summary>
      <ul className="act-history">
        {events.map((e) => (
          <li key={`${e.kind}-${e.at}`}>
            <p>
              {EVENT_WORDS[e.kind] ?? e.kind.replace(/_/g, ' ')}
              <span className="small">
                {' '}
                · {formatDateTime(e.at)}
                {e.dueAt ? ` · due ${formatDateTime(e.dueAt)}` : ''}
              </span>
            </p>
            {e.note ? <p className="act-text">“{e.note}”</p> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One promise: what, when, how often, what became of it, and what each of you can do now. */
export function PromiseItem({ commitment: c, role }: { commitment: Commitment; role: 'hurt' | 'repairing' }) {
  const repeat = RECURRENCE_LABELS[c.recurrence ?? 'once'];
  return (
    <li className="entry">
      <p className="act-title">{c.title}</p>
      <p className="small">
        {repeat}
        {isOpen(c) && c.dueAt ? ` · next due ${formatDateTime(c.dueAt)}` : ''}
        {c.status === 'ended' ? ' · stopped' : ''}
        {!isOpen(c) && c.outcome ? ` · ${OUTCOME_LABELS[c.outcome]}` : ''}
        {c.mine ? '' : ` · ${c.authorName}’s promise`}
      </p>
      {c.mine && role === 'repairing' && isOpen(c) ? <Actions commitment={c} /> : null}
      <OutcomeList outcomes={c.outcomes} canReview={role === 'hurt' && !c.mine} />
      <History events={c.events} />
    </li>
  );
}
