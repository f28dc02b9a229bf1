import { formatDateTime } from '../../lib/format';
import type { DisclosureList, DisclosureTopic } from './api';
import { splitDisclosure } from './disclosure-text';
import { LATE_DISCLOSURE, TOPIC_PROMPTS } from './words';
import './groundwork.css';

type Disclosure = DisclosureList['disclosures'][number];

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
