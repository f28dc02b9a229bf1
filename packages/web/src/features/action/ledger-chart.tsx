import type { LedgerWeek } from '@mend/contracts';
import { useId } from 'react';
import { formatCalendarDate } from '../../lib/format';
import { OUTCOME_LABELS } from './words';

const W = 320;
const H = 150;
const PAD = { left: 22, right: 6, top: 8, bottom: 22 };
const PARTS = ['kept', 'renegotiated', 'late', 'missed'] as const;

const total = (w: LedgerWeek) => w.kept + w.renegotiated + w.late + w.missed;

/** Sums of the weeks' counts. */
export function sumWeeks(weeks: readonly LedgerWeek[]) {
  let good = 0;
  let all = 0;
  for (const w of weeks) {
    good += w.kept + w.renegotiated;
    all += total(w);
  }
  return { good, all };
}

function Bars({ weeks, max }: { weeks: readonly LedgerWeek[]; max: number }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / weeks.length;
  const barW = Math.max(2, slot * 0.7);
  const unit = plotH / max;
  return (
    <>
      {weeks.map((w, i) => {
        let top = H - PAD.bottom;
        return (
          <g key={w.weekStart}>
            {PARTS.map((part) => {
              const h = w[part] * unit;
              if (h === 0) return null;
              top -= h;
              return (
                <rect
                  key={part}
                  className={`act-${part}`}
                  x={PAD.left + i * slot + (slot - barW) / 2}
                  y={top}
                  width={barW}
                  height={Math.max(0, h - 1)}
                  rx={1.5}
                />
              );
            })}
          </g>
        );
      })}
    </>
  );
}

function HiddenTable({ weeks, caption }: { weeks: readonly LedgerWeek[]; caption: string }) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {PARTS.map((p) => (
              <th key={p} scope="col">
                {OUTCOME_LABELS[p]}
              </th>
            ))}
            <th scope="col">Disputed</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{formatCalendarDate(w.weekStart)}</th>
              {PARTS.map((p) => (
                <td key={p}>{w[p]}</td>
              ))}
              <td>{w.disputed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Weekly stacked bars: kept, changed with notice, late, missed. A quiet week is an empty slot, not a failure. */
export function LedgerChart({ weeks, title }: { weeks: readonly LedgerWeek[]; title: string }) {
  const id = useId();
  const max = Math.max(4, ...weeks.map(total));
  const { good, all } = sumWeeks(weeks);
  const first = weeks[0];
  const summary =
    all === 0
      ? 'Nothing fell due in these weeks.'
      : `${good} of ${all} promises and plans kept or changed with notice over ${weeks.length} weeks. The table below gives each week.`;
  const y = (n: number) => H - PAD.bottom - (n * (H - PAD.top - PAD.bottom)) / max;
  return (
    <figure className="act-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {[0, max].map((n) => (
          <g key={n}>
            <line className="act-grid" x1={PAD.left} x2={W - PAD.right} y1={y(n)} y2={y(n)} />
            <text className="act-label" x={PAD.left - 5} y={y(n) + 3.5} textAnchor="end">
              {n}
            </text>
          </g>
        ))}
        <Bars weeks={weeks} max={max} />
        {first ? (
          <text className="act-label" x={PAD.left} y={H - 6}>
            {formatCalendarDate(first.weekStart)}
          </text>
        ) : null}
        <text className="act-label" x={W - PAD.right} y={H - 6} textAnchor="end">
          this week
        </text>
      </svg>
      <ul className="act-legend" aria-hidden="true">
        {PARTS.map((p) => (
          <li key={p}>
            <span className={`act-swatch act-${p}`} />
            {OUTCOME_LABELS[p]}
          </li>
        ))}
      </ul>
      <HiddenTable weeks={weeks} caption={`${title}, week by week`} />
    </figure>
  );
}
