import { describe, expect, it } from 'vitest';
import { applySuggestion, markRuns, sentenceAround } from './coach-edit';

describe('sentenceAround', () => {
  const text = 'I lied to you. It was just a few texts, honestly! Can we move on?';
  it('finds the sentence that holds the words, with its closing mark', () => {
    const at = text.indexOf('just');
    const [s, e] = sentenceAround(text, at, at + 4);
    expect(text.slice(s, e)).toBe('It was just a few texts, honestly!');
  });
  it('works for the first and the last sentence, and for a span that is a whole sentence', () => {
    expect(text.slice(...sentenceAround(text, 2, 6))).toBe('I lied to you.');
    const last = text.indexOf('move on');
    expect(text.slice(...sentenceAround(text, last, last + 7))).toBe('Can we move on?');
    expect(text.slice(...sentenceAround(text, 0, 14))).toBe('I lied to you.');
  });
  it('stops at a line break and takes a sentence without a closing mark to its end', () => {
    const lines = 'Dear Hana,\nyou never listen to me\nI am trying';
    const at = lines.indexOf('never');
    expect(lines.slice(...sentenceAround(lines, at, at + 5))).toBe('you never listen to me');
    expect(lines.slice(...sentenceAround(lines, lines.length - 3, lines.length))).toBe('I am trying');
  });
});

describe('applySuggestion', () => {
  it('rewrites the sentence in the suggested shape and selects the first blank to fill in', () => {
    const text = 'You never listen to me. I need a minute.';
    const { text: next, select } = applySuggestion(text, {
      start: 0,
      end: 16,
      suggestion: 'When you …, I feel … I need …',
    });
    expect(next).toBe('When you …, I feel … I need …. I need a minute.');
    expect(next.slice(...select)).toBe('…');
    expect(select[0]).toBe(9);
    expect(applySuggestion(text, { start: 0, end: 16, suggestion: 'x' }).replaced).toEqual([0, 23]);
  });
  it('keeps the closing mark of the sentence it rewrites when the suggestion has none', () => {
    const text = 'I am sorry if you felt hurt, but you pushed me away! It was just a few texts.';
    const { text: next } = applySuggestion(text, { start: 5, end: 27, suggestion: "I'm sorry that I …" });
    expect(next).toBe("I'm sorry that I …! It was just a few texts.");
    expect(applySuggestion('You never call', { start: 4, end: 9, suggestion: 'When you …' }).text).toBe(
      'When you …',
    );
  });

  it('puts the caret after a suggestion with no blank', () => {
    const text = 'I am sorry. It was just a few texts.';
    const at = text.indexOf('just');
    const { text: next, select } = applySuggestion(text, {
      start: at,
      end: at + 4,
      suggestion: 'What I did was serious, and I know how much it hurt you.',
    });
    expect(next).toBe('I am sorry. What I did was serious, and I know how much it hurt you.');
    expect(select).toEqual([next.length, next.length]);
  });
});

describe('markRuns', () => {
  it('cuts the text into plain and marked runs, merging overlaps and keeping the active mark', () => {
    const runs = markRuns('You never listen, ever.', [
      { start: 0, end: 16 },
      { start: 4, end: 9, active: true },
      { start: 18, end: 22 },
    ]);
    expect(runs).toEqual([
      { text: 'You never listen', marked: true, active: true },
      { text: ', ', marked: false, active: false },
      { text: 'ever', marked: true, active: false },
      { text: '.', marked: false, active: false },
    ]);
  });
  it('ignores marks outside the text (a finding from an older text)', () => {
    expect(markRuns('Hi.', [{ start: 5, end: 9 }])).toEqual([{ text: 'Hi.', marked: false, active: false }]);
  });
});
