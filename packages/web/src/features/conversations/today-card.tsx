import { Link } from 'react-router';
import { Card } from '../../components/card';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useConversationsLive, useNextCheckIn } from './api';
import { DebriefToday } from './debrief-today';

/** What the conversations feature shows on Today: the next check-in and what waits for it. */
export function ConversationsTodayCard() {
  const me = useMe();
  const partner = me.data?.space?.partner;
  if (!partner) return null;
  return (
    <>
      <DebriefToday partnerName={partner.displayName} />
      <NextCheckInSummary />
    </>
  );
}

/** Within half an hour of the start: the time the reminder comes. */
const isSoon = (startsAt: string, now: number) => Date.parse(startsAt) - now <= 30 * 60_000;

function NextCheckInSummary() {
  useConversationsLive();
  const next = useNextCheckIn();
  if (!next.data) return null;
  const { startsAt, minutes, agenda } = next.data;
  return (
    <Card title="Talk">
      <p>
        {startsAt
          ? `Next check-in: ${formatDateTime(startsAt)}, ${minutes} minutes.`
          : 'No check-in agreed yet.'}
      </p>
      {agenda.length > 0 ? (
        <p className="small">
          {agenda.length} {agenda.length === 1 ? 'question waits' : 'questions wait'} for it.
        </p>
      ) : null}
      {startsAt && isSoon(startsAt, Date.now()) ? (
        <p>
          <Link to="/talk/check-in">It starts soon: open our check-in</Link>
        </p>
      ) : null}
      <Link to="/talk">Open Talk</Link>
    </Card>
  );
}
