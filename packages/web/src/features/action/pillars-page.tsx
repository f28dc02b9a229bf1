import { PILLARS } from '@mend/domain/action/pillars';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { formError } from '../../lib/api-client';
import { ActionShell, type People, partnerWord } from './action-shell';
import { type Pillar, type Pillars, usePillars } from './api';
import { PillarEvidence } from './pillar-evidence';
import { PillarTrend } from './pillar-trend';
import { RatingForm } from './rating-form';
import { PILLAR_WORDS } from './words';

function ThisWeek({ data, pillar, partnerName }: { data: Pillars; pillar: Pillar; partnerName: string }) {
  const now = data.ratings.filter((r) => r.pillar === pillar && r.weekStart === data.thisWeek);
  const mine = now.find((r) => r.mine);
  const theirs = now.find((r) => !r.mine);
  return (
    <>
      <p className="small">
        This week: you {mine ? mine.score : 'not yet'} · {partnerName} {theirs ? theirs.score : 'not yet'}
      </p>
      {theirs?.note ? (
        <p className="act-text">
          {partnerName}: “{theirs.note}”
        </p>
      ) : null}
    </>
  );
}

function Dashboard({ data, partnerName }: { data: Pillars; partnerName: string }) {
  // The lines and the evidence below cover the same weeks; the title says how many, so "these weeks" is clear.
  const weeks = data.weekStarts.length;
  return (
    <Card title={weeks > 1 ? `Side by side: the last ${weeks} weeks` : 'Side by side: this week'}>
      <p className="small">
        Your line is solid, {partnerName}’s is dashed. Two views of the same weeks; a gap between them is
        worth a talk, not a verdict.
      </p>
      <ul className="act-legend" aria-hidden="true">
        <li>
          <span className="act-swatch act-swatch-line act-swatch-mine" />
          You
        </li>
        <li>
          <span className="act-swatch act-swatch-line act-swatch-theirs" />
          {partnerName}
        </li>
      </ul>
      {PILLARS.map((pillar) => (
        <section key={pillar} className="act-pillar" aria-labelledby={`pillar-${pillar}`}>
          <h3 id={`pillar-${pillar}`}>{PILLAR_WORDS[pillar].title}</h3>
          <p className="small">{PILLAR_WORDS[pillar].about}</p>
          <div className="act-two">
            <div>
              <PillarTrend
                data={data}
                pillar={pillar}
                title={PILLAR_WORDS[pillar].title}
                partnerName={partnerName}
              />
              <ThisWeek data={data} pillar={pillar} partnerName={partnerName} />
            </div>
            <PillarEvidence evidence={data.evidence} pillar={pillar} />
          </div>
        </section>
      ))}
    </Card>
  );
}

function Body({ people }: { people: People }) {
  const pillars = usePillars(12);
  if (pillars.isError) return <Notice tone="error">{formError(pillars.error, [])}</Notice>;
  if (!pillars.data) return <p>Loading…</p>;
  const partnerName = partnerWord(people);
  return (
    <>
      <Card title="This week">
        <RatingForm key={pillars.data.thisWeek} data={pillars.data} partnerName={partnerName} />
      </Card>
      <Dashboard data={pillars.data} partnerName={partnerName} />
    </>
  );
}

/** The four pillars: each week both partners rate them, with the evidence beside each. */
export default function PillarsPage() {
  return (
    <ActionShell
      title="The four pillars"
      lead={
        <p>
          Trust rests on four things. Once a week, each of you says how each one felt; the record of what
          happened stands beside it. There is no overall score: each pillar speaks for itself.
        </p>
      }
      audience="You and your partner see both sets of ratings and notes."
    >
      {(people) => <Body people={people} />}
    </ActionShell>
  );
}
