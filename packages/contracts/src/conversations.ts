// Request and answer schemas of the conversations feature (issue 5, "Honest conversations").
import { NEED_KINDS, NEED_STATUSES, parseTime, QUESTION_CATEGORIES, QUESTION_STATUSES } from '@mend/domain';
import { z } from 'zod';
import { Instant, text } from './common';
import { TimeZone } from './feelings';

/** Who wrote a record, as the reader sees it: themselves, or their partner by name. */
const Authorship = { mine: z.boolean(), authorName: z.string() };

// The question queue

export const QuestionCategory = z.enum(QUESTION_CATEGORIES);
export type QuestionCategory = z.infer<typeof QuestionCategory>;

export const QuestionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

/** A gentle note shown to the person asking; never a refusal. */
export const QuestionWarning = z.object({ kind: z.string(), message: z.string() });
export type QuestionWarning = z.infer<typeof QuestionWarning>;

/** An answer in writing, or a later addition to it: never changed once given. */
export const QuestionAnswer = z.object({ id: z.string(), text: z.string(), at: Instant });
export type QuestionAnswer = z.infer<typeof QuestionAnswer>;

/** The earlier question this one was asked before as, with the answer already given. */
export const AskedBefore = z.object({
  questionId: z.string(),
  text: z.string(),
  askedAt: Instant,
  answer: QuestionAnswer.nullable(),
});
export type AskedBefore = z.infer<typeof AskedBefore>;

/** A question in the queue, as its asker or the partner who was asked sees it. */
export const Question = z.object({
  id: z.string(),
  text: z.string(),
  category: QuestionCategory.nullable(),
  status: QuestionStatus,
  askedAt: Instant,
  /** Whole days it waited: until now while open or kept for a talk, until it was settled otherwise. */
  ageDays: z.number().int().min(0),
  answer: QuestionAnswer.optional(),
  additions: z.array(QuestionAnswer),
  declineReason: z.string().nullable(),
  askedBefore: AskedBefore.nullable(),
  /** Warnings are for the person asking; the partner receives the question as it was written. */
  warnings: z.array(QuestionWarning),
  /** True for the partner who was asked: they answer, decline or keep it for a talk. */
  toMe: z.boolean(),
  ...Authorship,
});
export type Question = z.infer<typeof Question>;

/** Body of POST /api/questions. */
export const AskQuestion = z.object({ text: text(2000), category: QuestionCategory.optional() });
export type AskQuestion = z.infer<typeof AskQuestion>;

/** Body of POST /api/questions/{id}/answer: the answer, or an addition when it was answered already. */
export const AnswerQuestion = z.object({ text: text(5000) });
export type AnswerQuestion = z.infer<typeof AnswerQuestion>;

/** Body of POST /api/questions/{id}/decline: a reason is always given. */
export const DeclineQuestion = z.object({ reason: text(1000) });
export type DeclineQuestion = z.infer<typeof DeclineQuestion>;

export const QuestionReply = z.object({ question: Question });
export type QuestionReply = z.infer<typeof QuestionReply>;

export const QuestionList = z.object({ questions: z.array(Question) });
export type QuestionList = z.infer<typeof QuestionList>;

// Check-ins

/** `HH:MM`, 00:00 to 23:59. */
export const WallTime = z
  .string()
  .refine((t) => parseTime(t) !== null, { message: 'Use a time written HH:MM, from 00:00 to 23:59.' });

/** Body of PUT /api/check-ins/schedule, and the schedule as stored. */
export const CheckInSchedule = z.object({
  weekdays: z
    .array(z.number().int().min(0).max(6))
    .min(1, { message: 'Pick at least one day.' })
    .max(7)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  time: WallTime,
  minutes: z
    .number()
    .int()
    .min(10, { message: 'A check-in lasts 10 to 120 minutes.' })
    .max(120, { message: 'A check-in lasts 10 to 120 minutes.' }),
  timeZone: TimeZone,
});
export type CheckInSchedule = z.infer<typeof CheckInSchedule>;

/** The schedule as answered (no transforms: answers are encoded, not parsed). */
export const CheckInScheduleOut = z.object({
  weekdays: z.array(z.number().int().min(0).max(6)),
  time: z.string(),
  minutes: z.number().int(),
  timeZone: z.string(),
});

export const CheckInScheduleReply = z.object({ schedule: CheckInScheduleOut.nullable() });
export type CheckInScheduleReply = z.infer<typeof CheckInScheduleReply>;

/** One point for the next check-in: a question from the queue, or a request waiting for an answer. */
export const AgendaItem = z.object({
  questionId: z.string().optional(),
  needId: z.string().optional(),
  text: z.string(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** Answer of GET /api/check-ins/next; `startsAt` and `minutes` are null until a schedule is agreed. */
export const NextCheckIn = z.object({
  startsAt: Instant.nullable(),
  minutes: z.number().int().nullable(),
  timeZone: z.string().nullable(),
  agenda: z.array(AgendaItem),
});
export type NextCheckIn = z.infer<typeof NextCheckIn>;

// Say what you need

export const NeedKind = z.enum(NEED_KINDS);
export type NeedKind = z.infer<typeof NeedKind>;

/** A request of one partner to the other, acknowledged and then answered. */
export const Need = z.object({
  id: z.string(),
  kind: NeedKind,
  note: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  createdAt: Instant,
  acknowledgedAt: Instant.nullable(),
  answer: z.string().nullable(),
  answeredAt: Instant.nullable(),
  toMe: z.boolean(),
  ...Authorship,
});
export type Need = z.infer<typeof Need>;

/** Body of POST /api/needs. */
export const CreateNeed = z.object({ kind: NeedKind, note: text(1000).optional() });
export type CreateNeed = z.infer<typeof CreateNeed>;

/** Body of POST /api/needs/{id}/answer. */
export const AnswerNeed = z.object({ text: text(2000) });
export type AnswerNeed = z.infer<typeof AnswerNeed>;

export const NeedReply = z.object({ need: Need });
export type NeedReply = z.infer<typeof NeedReply>;

export const NeedList = z.object({ needs: z.array(Need) });
export type NeedList = z.infer<typeof NeedList>;

// Sessions, repairs, the evening debrief and reflections live in their own file.
export * from './conversation-sessions';
