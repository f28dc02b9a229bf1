import { describe, expect, it } from 'vitest';
import { ceilingOf, floorOf, foldText, isQuoted, prepareText } from './text';

describe('foldText', () => {
  it.each([
    ['I’M SORRY', "i'm sorry"],
    ['“Fine”', '"fine"'],
    ['a\u00a0b — c…', 'a b - c.'],
  ])('folds %j to %j', (raw, expected) => {
    expect(foldText(raw)).toBe(expected);
  });

  it('never changes the length, even where lower-casing would (İ)', () => {
    const raw = 'İstanbul, ẞ and Σ';
    expect(foldText(raw)).toHaveLength(raw.length);
  });

  it('turns curly apostrophes into straight ones', () => {
    expect(foldText('You’re not overreacting')).toBe("you're not overreacting");
  });

  it('keeps emoji (surrogate pairs) at the same offsets', () => {
    const raw = '😢 I’m SORRY';
    expect(foldText(raw).indexOf('sorry')).toBe(raw.indexOf('SORRY'));
  });
});

describe('prepareText', () => {
  it('finds sentence starts', () => {
    expect(prepareText('One. Two! Three?\nFour').sentenceStarts).toEqual([0, 4, 9, 16, 17]);
  });

  it('starts a clause at commas and at "but"', () => {
    const p = prepareText("I'm sorry, but I was drunk");
    expect(p.clauseStarts).toContain(10);
    expect(p.clauseStarts).toContain(11);
  });

  it('finds quoted spans', () => {
    const p = prepareText('You said "get over it" to me');
    expect(isQuoted(p, 10, 21)).toBe(true);
    expect(isQuoted(p, 0, 3)).toBe(false);
  });
});

describe('floorOf / ceilingOf', () => {
  it.each([
    [[0, 5, 10], 7, 5, 10],
    [[0, 5, 10], 10, 10, 99],
    [[0], 3, 0, 99],
  ])('in %j around %i', (sorted, at, floor, ceiling) => {
    expect(floorOf(sorted, at)).toBe(floor);
    expect(ceilingOf(sorted, at, 99)).toBe(ceiling);
  });
});
