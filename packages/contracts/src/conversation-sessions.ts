// Schemas of the live check-in session, repair after a bad moment, the evening debrief and the
// private remorse reflections (issue 5, items 2, 5, 6 and 7).
import {
  DEBRIEF_STATUSES,
  isRepairFeeling,
  parseTime,
  REFLECTION_PROMPTS,
  SESSION_STEPS,
} from '@mend/domain';
import { z } from 'zod';
import { Instant, text } from './common';
import { TimeZone } from './feelings';

const Authorship = { mine: z.boolean(), authorName: z.string() };

// The check-in session

export const SessionStep = z.enum(SESSION_STEPS);
export type SessionStep = z.infer<typeof SessionStep>;

/** A note taken during a session; both partners see it. */
export const CheckInNote = z.object({ id: z.string(), text: z.string(), at: Instant, ...Authorship });
export type CheckInNote = z.infer<typeof CheckInNote>;

/**
 * A check-in session as both devices show it. `myHeard` is the caller's own private rating; the
 * partner's rating is never part of this answer.
 */
export const CheckInSession = z.object({
  id: z.string(),
  status: z.enum(['open', 'ended']),
  step: SessionStep,
  startedAt: Instant,
  endedAt: Instant.nullable(),
  minutes: z.number().int(),
  /** When the time box ends; a gentle end, never a cut-off. */
  endsAt: Instant,
  timeBox: z.enum(['running', 'winding_down', 'over']),
  speakerId: z.string().nullable(),
  listenerId: z.string().nullable(),
  /** True once the listener has summarised the speaker. */
  summarised: z.boolean(),
  turnStartedAt: Instant.nullable(),
  turnSeconds: z.number().int(),
  topic: z.object({ questionId: z.string(), text: z.string() }).nullable(),
  /** Who is who, so each device can say "you" and the partner's name. */
  people: z.array(z.object({ userId: z.string(), displayName: z.string(), me: z.boolean() })),
  notes: z.array(CheckInNote),
  myHeard: z.number().int().min(1).max(5).nullable(),
  /** The server's clock, so each device counts the turn down from the same moment. */
  serverNow: Instant,
});
export type CheckInSession = z.infer<typeof CheckInSession>;

export const CheckInSessionReply = z.object({ session: CheckInSession });
export type CheckInSessionReply = z.infer<typeof CheckInSessionReply>;

/** Answer of GET /api/check-ins/sessions/current: null when no session is open. */
export const CurrentSessionReply = z.object({ session: CheckInSession.nullable() });
export type CurrentSessionReply = z.infer<typeof CurrentSessionReply>;

/** Body of POST /api/check-ins/sessions: the turn length may be chosen (60 s to 10 min). */
export const StartSession = z.object({ turnSeconds: z.number().int().min(60).max(600).optional() });
export type StartSession = z.infer<typeof StartSession>;

/** Body of POST /api/check-ins/sessions/{id}/step. */
export const MoveSession = z.object({
  step: SessionStep,
  /** In `turns`: who speaks now (passing the turn once the listener has summarised). */
  speakerId: z.string().min(1).max(64).optional(),
  /** In `topic`: the question from the queue to talk about. */
  topicQuestionId: z.string().min(1).max(64).optional(),
});
export type MoveSession = z.infer<typeof MoveSession>;

/** Body of POST /api/check-ins/sessions/{id}/notes. */
export const AddSessionNote = z.object({ text: text(5000) });
export type AddSessionNote = z.infer<typeof AddSessionNote>;

/** Body of POST /api/check-ins/sessions/{id}/heard: private, 1 (not at all) to 5 (fully). */
export const RateHeard = z.object({
  score: z
    .number()
    .int()
    .min(1, { message: 'Pick a number from 1 to 5.' })
    .max(5, { message: 'Pick a number from 1 to 5.' }),
});
export type RateHeard = z.infer<typeof RateHeard>;

// Repair after a bad moment

export const RepairFeeling = z.string().refine(isRepairFeeling, { message: 'Pick feelings from the list.' });

/** One partner's side: feelings, their reality, what triggered it, what they own, next time. */
export const WriteRepairSide = z.object({
  feelings: z.array(RepairFeeling).min(1, { message: 'Pick at least one feeling.' }).max(10),
  reality: text(5000),
  trigger: text(5000),
  owns: text(5000),
  nextTime: text(2000),
});
export type WriteRepairSide = z.infer<typeof WriteRepairSide>;

/** Body of POST /api/repairs. */
export const StartRepair = z.object({ about: text(200).optional() });
export type StartRepair = z.infer<typeof StartRepair>;

/** Body of POST /api/repairs/{id}/summary: what I heard in my partner's reality, and what makes sense. */
export const SummariseRepair = z.object({ text: text(5000) });
export type SummariseRepair = z.infer<typeof SummariseRepair>;

export const RepairSide = z.object({
  feelings: z.array(z.string()),
  reality: z.string(),
  trigger: z.string(),
  owns: z.string(),
  nextTime: z.string(),
  /** This partner's summary of the other's reality. */
  summaryOfOther: z.string().nullable(),
  writtenAt: Instant,
  ...Authorship,
});
export type RepairSide = z.infer<typeof RepairSide>;

export const Repair = z.object({
  id: z.string(),
  about: z.string().nullable(),
  startedAt: Instant,
  stage: z.enum(['sides', 'summaries', 'complete']),
  mySide: RepairSide.nullable(),
  partnerSide: RepairSide.nullable(),
  ...Authorship,
});
export type Repair = z.infer<typeof Repair>;

export const RepairReply = z.object({ repair: Repair });
export type RepairReply = z.infer<typeof RepairReply>;
export const RepairList = z.object({ repairs: z.array(Repair) });
export type RepairList = z.infer<typeof RepairList>;

// The evening debrief

/** `HH:MM`, 00:00 to 23:59. */
const DebriefTime = z
  .string()
  .refine((t) => parseTime(t) !== null, { message: 'Use a time written HH:MM, from 00:00 to 23:59.' });

/** Body of PUT /api/debriefs/settings, and the settings as answered. */
export const DebriefSettings = z.object({ time: DebriefTime, timeZone: TimeZone });
export type DebriefSettings = z.infer<typeof DebriefSettings>;

export const DebriefSettingsReply = z.object({
  settings: z.object({ time: z.string(), timeZone: z.string(), nextAt: Instant.nullable() }).nullable(),
});
export type DebriefSettingsReply = z.infer<typeof DebriefSettingsReply>;

/** One evening's debrief, as the repairing partner (who asks) or the hurt partner (who replies) sees it. */
export const Debrief = z.object({
  id: z.string(),
  day: z.string(),
  status: z.enum(DEBRIEF_STATUSES),
  promptedAt: Instant,
  askedAt: Instant.nullable(),
  answer: z.string().nullable(),
  /** True for the partner who asks; false for the one asked. */
  iAsk: z.boolean(),
  askerName: z.string(),
});
export type Debrief = z.infer<typeof Debrief>;

export const DebriefReply = z.object({ debrief: Debrief });
export type DebriefReply = z.infer<typeof DebriefReply>;
export const DebriefList = z.object({ debriefs: z.array(Debrief) });
export type DebriefList = z.infer<typeof DebriefList>;

/** Body of POST /api/debriefs/{id}/reply: an answer in words, a skip, or "not tonight". */
export const ReplyDebrief = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), text: text(5000) }),
  z.object({ kind: z.literal('skip') }),
  z.object({ kind: z.literal('not_tonight') }),
]);
export type ReplyDebrief = z.infer<typeof ReplyDebrief>;

// Remorse and regret

export const ReflectionPromptId = z.enum(REFLECTION_PROMPTS.map((p) => p.id) as [string, ...string[]]);

/** Body of POST /api/reflections. Reflections are private: never shared, with anyone. */
export const WriteReflection = z.object({ promptId: ReflectionPromptId, text: text(10000) });
export type WriteReflection = z.infer<typeof WriteReflection>;

export const Reflection = z.object({ id: z.string(), promptId: z.string(), text: z.string(), at: Instant });
export type Reflection = z.infer<typeof Reflection>;
export const ReflectionReply = z.object({ reflection: Reflection });
export const ReflectionList = z.object({ reflections: z.array(Reflection) });
export type ReflectionList = z.infer<typeof ReflectionList>;
