import { honestyDaysSentence } from '../../lib/honesty-days';
import type { Pillar, Pillars } from './api';
import { sumWeeks } from './ledger-chart';
import { count } from './words';

type Evidence = Pillars['evidence'];

function minutes(seconds: number): string {
  if (seconds < 90) return count(seconds, 'second');
  const m = Math.round(seconds / 60);
  return m < 90 ? count(m, 'minute') : count(Math.round(m / 60), 'hour');
}

function proactiveLine(share: number | null): string {
  if (share === null) return 'No reassurance sent yet.';
  if (share === 0) return 'Each reassurance so far answered a request for one.';
  if (share === 1) return 'All reassurance so far came before being asked.';
  return `About ${Math.max(1, Math.min(9, Math.round(share * 10)))} in 10 reassurances came before being asked.`;
}

const lines: Record<Pillar, (e: Evidence) => string[]> = {
  honesty: ({ honesty: h }) => [
    h.daysSinceLastRevelation === null
      ? 'The count of days starts once the disclosure is marked complete.'
      : honestyDaysSentence(h.daysSinceLastRevelation),
    h.lateDisclosureCount === 0
      ? 'Nothing disclosed late.'
      : `${count(h.lateDisclosureCount, 'late disclosure')} so far.`,
  ],
  responsibility: ({ responsibility: r }) =>
    r.questionsAnswered === 0 && r.questionsOpen === 0
      ? ['No questions answered or waiting in these weeks.']
      : [
          `${count(r.questionsAnswered, 'question')} answered in these weeks.`,
          r.questionsOpen === 0
            ? 'No question waiting.'
            : `${count(r.questionsOpen, 'question')} waiting${r.oldestOpenDays === null ? '' : `, the oldest for ${count(r.oldestOpenDays, 'day')}`}.`,
        ],
  empathy: ({ empathy: e }) => [
    // Only answered alerts are counted, so none here may mean none were sent: say what would show.
    e.alertsAcknowledged === 0
      ? 'Nothing to show yet for these weeks. Each “I’m triggered” alert that is answered counts here.'
      : `${count(e.alertsAcknowledged, '“I’m triggered” alert')} answered in these weeks${e.meanAckSeconds === null ? '' : `, in about ${minutes(e.meanAckSeconds)} on average`}.`,
    proactiveLine(e.proactiveShare),
  ],
  consistency: ({ consistency: c }) => {
    const { good, all } = sumWeeks(c.weeks);
    return [
      all === 0
        ? 'Nothing has fallen due yet.'
        : `${good} of ${all} promises and plans kept or changed with notice over ${count(c.weeks.length, 'week')}.`,
    ];
  },
};

/** What the app has seen, beside the ratings: facts, never a verdict. */
export function PillarEvidence({ evidence, pillar }: { evidence: Evidence; pillar: Pillar }) {
  return (
    <div className="act-evidence">
      <p className="small">
        <strong>What the record shows</strong>
      </p>
      {lines[pillar](evidence).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
