// Request and answer schemas of the groundwork feature.
import { DISCLOSURE_TOPICS, PHASES, TIMELINE_EVENT_TYPES, TRANSPARENCY_KINDS } from '@mend/domain';
import { z } from 'zod';
import { CalendarDate, Instant, text } from './common';

/** The id of a groundwork record in a path, e.g. `/api/apologies/{id}/send`. */
export const RecordParams = z.object({ id: z.string().min(1).max(64) });
export type RecordParams = z.infer<typeof RecordParams>;

/** Who wrote a record, as the reader sees it: themselves, or their partner by name. */
const Authorship = { mine: z.boolean(), authorName: z.string() };

// Letters and the apology

/** The three guided letters: the apology, the hurt partner's impact letter, the amends letter. */
export const LetterKind = z.enum(['apology', 'impact', 'amends']);
export type LetterKind = z.infer<typeof LetterKind>;

/** One thing the apology coach points at, by UTF-16 offsets into the text. */
export const CoachFinding = z.object({
  kind: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  message: z.string(),
  suggestion: z.string().optional(),
});
export type CoachFinding = z.infer<typeof CoachFinding>;

/** Which of the four parts of a full apology the text holds. */
export const ApologyParts = z.object({
  namesAct: z.boolean(),
  ownsIt: z.boolean(),
  acknowledgesImpact: z.boolean(),
  commitsToChange: z.boolean(),
});
export type ApologyParts = z.infer<typeof ApologyParts>;

/** The hurt partner's answer to an apology: received, or incomplete with why. */
export const ApologyResponse = z.object({
  id: z.string(),
  kind: z.enum(['received', 'incomplete']),
  text: z.string().nullable(),
  at: Instant,
  ...Authorship,
});
export type ApologyResponse = z.infer<typeof ApologyResponse>;

/** A letter or apology: a draft only its author sees, or sent and then never changed. */
export const Letter = z.object({
  id: z.string(),
  kind: LetterKind,
  text: z.string(),
  status: z.enum(['draft', 'sent']),
  findings: z.array(CoachFinding),
  parts: ApologyParts.nullable(),
  amendsId: z.string().nullable(),
  createdAt: Instant,
  sentAt: Instant.nullable(),
  responses: z.array(ApologyResponse),
  ...Authorship,
});
export type Letter = z.infer<typeof Letter>;

/** Body of POST /api/apologies: sent at once unless `draft`; `amendsId` links an amendment to a sent apology. */
export const CreateApology = z.object({
  text: text(5000),
  draft: z.boolean().default(false),
  amendsId: z.string().min(1).max(64).optional(),
});
export type CreateApology = z.infer<typeof CreateApology>;

/** Body of POST /api/letters: an impact or amends letter. */
export const CreateLetter = CreateApology.extend({ kind: z.enum(['impact', 'amends']) });
export type CreateLetter = z.infer<typeof CreateLetter>;

/** Body of PUT /api/apologies/{id} and PUT /api/letters/{id}: a draft's new text. */
export const UpdateDraft = z.object({ text: text(5000) });
export type UpdateDraft = z.infer<typeof UpdateDraft>;

/** Answer with one apology. */
export const ApologyReply = z.object({ apology: Letter });
export type ApologyReply = z.infer<typeof ApologyReply>;

/** Answer of GET /api/apologies: the caller's own, and the partner's sent ones. */
export const ApologyList = z.object({ apologies: z.array(Letter) });
export type ApologyList = z.infer<typeof ApologyList>;

/** Answer with one letter. */
export const LetterReply = z.object({ letter: Letter });
export type LetterReply = z.infer<typeof LetterReply>;

/** Answer of GET /api/letters. */
export const LetterList = z.object({ letters: z.array(Letter) });
export type LetterList = z.infer<typeof LetterList>;

/** Body of POST /api/apologies/{id}/responses; "incomplete" says why. */
export const RespondToApology = z
  .object({ kind: z.enum(['received', 'incomplete']), text: text(2000).optional() })
  .refine((r) => r.kind === 'received' || r.text !== undefined, {
    path: ['text'],
    message: 'Say what felt missing, in a few words.',
  });
export type RespondToApology = z.infer<typeof RespondToApology>;

/** Answer of POST /api/apologies/{id}/responses. */
export const ApologyResponseReply = z.object({ response: ApologyResponse });
export type ApologyResponseReply = z.infer<typeof ApologyResponseReply>;

// Disclosure and trickle-truth

/** A topic the structured disclosure covers: what, with whom, how long, how contact happened, other secrets. */
export const DisclosureTopic = z.enum(DISCLOSURE_TOPICS);
export type DisclosureTopic = z.infer<typeof DisclosureTopic>;

/** Body of POST /api/disclosures. */
export const CreateDisclosure = z.object({
  text: text(10000),
  topics: z
    .array(DisclosureTopic)
    .max(DISCLOSURE_TOPICS.length)
    .default([])
    .transform((t) => [...new Set(t)]),
});
export type CreateDisclosure = z.infer<typeof CreateDisclosure>;

/** One part of the disclosure; `late` when written after it was marked complete. */
export const Disclosure = z.object({
  id: z.string(),
  text: z.string(),
  topics: z.array(DisclosureTopic),
  late: z.boolean(),
  at: Instant,
  ...Authorship,
});
export type Disclosure = z.infer<typeof Disclosure>;

/** Answer of POST /api/disclosures. */
export const DisclosureReply = z.object({ disclosure: Disclosure });
export type DisclosureReply = z.infer<typeof DisclosureReply>;

/** Answer of GET /api/disclosures. */
export const DisclosureList = z.object({ disclosures: z.array(Disclosure), completedAt: Instant.nullable() });
export type DisclosureList = z.infer<typeof DisclosureList>;

/** Answer of POST /api/disclosures/complete. */
export const DisclosureCompleted = z.object({ completedAt: Instant });
export type DisclosureCompleted = z.infer<typeof DisclosureCompleted>;

/** Answer of GET /api/honesty. */
export const Honesty = z.object({
  disclosureCompletedAt: Instant.nullable(),
  lateDisclosureCount: z.number().int(),
  daysSinceLastRevelation: z.number().int().nullable(),
});
export type Honesty = z.infer<typeof Honesty>;

// No contact

/** Body of POST /api/no-contact/channels: a channel and how it was closed. */
export const CreateChannel = z.object({ channel: text(80), how: text(500) });
export type CreateChannel = z.infer<typeof CreateChannel>;

/** A channel to the third party, confirmed closed. */
export const Channel = z.object({
  id: z.string(),
  channel: z.string(),
  how: z.string(),
  closedAt: Instant,
  ...Authorship,
});
export type Channel = z.infer<typeof Channel>;

/** Answer of POST /api/no-contact/channels. */
export const ChannelReply = z.object({ channel: Channel });
export type ChannelReply = z.infer<typeof ChannelReply>;

/** Body of POST /api/no-contact/attempts. */
export const CreateAttempt = z.object({
  occurredAt: Instant,
  channel: text(80),
  note: text(1000).optional(),
});
export type CreateAttempt = z.infer<typeof CreateAttempt>;

/** A contact attempt from the third party, with the hours it took to report it. */
export const Attempt = z.object({
  id: z.string(),
  channel: z.string(),
  note: z.string().nullable(),
  occurredAt: Instant,
  reportedAt: Instant,
  reportedAfterHours: z.number(),
  withinGoal: z.boolean(),
  ...Authorship,
});
export type Attempt = z.infer<typeof Attempt>;

/** Answer of POST /api/no-contact/attempts. */
export const AttemptReply = z.object({ attempt: Attempt });
export type AttemptReply = z.infer<typeof AttemptReply>;

/** Answer of GET /api/no-contact. */
export const NoContact = z.object({
  channels: z.array(Channel),
  attempts: z.array(Attempt),
  confirmedAt: Instant.nullable(),
  goalHours: z.number(),
});
export type NoContact = z.infer<typeof NoContact>;

/** Answer of POST /api/no-contact/confirm. */
export const NoContactConfirmed = z.object({ confirmedAt: Instant });
export type NoContactConfirmed = z.infer<typeof NoContactConfirmed>;

// Transparency agreement

/** What an item opens up. */
export const TransparencyKind = z.enum(TRANSPARENCY_KINDS);
export type TransparencyKind = z.infer<typeof TransparencyKind>;

/** Body of POST /api/transparency/items: one offer, temporary by design. */
export const OfferItem = z.object({
  kind: TransparencyKind,
  description: text(500),
  endsOn: CalendarDate,
  reviewOn: CalendarDate,
});
export type OfferItem = z.infer<typeof OfferItem>;

/** Body of POST /api/transparency/items/{id}/revise: renew as it is, or taper to something lighter. */
export const ReviseItem = z.object({
  mode: z.enum(['renew', 'taper']),
  description: text(500).optional(),
  endsOn: CalendarDate,
  reviewOn: CalendarDate,
});
export type ReviseItem = z.infer<typeof ReviseItem>;

/** One transparency item; `statusBy` names who paused, ended or declined it (null after a silent stop). */
export const TransparencyItem = z.object({
  id: z.string(),
  kind: TransparencyKind,
  description: z.string(),
  endsOn: CalendarDate,
  reviewOn: CalendarDate,
  status: z.enum(['offered', 'active', 'paused', 'ended']),
  statusBy: z.string().nullable(),
  /**
   * When someone last moved the item (offered, accepted, paused, resumed, declined, ended); null when it ended on
   * its end date, or when its author stopped it in a safety reset.
   */
  statusChangedAt: Instant.nullable(),
  endedReason: z.enum(['withdrawn', 'declined', 'expired', 'replaced', 'ended']).nullable(),
  reviewDue: z.boolean(),
  replacesId: z.string().nullable(),
  offeredAt: Instant,
  ...Authorship,
});
export type TransparencyItem = z.infer<typeof TransparencyItem>;

/** Answer with one item. */
export const ItemReply = z.object({ item: TransparencyItem });
export type ItemReply = z.infer<typeof ItemReply>;

/** Body of PUT /api/transparency/ally: who receives accountability summaries instead of the partner. */
export const SetAlly = z.object({ name: text(80), contact: text(200) });
export type SetAlly = z.infer<typeof SetAlly>;

/** The named ally. */
export const Ally = z.object({ name: z.string(), contact: z.string(), ...Authorship });
export type Ally = z.infer<typeof Ally>;

/** Answer of GET /api/transparency; `available` is false when it is not turned on in this space. */
export const TransparencyOverview = z.object({
  available: z.boolean(),
  items: z.array(TransparencyItem),
  ally: Ally.nullable(),
});
export type TransparencyOverview = z.infer<typeof TransparencyOverview>;

/** Answer of PUT /api/transparency/ally. */
export const AllyReply = z.object({ ally: Ally });
export type AllyReply = z.infer<typeof AllyReply>;

// Counselling

/** Body of PUT /api/counselling: the couple's counsellor. */
export const SetCounsellor = z.object({ name: text(80), contact: text(200).optional() });
export type SetCounsellor = z.infer<typeof SetCounsellor>;

/** Body of POST /api/counselling/sessions. */
export const AddSession = z.object({ at: Instant, note: text(500).optional() });
export type AddSession = z.infer<typeof AddSession>;

/** One counselling session. */
export const CounsellingSession = z.object({
  id: z.string(),
  at: Instant,
  note: z.string().nullable(),
  ...Authorship,
});
export type CounsellingSession = z.infer<typeof CounsellingSession>;

/** Answer of GET /api/counselling: the counsellor, every session, and the next one. */
export const Counselling = z.object({
  counsellor: z.object({ name: z.string(), contact: z.string().nullable(), ...Authorship }).nullable(),
  sessions: z.array(CounsellingSession),
  next: CounsellingSession.nullable(),
});
export type Counselling = z.infer<typeof Counselling>;

/** Answer of POST /api/counselling/sessions. */
export const SessionReply = z.object({ session: CounsellingSession });
export type SessionReply = z.infer<typeof SessionReply>;

// Timeline and what the partner can see

/** One event on the recovery timeline. */
export const TimelineEvent = z.object({ type: z.enum(TIMELINE_EVENT_TYPES), at: Instant, mine: z.boolean() });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Answer of GET /api/timeline: day N, the phase the evidence supports, what is missing, and the events. */
export const Timeline = z.object({
  dayNumber: z.number().int().nullable(),
  phase: z.enum(PHASES),
  next: z.enum(PHASES).nullable(),
  missing: z.array(z.string()),
  range: z.object({ feelsPossibleMonths: z.tuple([z.number(), z.number()]), feelsNormalMonths: z.number() }),
  events: z.array(TimelineEvent),
});
export type Timeline = z.infer<typeof Timeline>;

/** One thing the caller shares with their partner right now. */
export const SharedThing = z.object({
  type: z.enum([
    'apology',
    'letter',
    'response',
    'disclosure',
    'channel',
    'attempt',
    'transparency',
    'ally',
    'counselling',
    'disclosure_complete',
    'no_contact_confirmed',
  ]),
  id: z.string(),
  detail: z.string(),
  at: Instant,
});
export type SharedThing = z.infer<typeof SharedThing>;

/** Answer of GET /api/partner-view: everything of the caller's that the partner can open now. */
export const PartnerView = z.object({ hasPartner: z.boolean(), things: z.array(SharedThing) });
export type PartnerView = z.infer<typeof PartnerView>;
