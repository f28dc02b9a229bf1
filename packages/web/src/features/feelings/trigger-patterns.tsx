import type { TriggerPatternsReply } from './api';
import { WEEKDAY_WORDS } from './words';

function Bars({ label, values, names }: { label: string; values: number[]; names: string[] }) {
  const top = Math.max(1, ...values);
  return (
    <figure className="bars">
      <figcaption className="field-label">{label}</figcaption>
      <ol className="bars-list">
        {values.map((v, i) => (
          <li key={names[i]} className="bars-item" aria-label={`${names[i]}: ${v}`}>
            <span className="bars-bar" style={{ height: `${(v / top) * 100}%` }} aria-hidden="true" />
            <span className="bars-name" aria-hidden="true">
              {names[i]}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

const HOUR_GROUPS: readonly [string, readonly number[]][] = [
  ['Night', [0, 1, 2, 3, 4, 5]],
  ['Morning', [6, 7, 8, 9, 10, 11]],
  ['Afternoon', [12, 13, 14, 15, 16, 17]],
  ['Evening', [18, 19, 20, 21, 22, 23]],
];

/** When triggers tend to come: by weekday and by time of day, with the busiest named in words. */
export function TriggerPatterns({ patterns }: { patterns: TriggerPatternsReply }) {
  if (patterns.total === 0) return <p>Patterns appear here once a few triggers are logged.</p>;
  const byGroup = HOUR_GROUPS.map(([, hours]) =>
    hours.reduce((n, h) => n + (patterns.byHour[h]?.count ?? 0), 0),
  );
  // One or two triggers are not a pattern; name the busiest times only once there are a few.
  const day = patterns.total >= 3 ? patterns.busiestWeekday : null;
  const hour = patterns.total >= 3 ? patterns.busiestHour : null;
  return (
    <>
      <p>
        {patterns.total} logged so far. {day !== null ? `${WEEKDAY_WORDS[day]}s come up most. ` : ''}
        {hour !== null ? `The most common hour is ${String(hour).padStart(2, '0')}:00. ` : ''}
        {day !== null || hour !== null
          ? 'Knowing this, you might plan something gentle for those times, or ask for reassurance ahead.'
          : 'The bars show when they came; a pattern needs a few more.'}
      </p>
      <div className="bars-row">
        <Bars
          label="By weekday"
          values={patterns.byWeekday.map((b) => b.count)}
          names={WEEKDAY_WORDS.map((w) => w.slice(0, 3))}
        />
        <Bars label="By time of day" values={byGroup} names={HOUR_GROUPS.map(([name]) => name)} />
      </div>
    </>
  );
}
