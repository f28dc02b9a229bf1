import { Link } from 'react-router';
import { Card } from '../../components/card';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import {
  type AnxietyWindow,
  type Commitment,
  type Plan,
  useActionLive,
  useAnxietyWindows,
  useCommitments,
  usePlans,
} from './api';
import { formatDue, formatTime } from './time';
import './action.css';

const SOON_MS = 3 * 60 * 60 * 1000;

const LAST_WORDS = { left: 'Left', late: 'Running late', arrived: 'Arrived' } as const;

function OpenPlan({ plan: p }: { plan: Plan }) {
  const last = p.updates[p.updates.length - 1];
  return (
    <p>
      {p.mine ? 'Your plan' : `${p.authorName}’s plan`}: <strong>{p.what}</strong>
      {p.where ? `, ${p.where}` : ''}. Home by {formatTime(p.etaAt)}.
      {last ? (
        <span className="small">
          {' '}
          Last update: {LAST_WORDS[last.kind]}, {formatTime(last.at)}.
        </span>
      ) : null}
    </p>
  );
}

function PlanSummary() {
  const plans = usePlans();
  const open = (plans.data?.plans ?? []).filter((p) => p.status === 'open');
  if (open.length === 0) return null;
  return (
    <Card title="Plans today">
      {open.map((p) => (
        <OpenPlan key={p.id} plan={p} />
      ))}
      <Link to="/promises/plans">Open plans</Link>
    </Card>
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Open promises whose time is within the next day, or already passed without a word. */
function dueSoon(commitments: readonly Commitment[], now: number): Commitment[] {
  return commitments
    .filter((c) => (c.status === 'pending' || c.status === 'renegotiated') && c.dueAt !== null)
    .filter((c) => Date.parse(c.dueAt as string) - now < DAY_MS)
    .sort((a, b) => Date.parse(a.dueAt as string) - Date.parse(b.dueAt as string));
}

/** Promises due within a day: for the one who made them a reminder, for the partner a quiet view. */
function PromisesDue({ repairing, partnerName }: { repairing: boolean; partnerName: string }) {
  const commitments = useCommitments();
  const due = dueSoon(commitments.data?.commitments ?? [], Date.now());
  if (due.length === 0) return null;
  return (
    <Card title={repairing ? 'Your promises for today' : `${partnerName}’s promises for today`}>
      <ul className="act-list">
        {due.map((c) => (
          <li key={c.id} className="entry">
            <p>
              <span className="act-title">{c.title}</span>{' '}
              <span className="small">by {formatDue(c.dueAt as string)}</span>
            </p>
          </li>
        ))}
      </ul>
      <Link to="/promises">Open promises</Link>
    </Card>
  );
}

function isNear(w: AnxietyWindow, now: number): boolean {
  return w.active || (w.startsAt !== null && Date.parse(w.startsAt) - now < SOON_MS);
}

/** For the repairing partner: a hard time for their partner is near or under way, and what helps. */
function WindowNudge({ partnerName }: { partnerName: string }) {
  const windows = useAnxietyWindows();
  const now = Date.now();
  const near = (windows.data?.windows ?? []).filter((w) => !w.mine && isNear(w, now));
  if (near.length === 0) return null;
  return (
    <Card title={`A hard time for ${partnerName}`} tone="care">
      {near.map((w) => (
        <div key={w.id}>
          <p>
            {w.label ? <strong>{w.label}: </strong> : null}
            {w.active
              ? `under way now, until ${w.endsAt ? formatTime(w.endsAt) : 'later'}.`
              : `starts ${w.startsAt ? formatDateTime(w.startsAt) : 'soon'}.`}
          </p>
          {w.helps ? <p>What helps: {w.helps}</p> : null}
        </div>
      ))}
      <Link to="/promises/updates">Send an update</Link>
    </Card>
  );
}

/**
 * What consistent action shows on Today: promises due within a day and an open plan for both, and a
 * near hard time for the repairing partner.
 */
export function ActionTodayCard() {
  const me = useMe();
  const space = me.data?.space;
  if (!space?.partner) return null;
  return <Cards repairing={space.role === 'repairing'} partnerName={space.partner.displayName} />;
}

function Cards({ repairing, partnerName }: { repairing: boolean; partnerName: string }) {
  useActionLive();
  return (
    <>
      {repairing ? <WindowNudge partnerName={partnerName} /> : null}
      <PromisesDue repairing={repairing} partnerName={partnerName} />
      <PlanSummary />
    </>
  );
}
