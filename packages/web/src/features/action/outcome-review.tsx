import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoachForMe } from '../../lib/coach';
import { formatDateTime } from '../../lib/format';
import { type OutcomeRecord, useActionWrite } from './api';
import { OUTCOME_LABELS } from './words';

/** How the hurt partner saw an outcome, as both of you see it; a dispute stays a dispute. */
function ReviewLine({ outcome: o }: { outcome: OutcomeRecord }) {
  if (!o.review) return null;
  return (
    <p className="small">
      {o.review === 'disputed' ? (
        <span className="act-tag act-tag-disputed">Disputed</span>
      ) : (
        <span className="act-tag">Confirmed</span>
      )}{' '}
      {o.reviewNote ? <span className="act-text">“{o.reviewNote}”</span> : null}
    </p>
  );
}

/** Confirm, or dispute with a note: the hurt partner's word on one outcome. */
function ReviewControls({ outcome }: { outcome: OutcomeRecord }) {
  const [disputing, setDisputing] = useState(false);
  const [note, setNote] = useState('');
  const coach = useCoachForMe(note);
  const review = useActionWrite<object>('POST', (id) => `/api/outcomes/${id}/review`);
  const send = (body: object) => void review.mutateAsync({ routeId: outcome.id, body }).catch(() => {});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send({ review: 'disputed', ...(note.trim() ? { note } : {}) });
  };
  const error = formError(review.error, ['note', 'review']);
  if (disputing)
    return (
      <form className="form" onSubmit={submit} noValidate>
        <CoachedTextArea
          label="How you saw it"
          optional
          hint="Your partner sees this. The outcome stays on the record, marked as disputed."
          rows={2}
          maxLength={1000}
          value={note}
          onText={setNote}
          findings={coach?.findings ?? null}
          error={fieldError(review.error, 'note')}
        />
        <div className="actions">
          <Button type="submit" busy={review.isPending}>
            Dispute it
          </Button>
          <Button variant="quiet" onClick={() => setDisputing(false)}>
            Cancel
          </Button>
        </div>
        {error ? <Notice tone="error">{error}</Notice> : null}
      </form>
    );
  return (
    <>
      <div className="actions">
        <Button variant="secondary" busy={review.isPending} onClick={() => send({ review: 'confirmed' })}>
          Confirm
        </Button>
        <Button variant="quiet" onClick={() => setDisputing(true)}>
          That is not how I saw it
        </Button>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </>
  );
}

/** The times a promise fell due and what became of each, newest first. */
export function OutcomeList({ outcomes, canReview }: { outcomes: OutcomeRecord[]; canReview: boolean }) {
  if (outcomes.length === 0) return null;
  const newestFirst = [...outcomes].sort((a, b) => b.dueAt.localeCompare(a.dueAt));
  return (
    <ul className="act-history" aria-label="What became of it">
      {newestFirst.map((o) => (
        <li key={o.id}>
          <p>
            <strong>{OUTCOME_LABELS[o.outcome]}</strong>
            <span className="small"> · due {formatDateTime(o.dueAt)}</span>
          </p>
          <ReviewLine outcome={o} />
          {canReview && !o.review ? <ReviewControls outcome={o} /> : null}
        </li>
      ))}
    </ul>
  );
}
