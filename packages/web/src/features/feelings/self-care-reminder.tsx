import type { Reminder } from '@mend/contracts';
import { Link } from 'react-router';
import { Card } from '../../components/card';
import { useSelfCare } from './api';

/** A reminder is due from its time until the end of the day, on the weekdays it was set for. */
export function dueReminders(reminders: readonly Reminder[], now: Date): Reminder[] {
  const minutes = now.getHours() * 60 + now.getMinutes();
  return reminders.filter((r) => {
    const [h, m] = r.time.split(':').map(Number);
    return r.weekdays.includes(now.getDay()) && minutes >= (h ?? 0) * 60 + (m ?? 0);
  });
}

/** The person's own gentle reminder, on Today once its time has come. */
export function SelfCareReminder() {
  const plan = useSelfCare();
  const due = dueReminders(plan.data?.reminders ?? [], new Date());
  if (due.length === 0) return null;
  return (
    <Card title="A reminder you set" tone="care">
      {due.map((r) => (
        <p key={r.time + r.text}>{r.text}</p>
      ))}
      <p className="small">
        <Link to="/feelings/support">Your self-care plan</Link>
      </p>
    </Card>
  );
}
