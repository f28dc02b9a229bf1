import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { type Timeline, useGroundworkLive, useTimeline } from './api';
import { EVENT_LABEL, PHASE_LABEL, PHASE_MEANING } from './words';

const PHASES: Timeline['phase'][] = ['atone', 'attune', 'attach', 'trust2'];

function Phases({ timeline }: { timeline: Timeline }) {
  const current = PHASES.indexOf(timeline.phase);
  return (
    <Card title={`Where you are: ${PHASE_LABEL[timeline.phase]}`} tone="calm">
      <ol className="gw-phases">
        {PHASES.map((p, i) => (
          <li
            key={p}
            className={i < current ? 'gw-phase-done' : i === current ? 'gw-phase-now' : 'gw-phase-later'}
            aria-current={i === current ? 'step' : undefined}
          >
            <strong>{PHASE_LABEL[p]}</strong> — {PHASE_MEANING[p]}
          </li>
        ))}
      </ol>
      {timeline.next ? (
        <>
          <p>What is still missing before {PHASE_LABEL[timeline.next]}:</p>
          <ul className="list">
            {timeline.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="small">
        Phases follow what you have done, not the calendar. Many couples take{' '}
        {timeline.range.feelsPossibleMonths[0]}–{timeline.range.feelsPossibleMonths[1]} months before they
        feel they will make it, and about {timeline.range.feelsNormalMonths / 12} years before trust feels
        ordinary. That is a range, not a deadline.
      </p>
    </Card>
  );
}

export default function TimelinePage() {
  useGroundworkLive();
  const data = useTimeline();
  if (!data.data) return <Loading />;
  const t = data.data;
  return (
    <Page
      title={t.dayNumber ? `Day ${t.dayNumber}` : 'Your road so far'}
      tabTitle="Groundwork"
      lead={
        <p>
          The steps that mattered, in order, and where the evidence says you are. Healing rarely runs in a
          straight line.
        </p>
      }
      audience="You and your partner see the same timeline."
    >
      <Phases timeline={t} />
      <Card title="What has happened">
        {t.events.length === 0 ? <p>Nothing yet.</p> : null}
        <ol className="gw-timeline">
          {t.events.map((e, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is rebuilt whole and never reordered; two events may share type and instant
              key={`${e.type}-${e.at}-${i}`}
              className={e.type === 'late_disclosure' ? 'gw-event gw-event-late' : 'gw-event'}
            >
              <span className="gw-event-when">
                {e.type === 'discovered' ? formatCalendarDate(e.at.slice(0, 10)) : formatDateTime(e.at)}
              </span>
              <span>{EVENT_LABEL[e.type]}</span>
            </li>
          ))}
        </ol>
      </Card>
    </Page>
  );
}
