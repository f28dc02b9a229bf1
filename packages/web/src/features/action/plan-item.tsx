import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { type Plan, useActionWrite } from './api';
import { OutcomeList } from './outcome-review';
import { formatTime, fromLocalInput, toLocalInput } from './time';

const UPDATE_WORDS = { left: 'Left', late: 'Running late', arrived: 'Arrived' } as const;

/** Left, running late (with a new time), arrived: one tap each, for the partner who made the plan. */
function Taps({ plan }: { plan: Plan }) {
  const [late, setLate] = useState(false);
  const [eta, setEta] = useState(() => toLocalInput(new Date(Date.parse(plan.etaAt) + 30 * 60_000)));
  const update = useActionWrite<object, { plan: Plan }>('POST', (id) => `/api/plans/${id}/updates`);
  const send = (body: object) =>
    void update.mutateAsync({ routeId: plan.id, body }).then(
      () => setLate(false),
      () => {},
    );
  const submitLate = (event: FormEvent) => {
    event.preventDefault();
    send({ kind: 'late', newEtaAt: fromLocalInput(eta) });
  };
  const error = formError(update.error, ['newEtaAt']);
  return (
    <>
      {late ? (
        <form className="form" onSubmit={submitLate} noValidate>
          <TextField
            label="New time home"
            hint={`Sent before ${formatTime(plan.etaAt)}, it counts as notice.`}
            type="datetime-local"
            value={eta}
            onChange={(e) => setEta(e.target.value)}
            error={fieldError(update.error, 'newEtaAt')}
          />
          <div className="actions">
            <Button type="submit" busy={update.isPending}>
              Send the new time
            </Button>
            <Button variant="quiet" onClick={() => setLate(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="act-taps">
          <Button variant="secondary" busy={update.isPending} onClick={() => send({ kind: 'left' })}>
            Left
          </Button>
          <Button variant="secondary" onClick={() => setLate(true)}>
            Running late
          </Button>
          <Button busy={update.isPending} onClick={() => send({ kind: 'arrived' })}>
            Arrived
          </Button>
        </div>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </>
  );
}

function Updates({ plan }: { plan: Plan }) {
  if (plan.updates.length === 0) return null;
  return (
    <ul className="act-history" aria-label="Updates">
      {plan.updates.map((u) => (
        <li key={u.id}>
          <p>
            {UPDATE_WORDS[u.kind]}
            {u.kind === 'late' && u.newEtaAt ? `: home by ${formatTime(u.newEtaAt)}` : ''}
            <span className="small">
              {' '}
              · {formatTime(u.at)}
              {u.kind === 'late' ? (u.notice ? ' · with notice' : ' · after the time') : ''}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** One plan: what, where, when home, its updates, and for the hurt partner a word on the outcome. */
export function PlanItem({ plan: p, role }: { plan: Plan; role: 'hurt' | 'repairing' }) {
  const moved = p.etaAt !== p.firstEtaAt;
  return (
    <li className="entry">
      <p className="act-title">
        {p.what}
        {p.where ? <span className="small"> · {p.where}</span> : null}
      </p>
      <p>
        {p.status === 'open' ? 'Home by ' : 'Was due home '}
        <strong>{formatDateTime(p.etaAt)}</strong>
        {moved ? <span className="small"> (first said {formatTime(p.firstEtaAt)})</span> : null}
        {p.mine ? null : <span className="small"> · {p.authorName}’s plan</span>}
      </p>
      <Updates plan={p} />
      {p.mine && p.status === 'open' ? <Taps plan={p} /> : null}
      {p.outcome ? <OutcomeList outcomes={[p.outcome]} canReview={role === 'hurt' && !p.mine} /> : null}
    </li>
  );
}
