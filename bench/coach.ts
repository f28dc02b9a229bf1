// Times each language coach on texts of about 1,000 and 100,000 characters; prints JSON. Also times 100,000
// characters of one thing repeated (spaces, line breaks, one long word, digits, "never ", "you ", "sorry, "): the
// shapes that once made a rule read the whole run again from every position (11 s for 100,000 spaces). Each such
// text must take no longer per character than the budget allows for ordinary text.
import { performance } from 'node:perf_hooks';
import { analyze, COACH_KINDS, type CoachKind } from '@mend/domain/coach/index';

const SAMPLES: Record<CoachKind, string> = {
  apology:
    "I'm sorry if I hurt you. It was just a kiss and it didn't mean anything, I was drunk and lonely. You weren't there for me. I lied to you about where I was, and I know it broken your trust. I take full responsibility. I'll answer every question. Please forgive me so we can move on. ",
  statement:
    'When you came home late without texting, I felt scared. You never listen to me and you always lie, you selfish liar. I need you to tell me where you are. How could you do this to me? I feel anxious when your phone buzzes at night. ',
  reply:
    "I hear you, but you're overreacting. What about you? Can we just move on, it's in the past. I was stressed with work. I'm sorry. You have every right to be angry and I'm not going anywhere. Take all the time you need. ",
};

function textOf(kind: CoachKind, chars: number): string {
  let text = '';
  while (text.length < chars) text += SAMPLES[kind];
  return text.slice(0, chars);
}

function measure(kind: CoachKind, chars: number, iterations: number) {
  const text = textOf(kind, chars);
  for (let i = 0; i < Math.min(50, iterations); i++) analyze(kind, text);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    analyze(kind, text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0;
  return { analyzer: kind, chars, meanMs: +mean.toFixed(3), p99Ms: +p99.toFixed(3) };
}

const RUNS = [' ', '\n', 'a', '1', 'never ', 'you ', 'sorry, ', "that's ", '"'];

/** The slowest of a few analyses of 100,000 characters of `unit` repeated. */
function worstCase(kind: CoachKind, unit: string) {
  const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  let worst = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    analyze(kind, text);
    worst = Math.max(worst, performance.now() - t0);
  }
  return { analyzer: kind, repeated: unit, chars: text.length, worstMs: +worst.toFixed(1) };
}

const BUDGET_MS = 2;
const results = COACH_KINDS.flatMap((kind) => [measure(kind, 1_000, 2_000), measure(kind, 100_000, 20)]);
const repeated = COACH_KINDS.flatMap((kind) => RUNS.map((unit) => worstCase(kind, unit)));
const withinBudget =
  results.filter((r) => r.chars === 1_000).every((r) => r.meanMs <= BUDGET_MS) &&
  repeated.every((r) => r.worstMs <= (BUDGET_MS * r.chars) / 1_000);
console.log(JSON.stringify({ bench: 'coach', budgetMs: BUDGET_MS, withinBudget, results, repeated }));
process.exitCode = withinBudget ? 0 : 1;
