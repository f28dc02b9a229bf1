// Request and answer schemas of the feelings feature.
import { ALERT_NEEDS, isTimeZone, TRIGGER_KINDS } from '@mend/domain';
import { z } from 'zod';
import { CalendarDate, Instant, text, Visibility } from './common';

/** An id in a path. */
export const IdParams = z.object({ id: z.string().min(1).max(64) });
export type IdParams = z.infer<typeof IdParams>;

/** An IANA time zone the runtime knows, e.g. `Europe/Paris`. */
export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: 'Use a time zone such as Europe/Paris.' });

/** What the person who is triggered needs from their partner. */
export const AlertNeed = z.enum(ALERT_NEEDS);
export type AlertNeed = z.infer<typeof AlertNeed>;

/** Body of POST /api/alerts: one tap, with what the sender needs (may be none). */
export const CreateAlert = z.object({
  needs: z
    .array(AlertNeed)
    .max(ALERT_NEEDS.length)
    .default([])
    .transform((needs) => [...new Set(needs)]),
});
export type CreateAlert = z.infer<typeof CreateAlert>;

/** An alert as its sender or its receiver sees it. */
export const Alert = z.object({
  id: z.string(),
  needs: z.array(AlertNeed),
  direction: z.enum(['sent', 'received']),
  sentAt: Instant,
  ackedAt: Instant.nullable(),
  ackAfterSeconds: z.number().int().nullable(),
});
export type Alert = z.infer<typeof Alert>;

/** Answer of POST /api/alerts. */
export const AlertReply = z.object({ alert: Alert });
export type AlertReply = z.infer<typeof AlertReply>;

/** Answer of GET /api/alerts: the newest alerts the caller sent or received. */
export const AlertList = z.object({ alerts: z.array(Alert) });
export type AlertList = z.infer<typeof AlertList>;

/** Answer of POST /api/alerts/{id}/ack. */
export const AckReply = z.object({ ackAfterSeconds: z.number().int().min(0), ackedAt: Instant });
export type AckReply = z.infer<typeof AckReply>;

/** An emotion word picked or typed at a check-in. */
export const Emotion = text(40);

/** Body of POST /api/moods; without `visibility` the person's "always share" choice decides. */
export const CreateMood = z.object({
  score: z.number().int().min(1, { message: 'Pick a number from 1 to 10.' }).max(10, {
    message: 'Pick a number from 1 to 10.',
  }),
  emotions: z.array(Emotion).max(12, { message: 'Up to 12 words.' }).default([]),
  visibility: Visibility.optional(),
});
export type CreateMood = z.infer<typeof CreateMood>;

/** One daily check-in. */
export const Mood = z.object({
  id: z.string(),
  score: z.number().int(),
  emotions: z.array(z.string()),
  visibility: Visibility,
  at: Instant,
});
export type Mood = z.infer<typeof Mood>;

/** Answer of POST /api/moods and PATCH /api/moods/{id}. */
export const MoodReply = z.object({ mood: Mood });
export type MoodReply = z.infer<typeof MoodReply>;

/** Query of GET /api/moods: the caller's own, or what the partner shared. */
export const MoodQuery = z.object({
  member: z.enum(['me', 'partner']).default('me'),
  days: z.coerce.number().int().min(1).max(366).default(90),
});
export type MoodQuery = z.infer<typeof MoodQuery>;

/** Answer of GET /api/moods. */
export const MoodList = z.object({ moods: z.array(Mood) });
export type MoodList = z.infer<typeof MoodList>;

/** Body of PATCH /api/moods/{id}: share one entry, or take it back. */
export const UpdateMood = z.object({ visibility: Visibility });
export type UpdateMood = z.infer<typeof UpdateMood>;

/** The caller's choices for the feelings tools. */
export const FeelingsSettings = z.object({ shareMoodsAlways: z.boolean() });
export type FeelingsSettings = z.infer<typeof FeelingsSettings>;

/** What set a trigger off. */
export const TriggerKind = z.enum(TRIGGER_KINDS);
export type TriggerKind = z.infer<typeof TriggerKind>;

/** Body of POST /api/triggers. */
export const CreateTrigger = z.object({
  kind: TriggerKind,
  intensity: z.number().int().min(1, { message: 'Pick a number from 1 to 10.' }).max(10, {
    message: 'Pick a number from 1 to 10.',
  }),
  note: text(1000).optional(),
  helped: text(1000).optional(),
  occurredAt: Instant.optional(),
});
export type CreateTrigger = z.infer<typeof CreateTrigger>;

/** A logged trigger; only its author ever reads it. */
export const Trigger = z.object({
  id: z.string(),
  kind: TriggerKind,
  intensity: z.number().int(),
  note: z.string().nullable(),
  helped: z.string().nullable(),
  occurredAt: Instant,
});
export type Trigger = z.infer<typeof Trigger>;

/** Answer of POST /api/triggers. */
export const TriggerReply = z.object({ trigger: Trigger });
export type TriggerReply = z.infer<typeof TriggerReply>;

/** Answer of GET /api/triggers. */
export const TriggerList = z.object({ triggers: z.array(Trigger) });
export type TriggerList = z.infer<typeof TriggerList>;

/** Query of GET /api/triggers/patterns. */
export const PatternQuery = z.object({
  timeZone: TimeZone.default('UTC'),
  days: z.coerce.number().int().min(7).max(366).default(90),
});
export type PatternQuery = z.infer<typeof PatternQuery>;

const Bucket = z.object({ count: z.number().int(), meanIntensity: z.number().nullable() });

/** Answer of GET /api/triggers/patterns. */
export const TriggerPatternsReply = z.object({
  total: z.number().int(),
  byWeekday: z.array(Bucket),
  byHour: z.array(Bucket),
  byKind: z.record(TriggerKind, Bucket),
  busiestWeekday: z.number().int().nullable(),
  busiestHour: z.number().int().nullable(),
});
export type TriggerPatternsReply = z.infer<typeof TriggerPatternsReply>;

/** Standard base64 of at most `max` characters. */
const base64 = (max: number, field = 'value') =>
  z
    .string()
    .min(4)
    .max(max, { message: `The ${field} is too large.` })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: `The ${field} must be base64.` });

/** A 96-bit AES-GCM nonce, base64. */
const Iv = z.string().regex(/^[A-Za-z0-9+/]{16}$/, { message: 'The iv must be 12 bytes of base64.' });

/** The most base64 characters one journal entry's ciphertext may take (about 750 KB of text). */
export const MAX_JOURNAL_CIPHERTEXT = 1_000_000;

/** Body of POST /api/journal and PUT /api/journal/{id}: ciphertext only, never the words. */
export const SaveJournalEntry = z.object({
  ciphertext: base64(MAX_JOURNAL_CIPHERTEXT, 'ciphertext'),
  iv: Iv,
  keyId: z.string().min(1).max(64),
});
export type SaveJournalEntry = z.infer<typeof SaveJournalEntry>;

/** A journal entry as the server keeps it: opaque to everyone but its author's device. */
export const JournalEntry = SaveJournalEntry.extend({
  id: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** Answer of POST /api/journal. */
export const JournalEntryReply = z.object({ entry: JournalEntry });
export type JournalEntryReply = z.infer<typeof JournalEntryReply>;

/** Answer of GET /api/journal. */
export const JournalList = z.object({ entries: z.array(JournalEntry) });
export type JournalList = z.infer<typeof JournalList>;

/** The least PBKDF2-SHA-256 iterations a journal key may be derived with (OWASP 2023). */
export const MIN_PBKDF2_ITERATIONS = 600_000;

/** A data key wrapped (AES-256-GCM) under a key-encryption key. */
const Wrapped = z.object({ iv: Iv, ciphertext: base64(200, 'wrapped key') });

/**
 * The journal's key material, all of it useless without the passphrase or the recovery key: the
 * salt and iterations of the passphrase's PBKDF2, and the data key wrapped twice.
 */
export const JournalKey = z.object({
  keyId: z.string().min(1).max(64),
  kdf: z.object({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z
      .number()
      .int()
      .min(MIN_PBKDF2_ITERATIONS, { message: `Use at least ${MIN_PBKDF2_ITERATIONS} iterations.` })
      .max(10_000_000),
    salt: base64(64, 'salt'),
  }),
  byPassphrase: Wrapped,
  byRecoveryKey: Wrapped.extend({ salt: base64(64, 'salt') }),
});
export type JournalKey = z.infer<typeof JournalKey>;

/** Answer of GET /api/journal/key. */
export const JournalKeyReply = z.object({ key: JournalKey.nullable() });
export type JournalKeyReply = z.infer<typeof JournalKeyReply>;

/** Who someone on the support list is. */
export const SupportKind = z.enum(['friend', 'family', 'therapist', 'group', 'other']);

/** Body of POST /api/support/contacts. */
export const CreateSupportContact = z.object({
  kind: SupportKind,
  name: text(80),
  how: text(200).optional(),
  note: text(500).optional(),
});
export type CreateSupportContact = z.infer<typeof CreateSupportContact>;

/** Someone on a person's own support list. */
export const SupportContact = z.object({
  id: z.string(),
  kind: SupportKind,
  name: z.string(),
  how: z.string().nullable(),
  note: z.string().nullable(),
});
export type SupportContact = z.infer<typeof SupportContact>;

/** Answer of GET /api/support/contacts. */
export const SupportList = z.object({ contacts: z.array(SupportContact) });
export type SupportList = z.infer<typeof SupportList>;

/** A gentle reminder at a time of day, on chosen weekdays (0 = Sunday). */
export const Reminder = z.object({
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time written HH:MM.' }),
  weekdays: z.array(z.number().int().min(0).max(6)).max(7).default([0, 1, 2, 3, 4, 5, 6]),
  text: text(120),
});
export type Reminder = z.infer<typeof Reminder>;

/** Body and answer of PUT/GET /api/self-care: a person's plan and reminders. */
export const SelfCarePlan = z.object({
  items: z.array(text(200)).max(30, { message: 'Up to 30 things.' }),
  reminders: z.array(Reminder).max(10, { message: 'Up to 10 reminders.' }),
});
export type SelfCarePlan = z.infer<typeof SelfCarePlan>;

/** Body of POST /api/hard-dates. */
export const CreateHardDate = z.object({
  date: CalendarDate,
  label: text(120),
  yearly: z.boolean().default(true),
  remindDaysBefore: z.number().int().min(0).max(30).default(3),
  visibility: Visibility.default('partner'),
});
export type CreateHardDate = z.infer<typeof CreateHardDate>;

/** A known hard date, as its author sees it. */
export const HardDate = z.object({
  id: z.string(),
  date: CalendarDate,
  label: z.string(),
  yearly: z.boolean(),
  remindDaysBefore: z.number().int(),
  visibility: Visibility,
  nextOn: CalendarDate.nullable(),
});
export type HardDate = z.infer<typeof HardDate>;

/** Answer of GET /api/hard-dates. */
export const HardDateList = z.object({ dates: z.array(HardDate) });
export type HardDateList = z.infer<typeof HardDateList>;

/** Query of GET /api/hard-dates/prompts. */
export const PromptQuery = z.object({ today: CalendarDate });
export type PromptQuery = z.infer<typeof PromptQuery>;

/** A partner's hard date coming soon: a prompt to reassure ahead of time. */
export const PreAssurancePrompt = z.object({
  id: z.string(),
  label: z.string(),
  on: CalendarDate,
  daysAhead: z.number().int(),
});
export type PreAssurancePrompt = z.infer<typeof PreAssurancePrompt>;

/** Answer of GET /api/hard-dates/prompts. */
export const PromptList = z.object({ prompts: z.array(PreAssurancePrompt) });
export type PromptList = z.infer<typeof PromptList>;
