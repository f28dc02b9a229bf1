import { ATONE_STEPS } from '@mend/domain/groundwork/phases';
import { Link } from 'react-router';
import { Card } from '../../components/card';
import { formatDateTime } from '../../lib/format';
import { HONESTY_SINCE, honestyDaysFigure } from '../../lib/honesty-days';
import { useMe } from '../../lib/me';
import { useCounselling, useGroundworkLive, useHonesty, useTimeline, useTransparency } from './api';

/** The first phase's steps, in order, and where each is done. */
const FIRST_STEPS: readonly [step: string, path: string, words: string][] = [
  [ATONE_STEPS.disclosure, '/groundwork/disclosure', 'the full disclosure'],
  [ATONE_STEPS.apology, '/groundwork/apology', 'your apology'],
  [ATONE_STEPS.noContact, '/groundwork/no-contact', 'closing every channel to the third party'],
];

/** What the groundwork feature shows on Today; the app router passes it to the Today page. */
export function GroundworkTodayCard() {
  const me = useMe();
  if (!me.data?.space) return null;
  return <GroundworkSummary repairing={me.data.space.role === 'repairing'} />;
}

/** For the partner who broke trust: the first step of the groundwork not yet done, and where to do it. */
function NextStep() {
  const timeline = useTimeline();
  const step = FIRST_STEPS.find(([text]) => timeline.data?.missing.includes(text));
  if (timeline.data?.phase !== 'atone' || !step) return null;
  return (
    <li>
      A next step, when you are ready: <Link to={step[1]}>{step[2]}</Link>.
    </li>
  );
}

function GroundworkSummary({ repairing }: { repairing: boolean }) {
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
        {repairing ? <NextStep /> : null}
        {days !== null && days !== undefined ? (
          <li>
            <strong className="gw-today-days">{honestyDaysFigure(days)}</strong> {HONESTY_SINCE}
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
