import { useState } from 'react';
import { Card } from '../../components/card';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { formError } from '../../lib/api-client';
import { ActionShell } from './action-shell';
import { type Ledger, useLedger } from './api';
import { LedgerChart, sumWeeks } from './ledger-chart';
import { count, rateSentence } from './words';

const SPANS = [
  { value: '12', label: '12 weeks' },
  { value: '52', label: 'A year' },
] as const;

function Rates({ ledger }: { ledger: Ledger }) {
  const spans = [4, 12, 52].map((n) => ({ n, ...sumWeeks(ledger.weeks.slice(-n)) }));
  // Longer spans that add nothing would repeat the same numbers: one line says it for all of them.
  const lines: { n: number; text: string }[] = [];
  spans.forEach((s, i) => {
    const shorter = spans[i - 1];
    const same = shorter && shorter.good === s.good && shorter.all === s.all;
    const run = same ? lines.pop() : undefined;
    const from = run?.n ?? s.n;
    lines.push({ n: from, text: rateSentence(s.good, s.all, from, s.n) });
  });
  const disputed = ledger.weeks.reduce((sum, w) => sum + w.disputed, 0);
  return (
    <>
      <ul className="list" aria-label="Kept or changed with notice">
        {lines.map((l) => (
          <li key={l.n}>{l.text}</li>
        ))}
      </ul>
      {disputed > 0 ? (
        <p className="small">
          {count(disputed, 'outcome')} in this year {disputed === 1 ? 'was' : 'were'} disputed. They stay on
          the record as they were marked, with the dispute beside them.
        </p>
      ) : null}
    </>
  );
}

function Body() {
  const [span, setSpan] = useState<'12' | '52'>('12');
  const ledger = useLedger(52);
  if (ledger.isError) return <Notice tone="error">{formError(ledger.error, [])}</Notice>;
  if (!ledger.data) return <p>Loading…</p>;
  const weeks = ledger.data.weeks.slice(-Number(span));
  return (
    <>
      <Card title="Week by week">
        <ChoiceGroup legend="Show" name="span" choices={SPANS} value={span} onChange={setSpan} inline />
        <LedgerChart
          weeks={weeks}
          title={`Promises and plans, the last ${span === '12' ? '12 weeks' : 'year'}`}
        />
      </Card>
      <Card title="The pattern so far">
        <Rates ledger={ledger.data} />
        <p className="small">
          A single miss is one week among many; the pattern is what counts. There is no streak to lose here.
        </p>
      </Card>
    </>
  );
}

/** The reliability ledger: promises and plans by week, over months. */
export default function LedgerPage() {
  return (
    <ActionShell
      title="The ledger"
      lead={(people) =>
        people?.role === 'repairing' ? (
          <p>
            Every promise and plan, week by week: the record that builds up as you keep your word. A promise
            kept early counts in the week you kept it.
          </p>
        ) : (
          <p>
            Every promise and plan, week by week: the record that builds up as promises are kept. A promise
            kept early counts in the week it was kept.
          </p>
        )
      }
      audience="You and your partner see the same ledger."
    >
      {() => <Body />}
    </ActionShell>
  );
}
