import { describe, expect, it } from 'vitest';
import { compileRules, dedupe, isNegated, runRules } from './engine';
import { compilePattern, expandPattern, matchesOf } from './pattern';
import { prepareText } from './text';

const rules = compileRules([
  { kind: 'pressure', pattern: 'forgive me' },
  { kind: 'absolute', pattern: 'never', negatable: false },
]);

function kinds(text: string): string[] {
  return runRules(prepareText(text), rules, { pressure: { message: 'm' }, absolute: { message: 'a' } }).map(
    (f) => f.kind,
  );
}

describe('runRules', () => {
  it.each([
    ['Please forgive me.', ['pressure']],
    ["I won't ask you to forgive me.", []],
    ["I'm not asking you to forgive me.", []],
    ['Why don’t you forgive me?', ['pressure']],
    ['You said "forgive me" like it was easy.', []],
    ['I never said that.', ['absolute']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('points at the words that triggered the finding', () => {
    const text = 'Honestly, please forgive me.';
    const [finding] = runRules(prepareText(text), rules, { pressure: { message: 'm' } });
    expect(finding && text.slice(finding.start, finding.end)).toBe('forgive me');
  });
});

describe('isNegated', () => {
  it.each([
    ["I won't ask you to forgive me", 18, true],
    ["I'm not making excuses, but I was drunk", 28, false],
    ["Don't be so dramatic", 12, false],
    ["I can't believe you're a liar", 24, false],
  ])('%j at %i → %s', (text, at, expected) => {
    expect(isNegated(prepareText(text), at)).toBe(expected);
  });
});

describe('dedupe', () => {
  it('sorts by start and merges overlapping findings of the same kind', () => {
    const out = dedupe([
      { kind: 'a', start: 5, end: 9, message: '' },
      { kind: 'a', start: 0, end: 6, message: '' },
      { kind: 'b', start: 1, end: 3, message: '' },
      { kind: 'a', start: 9, end: 12, message: '' },
    ]);
    expect(out.map((f) => [f.kind, f.start, f.end])).toEqual([
      ['a', 0, 9],
      ['b', 1, 3],
      ['a', 9, 12],
    ]);
  });
});

describe('expandPattern', () => {
  it('expands macros and spaces and anchors at word edges', () => {
    const re = new RegExp(expandPattern('{youre} overreacting'));
    expect(re.test('ur   overreacting')).toBe(true);
    expect(re.test('your overreacting')).toBe(true);
    expect(re.test('yourself overreacting')).toBe(false);
  });
});

describe('work bounded by the words, not by the text', () => {
  it('reads a space in a pattern as one to nine spaces, never an unbounded run', () => {
    const re = compilePattern("that's all");
    expect(re.source).not.toMatch(/\\s[+*]/);
    expect([...matchesOf(re, `that's${' '.repeat(9)}all`)]).toHaveLength(1);
    // Ten spaces are not a gap between two words: 100,000 spaces once took 11 s, each start reading to the end.
    expect([...matchesOf(re, `that's${' '.repeat(10)}all`)]).toHaveLength(0);
  });

  it('reads at most 400 characters either side of the words for what cancels them in a sentence', () => {
    const cancelled = compileRules([
      { kind: 'absolute', pattern: 'never', negatable: false, notIn: 'joking' },
    ]);
    const run = (text: string) =>
      runRules(prepareText(text), cancelled, { absolute: { message: 'a' } }).length;
    const filler = (n: number) => 'and so on '.repeat(n / 10);
    expect(run(`I never do that ${filler(300)} joking`)).toBe(0);
    // A "sentence" of thousands of characters with no full stop is not read whole for every match.
    expect(run(`I never do that ${filler(600)} joking`)).toBe(1);
    expect(run(`I never do that. ${filler(300)} joking`)).toBe(1);
  });
});

describe('matchesOf', () => {
  it.each([
    ['{youre} overreacting', "ur overreacting, yourself overreacting, you're overreacting"],
    ["'s fine", "it's fine and that's fine, 's fine"],
    ['never', 'never,never nevermore whenever never'],
    ['(i|me)', "mi i i'm me"],
  ])('%j finds what the word-edge expression finds in %j', (template, text) => {
    const expected = [...text.matchAll(new RegExp(expandPattern(template), 'g'))].map((m) => [m.index, m[0]]);
    const found = [...matchesOf(compilePattern(template), text)].map((m) => [m.index, m[0]]);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });
});
