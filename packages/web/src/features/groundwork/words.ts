import { formatDay } from '../../lib/format';
import type { DisclosureTopic, Timeline, TransparencyItem, TransparencyKind } from './api';

/**
 * The prompts of the structured disclosure, in the order they are asked. `label` speaks to the author;
 * `readerLabel` names the same part for the partner who reads it.
 */
export const TOPIC_PROMPTS: {
  topic: DisclosureTopic;
  label: string;
  readerLabel: (author: string) => string;
  hint: string;
}[] = [
  {
    topic: 'what',
    label: 'What happened',
    readerLabel: () => 'What happened',
    hint: 'Plainly, without softening it or adding detail that only wounds.',
  },
  {
    topic: 'who',
    label: 'With whom',
    readerLabel: () => 'With whom',
    hint: 'Who the other person is, and how you know them.',
  },
  {
    topic: 'how_long',
    label: 'How long',
    readerLabel: () => 'How long',
    hint: 'When it started, when it ended, and whether it has ended.',
  },
  {
    topic: 'contact',
    label: 'How you were in contact',
    readerLabel: (author) => `How ${author} was in contact`,
    hint: 'Phone, apps, work, places — every way.',
  },
  {
    topic: 'other_secrets',
    label: 'Anything else kept hidden',
    readerLabel: (author) => `Anything else ${author} kept hidden`,
    hint: 'Money, other people, other lies. Now is the time.',
  },
];

/** One name, on every screen, for a part written after the disclosure was marked complete. */
export const LATE_DISCLOSURE = 'Shared after the disclosure was complete';

export const TOPIC_LABEL: Record<DisclosureTopic, string> = Object.fromEntries(
  TOPIC_PROMPTS.map((p) => [p.topic, p.label]),
) as Record<DisclosureTopic, string>;

export const KIND_LABEL: Record<TransparencyKind, string> = {
  phone: 'Phone',
  email: 'E-mail',
  social: 'Social accounts',
  schedule: 'Schedule',
  location: 'Location check-ins',
  finances: 'Finances',
  other: 'Something else',
};

export const PHASE_LABEL: Record<Timeline['phase'], string> = {
  atone: 'Atone',
  attune: 'Attune',
  attach: 'Attach',
  trust2: 'Trust 2.0',
};

export const PHASE_MEANING: Record<Timeline['phase'], string> = {
  atone: 'Stopping the harm: the whole truth, a real apology, and no more contact.',
  attune: 'Learning each other again: honest talks, listening, and promises kept week after week.',
  attach: 'Building closeness: new good memories and time that is just yours.',
  trust2: 'A new kind of trust, built on what you have both seen, not on hope alone.',
};

export const EVENT_LABEL: Record<Timeline['events'][number]['type'], string> = {
  discovered: 'It came to light',
  disclosure: 'The disclosure began',
  disclosure_completed: 'The disclosure was marked complete',
  late_disclosure: LATE_DISCLOSURE,
  apology_sent: 'An apology was sent',
  apology_answered: 'An apology was answered',
  letter_sent: 'A letter was sent',
  channel_closed: 'A channel to the other person was closed',
  no_contact_confirmed: 'No contact was confirmed',
  contact_attempt_reported: 'A contact attempt was reported',
  transparency_accepted: 'A transparency item was accepted',
  counselling_session: 'A counselling session',
};

/** How an item's state reads, honestly naming who changed it. */
export function statusWords(item: TransparencyItem): string {
  // Only two people can change an item: the offerer (its author) and the partner.
  const byMe = item.statusBy !== null && (item.statusBy === item.authorName) === item.mine;
  const by = item.statusBy === null ? '' : byMe ? ' by you' : ` by ${item.statusBy}`;
  // A pause or an end says when, so "Paused" read weeks later is not mistaken for this morning.
  const on = item.statusChangedAt === null ? '' : ` on ${formatDay(item.statusChangedAt)}`;
  if (item.status === 'offered') return item.mine ? 'Offered, waiting for your partner' : 'Offered to you';
  if (item.status === 'active') return 'Active';
  if (item.status === 'paused') return `Paused${by}${on}`;
  if (item.endedReason === 'declined') return `Declined${by}${on}`;
  if (item.endedReason === 'expired') return 'Ended on its end date';
  if (item.endedReason === 'replaced') return `Replaced by a newer version${on}`;
  if (item.endedReason === 'withdrawn') return `Ended${by}${on}`;
  return `Ended${on}`;
}
