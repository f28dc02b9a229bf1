import type { DisclosureTopic } from './api';
import { TOPIC_PROMPTS } from './words';

// A disclosure written with the guided form is one text: each answered prompt's label on a line of its own, its
// answer under it, the parts a blank line apart. Both directions live here, so they cannot drift apart.

type Parts = Partial<Record<DisclosureTopic, string>>;
type Part = { topic: DisclosureTopic; body: string };

const SEPARATOR = '\n\n';
const heading = (label: string) => `${label}\n`;

/** Joins the answered prompts into one disclosure, each under its own heading. */
export function composeDisclosure(parts: Parts): { text: string; topics: DisclosureTopic[] } {
  const filled = TOPIC_PROMPTS.filter((p) => parts[p.topic]?.trim());
  return {
    text: filled.map((p) => `${heading(p.label)}${parts[p.topic]?.trim()}`).join(SEPARATOR),
    topics: filled.map((p) => p.topic),
  };
}

/**
 * Finds the answered prompts in a disclosure written with the guided form (`composeDisclosure`). Returns null
 * when the text does not have that shape, so it is shown as written.
 */
export function splitDisclosure(text: string, topics: DisclosureTopic[]): Part[] | null {
  const asked = TOPIC_PROMPTS.filter((p) => topics.includes(p.topic));
  if (asked.length === 0) return null;
  const found: { topic: DisclosureTopic; at: number; bodyAt: number }[] = [];
  for (const [i, prompt] of asked.entries()) {
    const header = i === 0 ? heading(prompt.label) : `${SEPARATOR}${heading(prompt.label)}`;
    const from = found.at(-1)?.bodyAt ?? 0;
    const at = i === 0 ? (text.startsWith(header) ? 0 : -1) : text.indexOf(header, from);
    if (at < 0) return null;
    found.push({ topic: prompt.topic, at, bodyAt: at + header.length });
  }
  return found.map((f, i) => ({
    topic: f.topic,
    body: text.slice(f.bodyAt, found[i + 1]?.at ?? text.length),
  }));
}
