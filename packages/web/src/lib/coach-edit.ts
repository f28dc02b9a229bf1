import type { Finding } from '@mend/domain/coach/index';

/** Where a sentence ends: its closing marks and any closing quote or bracket after them. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*/g;

/** The [start, end) of the sentence that holds [from, to): from the previous sentence's end or line break to its own. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = text.lastIndexOf('\n', from - 1) + 1;
  let end = text.indexOf('\n', to);
  if (end === -1) end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after <= from) start = Math.max(start, after);
    else if (after >= to) {
      end = Math.min(end, after);
      break;
    }
  }
  while (start < from && /\s/.test(text[start] ?? '')) start++;
  return [start, Math.max(end, to)];
}

/**
 * The text with the sentence that holds a finding rewritten in the coach's suggested shape, and the part to select
 * next: the first "…" of the suggestion (so typing fills it in), or the caret after it. `replaced` is the sentence's
 * [start, end) in the old text.
 */
export function applySuggestion(
  text: string,
  mark: Pick<Finding, 'start' | 'end' | 'suggestion'>,
): { text: string; select: [number, number]; replaced: [number, number] } {
  const [start, end] = sentenceAround(text, mark.start, mark.end);
  // The sentence keeps its own closing mark when the suggestion has none ("I'm sorry that I …" + "?" or ".").
  const closing = /[.!?]+["'”’)\]]*$/.exec(text.slice(start, end))?.[0].replace(/["'”’)\]]/g, '') ?? '';
  const bare = mark.suggestion ?? '';
  const suggestion = /[.!?]$/.test(bare) ? bare : bare + closing;
  const next = text.slice(0, start) + suggestion + text.slice(end);
  const gap = suggestion.indexOf('…');
  const select: [number, number] =
    gap === -1 ? [start + suggestion.length, start + suggestion.length] : [start + gap, start + gap + 1];
  return { text: next, select, replaced: [start, end] };
}

/** The text cut into plain and marked runs for drawing marks behind a field (overlapping marks are merged). */
export function markRuns(
  text: string,
  marks: readonly { start: number; end: number; active?: boolean }[],
): Array<{ text: string; marked: boolean; active: boolean }> {
  const sorted = [...marks]
    .map((m) => ({
      start: Math.max(0, m.start),
      end: Math.min(text.length, m.end),
      active: Boolean(m.active),
    }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number; active: boolean }> = [];
  for (const m of sorted) {
    const last = merged.at(-1);
    if (last && m.start <= last.end) {
      last.end = Math.max(last.end, m.end);
      last.active ||= m.active;
    } else merged.push({ ...m });
  }
  const runs: Array<{ text: string; marked: boolean; active: boolean }> = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) runs.push({ text: text.slice(at, m.start), marked: false, active: false });
    runs.push({ text: text.slice(m.start, m.end), marked: true, active: m.active });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false, active: false });
  return runs;
}
