import { formatDateTime } from '../../lib/format';
import type { DisclosureList, DisclosureTopic } from './api';
import { LATE_DISCLOSURE, TOPIC_PROMPTS } from './words';
import './groundwork.css';

type Disclosure = DisclosureList['disclosures'][number];
type Part = { topic: DisclosureTopic; body: string };

/**
 * Finds the answered prompts in a disclosure written with the guided form, which puts each answer under
 * its prompt's label. Returns null when the text does not have that shape, so it is shown as written.
 */
export function splitDisclosure(text: string, topics: DisclosureTopic[]): Part[] | null {
  const asked = TOPIC_PROMPTS.filter((p) => topics.includes(p.topic));
  if (asked.length === 0) return null;
  const found: { topic: DisclosureTopic; at: number; bodyAt: number }[] = [];
  for (const [i, prompt] of asked.entries()) {
    const header = i === 0 ? `${prompt.label}\n` : `\n\n${prompt.label}\n`;
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

function partTitle(topic: DisclosureTopic, d: Disclosure): string {
  const prompt = TOPIC_PROMPTS.find((p) => p.topic === topic);
  if (!prompt) return '';
  return d.mine ? prompt.label : prompt.readerLabel(d.authorName);
}

/** One part of the disclosure: each answer under a small heading, worded for whoever is reading. */
export function DisclosureEntry({ disclosure: d }: { disclosure: Disclosure }) {
  const parts = splitDisclosure(d.text, d.topics);
  return (
    <li className="entry">
      {d.late ? (
        <p>
          <span className="gw-tag">{LATE_DISCLOSURE}</span>
        </p>
      ) : null}
      <p className="small">{formatDateTime(d.at)}</p>
      {parts ? (
        parts.map((p) => (
          <div key={p.topic} className="gw-disclosure-part">
            <h3 className="gw-part-heading">{partTitle(p.topic, d)}</h3>
            <p className="gw-text">{p.body}</p>
          </div>
        ))
      ) : (
        <p className="gw-text">{d.text}</p>
      )}
    </li>
  );
}
