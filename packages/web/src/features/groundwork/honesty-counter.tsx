import { HONESTY_SINCE, honestyDaysFigure } from '../../lib/honesty-days';
import type { Honesty } from './api';

/** "Days since anything new came to light": plain figures, no judgement. */
export function HonestyCounter({ honesty }: { honesty: Honesty }) {
  if (honesty.daysSinceLastRevelation === null) {
    return <p className="gw-counter-note">The count starts once the disclosure is marked complete.</p>;
  }
  const days = honesty.daysSinceLastRevelation;
  return (
    <div className="gw-counter">
      <p className="gw-counter-number">{honestyDaysFigure(days)}</p>
      <p className="gw-counter-note">{HONESTY_SINCE}</p>
      {honesty.lateDisclosureCount > 0 ? (
        <p className="small">
          {honesty.lateDisclosureCount === 1
            ? '1 thing was shared after the disclosure was complete, so the count started again.'
            : `${honesty.lateDisclosureCount} things were shared after the disclosure was complete; each one started the count again.`}
        </p>
      ) : null}
    </div>
  );
}
