import { Link } from 'react-router';
import { Card } from '../../components/card';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useCounselling, useGroundworkLive, useHonesty, useTransparency } from './api';

/** What the groundwork feature shows on Today; the app router passes it to the Today page. */
export function GroundworkTodayCard() {
  const me = useMe();
  if (!me.data?.space) return null;
  return <GroundworkSummary />;
}

function GroundworkSummary() {
  useGroundworkLive();
  const honesty = useHonesty();
  const counselling = useCounselling();
  const transparency = useTransparency();
  const reviewDue = transparency.data?.items.some((i) => i.reviewDue) ?? false;
  const days = honesty.data?.daysSinceLastRevelation;
  const next = counselling.data?.next;
  return (
    <Card title="Groundwork">
      <ul className="list">
        {days !== null && days !== undefined ? (
          <li>
            <strong className="gw-today-days">
              {days} {days === 1 ? 'day' : 'days'}
            </strong>{' '}
            since anything new came to light.
          </li>
        ) : null}
        {reviewDue ? (
          <li>
            <Link to="/groundwork/transparency">A transparency item is close to its review date.</Link>
          </li>
        ) : null}
        <li>
          {next ? `Next counselling session: ${formatDateTime(next.at)}.` : 'No counselling session planned.'}
        </li>
      </ul>
      <Link to="/groundwork">Open the groundwork</Link>
    </Card>
  );
}
