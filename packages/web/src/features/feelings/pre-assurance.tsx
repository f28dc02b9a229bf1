import { Link } from 'react-router';
import { Card } from '../../components/card';
import { formatCalendarDate } from '../../lib/format';
import { usePrompts } from './api';

function whenWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** Days before a date the partner marked as hard: a nudge to reassure before it arrives. */
export function PreAssuranceNotice({ enabled, partnerName }: { enabled: boolean; partnerName: string }) {
  const prompts = usePrompts(enabled);
  if (!prompts.data?.length) return null;
  return (
    <Card title="A hard date is coming" tone="care">
      <ul className="list">
        {prompts.data.map((p) => (
          <li key={p.id}>
            <strong>{p.label}</strong>, {whenWords(p.daysAhead)} ({formatCalendarDate(p.on)}).
          </li>
        ))}
      </ul>
      <p>
        {partnerName} marked {prompts.data.length === 1 ? 'this date' : 'these dates'} as hard. Reaching out
        before it arrives (a plan for the day, a few honest words, being easy to reach) tells them they are
        not carrying it alone.
      </p>
      <p className="small">
        <Link to="/feelings/dates">Your own hard dates</Link>
      </p>
    </Card>
  );
}
