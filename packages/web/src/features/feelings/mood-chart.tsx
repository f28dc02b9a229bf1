import { type MoodDay, moodTrend } from '@mend/domain';
import { useId } from 'react';
import { formatCalendarDate, todayIso } from '../../lib/format';
import type { Mood } from './api';

const W = 320;
const H = 140;
const PAD = { left: 22, right: 8, top: 10, bottom: 22 };

const x = (i: number, n: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, n - 1);
const y = (score: number) => PAD.top + ((10 - score) * (H - PAD.top - PAD.bottom)) / 9;

/** The rolling line as path segments, broken where there is no data yet. */
function trendPath(days: MoodDay[]): string {
  let d = '';
  let pen = false;
  days.forEach((day, i) => {
    if (day.rolling === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i, days.length).toFixed(1)},${y(day.rolling).toFixed(1)} `;
    pen = true;
  });
  return d.trim();
}

function summary(days: MoodDay[]): string {
  const rolled = days.filter((d) => d.rolling !== null);
  const first = rolled[0];
  const last = rolled[rolled.length - 1];
  if (!first || !last) return 'No moods logged in this period yet.';
  const logged = days.reduce((n, d) => n + d.count, 0);
  const entries = logged === 1 ? '1 mood logged.' : `${logged} moods logged.`;
  // A trend needs a few days between its ends; before that, "from 5 to 5 on the same day" says nothing.
  const daysApart = (Date.parse(last.date) - Date.parse(first.date)) / 86_400_000;
  if (daysApart < 3) return `${entries} A trend shows after a few more days.`;
  return `${entries} The 7-day average went from ${first.rolling} on ${formatCalendarDate(first.date)} to ${last.rolling} on ${formatCalendarDate(last.date)}.`;
}

/** Daily moods as dots and a 7-day rolling line: one bad day is a dip, not the whole picture. */
export function MoodChart({
  moods,
  days = 30,
  title,
}: {
  moods: readonly Mood[];
  days?: number;
  title: string;
}) {
  const id = useId();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const trend = moodTrend(
    moods.map((m) => ({ at: Date.parse(m.at), score: m.score })),
    { endDate: todayIso(), days, window: 7, timeZone },
  );
  return (
    <figure className="mood-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary(trend)}</desc>
        {[1, 5, 10].map((s) => (
          <g key={s}>
            <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} />
            <text className="chart-label" x={PAD.left - 6} y={y(s) + 4} textAnchor="end">
              {s}
            </text>
          </g>
        ))}
        {trend.map((day, i) =>
          day.mean === null ? null : (
            <circle key={day.date} className="chart-dot" cx={x(i, trend.length)} cy={y(day.mean)} r={3} />
          ),
        )}
        <path className="chart-line" d={trendPath(trend)} />
        <text className="chart-label" x={PAD.left} y={H - 4}>
          {days} days ago
        </text>
        <text className="chart-label" x={W - PAD.right} y={H - 4} textAnchor="end">
          today
        </text>
      </svg>
      <figcaption className="small">
        Dots are single days; the line is the 7-day average. Hard weeks are part of the path, and the line
        shows the wider direction. {summary(trend)}
      </figcaption>
    </figure>
  );
}
