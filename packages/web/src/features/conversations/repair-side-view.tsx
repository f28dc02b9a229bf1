import type { RepairSide } from './repair-api';
import { REPAIR_QUESTIONS } from './words';

/** One partner's side of a repair, read-only. */
export function RepairSideView({ side }: { side: RepairSide }) {
  const rows = [
    [REPAIR_QUESTIONS.feelings.label, side.feelings.join(', ')],
    [REPAIR_QUESTIONS.reality.label, side.reality],
    [REPAIR_QUESTIONS.trigger.label, side.trigger],
    [REPAIR_QUESTIONS.owns.label, side.owns],
    [REPAIR_QUESTIONS.nextTime.label, side.nextTime],
  ] as const;
  return (
    <dl className="talk-side">
      {rows.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="talk-text">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
