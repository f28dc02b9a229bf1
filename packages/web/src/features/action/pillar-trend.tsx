import { useId } from 'react';
import { formatCalendarDate } from '../../lib/format';
import type { Pillar, Pillars } from './api';

const W = 300;
const H = 110;
const PAD = { left: 16, right: 6, top: 8, bottom: 18 };

type Series = (number | null)[];

function path(series: Series, x: (i: number) => number, y: (s: number) => number): string {
  let d = '';
  let pen = false;
  series.forEach((s, i) => {
    if (s === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(s).toFixed(1)} `;
    pen = true;
  });
  return d.trim();
}

/** One pillar's weekly scores for each partner, in week order (null where nobody rated). */
export function seriesOf(data: Pillars, pillar: Pillar) {
  const score = (mine: boolean) =>
    data.weekStarts.map(
      (w) =>
        data.ratings.find((r) => r.pillar === pillar && r.weekStart === w && r.mine === mine)?.score ?? null,
    );
  return { mine: score(true), theirs: score(false) };
}

/** Both partners' ratings of one pillar over the weeks: two calm lines, and the numbers in a hidden table. */
export function PillarTrend({
  data,
  pillar,
  title,
  partnerName,
}: {
  data: Pillars;
  pillar: Pillar;
  title: string;
  partnerName: string;
}) {
  const id = useId();
  const { mine, theirs } = seriesOf(data, pillar);
  const n = data.weekStarts.length;
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, n - 1);
  const y = (s: number) => PAD.top + ((5 - s) * (H - PAD.top - PAD.bottom)) / 4;
  // The partner's dots are rings drawn over yours, so the same score shows both.
  const dots = (series: Series, cls: string, r: number) =>
    series.map((s, i) =>
      s === null ? null : <circle key={data.weekStarts[i]} className={cls} cx={x(i)} cy={y(s)} r={r} />,
    );
  const rated = mine.concat(theirs).some((s) => s !== null);
  return (
    <figure className="act-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-table`}>
        <title id={`${id}-t`}>{`${title}: your ratings and ${partnerName}’s, week by week`}</title>
        {[1, 3, 5].map((s) => (
          <g key={s}>
            <line className="act-grid" x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} />
            <text className="act-label" x={PAD.left - 5} y={y(s) + 3.5} textAnchor="end">
              {s}
            </text>
          </g>
        ))}
        <path className="act-line-mine" d={path(mine, x, y)} />
        <path className="act-line-theirs" d={path(theirs, x, y)} />
        {dots(mine, 'act-dot-mine', 3)}
        {dots(theirs, 'act-dot-theirs', 5)}
        <text className="act-label" x={W - PAD.right} y={H - 4} textAnchor="end">
          this week
        </text>
      </svg>
      {rated ? null : <p className="small">No ratings yet.</p>}
      <div className="visually-hidden">
        <table id={`${id}-table`}>
          <caption>{title}, week by week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">You</th>
              <th scope="col">{partnerName}</th>
            </tr>
          </thead>
          <tbody>
            {data.weekStarts.map((w, i) => (
              <tr key={w}>
                <th scope="row">{formatCalendarDate(w)}</th>
                <td>{mine[i] ?? 'not rated'}</td>
                <td>{theirs[i] ?? 'not rated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
