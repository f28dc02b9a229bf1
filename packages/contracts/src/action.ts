// Request and answer schemas of consistent action (issue 6): promises, plans, updates and
// reassurance, anxiety windows, the reliability ledger and the four pillars.
import { MAX_GRACE_MINUTES, OUTCOMES, PILLARS, RECURRENCES } from '@mend/domain';
import { z } from 'zod';
import { CalendarDate, Instant, text } from './common';
import { WallTime } from './conversations';
import { TimeZone } from './feelings';

const Authorship = { mine: z.boolean(), authorName: z.string() };

export const Recurrence = z.enum(RECURRENCES);
export type Recurrence = z.infer<typeof Recurrence>;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;
export const Pillar = z.enum(PILLARS);
export type Pillar = z.infer<typeof Pillar>;

/** How the hurt partner saw an outcome: confirmed, or disputed (shown as such, never overwritten). */
export const Review = z.enum(['confirmed', 'disputed']);
export type Review = z.infer<typeof Review>;

/** One promise or plan that fell due, and what became of it. */
export const OutcomeRecord = z.object({
  id: z.string(),
  source: z.enum(['commitment', 'plan']),
  sourceId: z.string(),
  title: z.string(),
  dueAt: Instant,
  outcome: Outcome,
  /** When it was done, arrived, changed with notice, or marked missed. */
  at: Instant,
  weekStart: CalendarDate,
  review: Review.nullable(),
  reviewNote: z.string().nullable(),
  reviewedAt: Instant.nullable(),
  ...Authorship,
});
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;

/** A change to a promise or plan, kept for both to see: nothing about the past changes silently. */
export const ActionEvent = z.object({
  kind: z.string(),
  at: Instant,
  dueAt: Instant.nullable(),
  note: z.string().nullable(),
  byMe: z.boolean(),
});
export type ActionEvent = z.infer<typeof ActionEvent>;

// Promises ("commitments" in the API)

export const CommitmentStatus = z.enum(['pending', 'renegotiated', 'done', 'missed', 'ended']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const Commitment = z.object({
  id: z.string(),
  title: z.string(),
  recurrence: Recurrence.nullable(),
  menuItemId: z.string().nullable(),
  /** `pending` while the next due time is ahead (`renegotiated` when it was moved with notice); a one-off promise ends `done` or `missed`. */
  status: CommitmentStatus,
  dueAt: Instant.nullable(),
  /** What became of the latest due time (null until the first one is settled). */
  outcome: Outcome.nullable(),
  outcomes: z.array(OutcomeRecord),
  events: z.array(ActionEvent),
  createdAt: Instant,
  ...Authorship,
});
export type Commitment = z.infer<typeof Commitment>;

/** Body of POST /api/commitments. */
export const CreateCommitment = z.object({
  title: text(300),
  dueAt: Instant,
  recurrence: Recurrence.optional(),
  menuItemId: z.string().min(1).max(64).optional(),
  /** The time zone that recurring due times follow; the couple's setting when left out. */
  timeZone: TimeZone.optional(),
});
export type CreateCommitment = z.infer<typeof CreateCommitment>;

/** Body of POST /api/commitments/{id}/done: when it was done (now when left out). */
export const CommitmentDone = z.object({ at: Instant.optional() });
export type CommitmentDone = z.infer<typeof CommitmentDone>;

/** Body of POST /api/commitments/{id}/renegotiate. */
export const RenegotiateCommitment = z.object({ dueAt: Instant, note: text(1000) });
export type RenegotiateCommitment = z.infer<typeof RenegotiateCommitment>;

export const CommitmentReply = z.object({
  commitment: Commitment,
  /** For a renegotiation: true when it was asked before the due time and counts as notice. */
  notice: z.boolean().optional(),
});
export type CommitmentReply = z.infer<typeof CommitmentReply>;

export const CommitmentList = z.object({ commitments: z.array(Commitment) });
export type CommitmentList = z.infer<typeof CommitmentList>;

/** Body of POST /api/outcomes/{id}/review (the hurt partner). */
export const ReviewOutcome = z.object({ review: Review, note: text(1000).optional() });
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

export const OutcomeReply = z.object({ outcome: OutcomeRecord });
export type OutcomeReply = z.infer<typeof OutcomeReply>;

// The menu of trust-building behaviours

export const MenuCost = z.enum(['low', 'high']);
export type MenuCost = z.infer<typeof MenuCost>;

export const MenuItem = z.object({
  id: z.string(),
  title: z.string(),
  cost: MenuCost,
  note: z.string().nullable(),
  createdAt: Instant,
  /** Promises made from this item. */
  promises: z.number().int().min(0),
  ...Authorship,
});
export type MenuItem = z.infer<typeof MenuItem>;

export const CreateMenuItem = z.object({ title: text(300), cost: MenuCost, note: text(1000).optional() });
export type CreateMenuItem = z.infer<typeof CreateMenuItem>;

export const MenuItemReply = z.object({ item: MenuItem });
export const MenuList = z.object({ items: z.array(MenuItem) });

// Plans

export const PlanUpdateKind = z.enum(['left', 'late', 'arrived']);
export type PlanUpdateKind = z.infer<typeof PlanUpdateKind>;

export const PlanUpdate = z.object({
  id: z.string(),
  kind: PlanUpdateKind,
  newEtaAt: Instant.nullable(),
  at: Instant,
  /** For `late`: sent before the time it replaced, so it counts as notice. */
  notice: z.boolean(),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;

export const Plan = z.object({
  id: z.string(),
  what: z.string(),
  where: z.string().nullable(),
  firstEtaAt: Instant,
  etaAt: Instant,
  status: z.enum(['open', 'arrived', 'missed']),
  outcome: OutcomeRecord.nullable(),
  updates: z.array(PlanUpdate),
  createdAt: Instant,
  ...Authorship,
});
export type Plan = z.infer<typeof Plan>;

export const CreatePlan = z.object({
  what: text(300),
  where: text(300).optional(),
  etaAt: Instant,
});
export type CreatePlan = z.infer<typeof CreatePlan>;

export const CreatePlanUpdate = z.object({ kind: PlanUpdateKind, newEtaAt: Instant.optional() });
export type CreatePlanUpdate = z.infer<typeof CreatePlanUpdate>;

export const PlanReply = z.object({ plan: Plan });
export type PlanReply = z.infer<typeof PlanReply>;
export const PlanList = z.object({ plans: z.array(Plan) });

// Updates and reassurance

export const ReassuranceMessage = z.object({
  id: z.string(),
  kind: z.enum(['update', 'ask']),
  text: z.string().nullable(),
  /** For an update: sent with no ask in the two hours before. */
  proactive: z.boolean().nullable(),
  at: Instant,
  ...Authorship,
});
export type ReassuranceMessage = z.infer<typeof ReassuranceMessage>;

/** Body of POST /api/updates (the repairing partner). */
export const CreateUpdate = z.object({ text: text(500) });
export const UpdateReply = z.object({ message: ReassuranceMessage });
/** Body of POST /api/reassurance/asks (the hurt partner): a note is optional. */
export const CreateAsk = z.object({ note: text(500).optional() });
export const MessageList = z.object({ messages: z.array(ReassuranceMessage) });

// Anxiety windows

export const AnxietyWindow = z.object({
  id: z.string(),
  kind: z.enum(['weekly', 'date']),
  weekday: z.number().int().min(0).max(6).nullable(),
  date: CalendarDate.nullable(),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  helps: z.string().nullable(),
  label: z.string().nullable(),
  /** The occurrence under way or next (null for a date that has passed). */
  startsAt: Instant.nullable(),
  endsAt: Instant.nullable(),
  active: z.boolean(),
  ...Authorship,
});
export type AnxietyWindow = z.infer<typeof AnxietyWindow>;

export const CreateAnxietyWindow = z
  .object({
    kind: z.enum(['weekly', 'date']),
    weekday: z.number().int().min(0).max(6).optional(),
    date: CalendarDate.optional(),
    start: WallTime,
    end: WallTime,
    timeZone: TimeZone,
    label: text(200).optional(),
    helps: text(1000).optional(),
  })
  .superRefine((w, ctx) => {
    if (w.kind === 'weekly' && w.weekday === undefined)
      ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'Choose a day of the week.' });
    if (w.kind === 'date' && w.date === undefined)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Choose a date.' });
    if (w.start === w.end)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end must differ from the start.' });
  });
export type CreateAnxietyWindow = z.infer<typeof CreateAnxietyWindow>;

export const AnxietyWindowReply = z.object({ window: AnxietyWindow });
export const AnxietyWindowList = z.object({ windows: z.array(AnxietyWindow) });

// Settings

export const ActionSettings = z.object({
  graceMinutes: z.number().int().min(0).max(MAX_GRACE_MINUTES),
  timeZone: TimeZone,
});
export type ActionSettings = z.infer<typeof ActionSettings>;
export const ActionSettingsReply = z.object({ settings: ActionSettings });

// The reliability ledger

export const LedgerWeek = z.object({
  weekStart: CalendarDate,
  kept: z.number().int(),
  renegotiated: z.number().int(),
  late: z.number().int(),
  missed: z.number().int(),
  disputed: z.number().int(),
});
export type LedgerWeek = z.infer<typeof LedgerWeek>;

export const LedgerQuery = z.object({ weeks: z.coerce.number().int().min(1).max(104).default(12) });

export const Ledger = z.object({
  weeks: z.array(LedgerWeek),
  /** Kept or changed with notice, over the weeks asked for; null when nothing fell due. */
  keptOrRenegotiatedRate: z.number().min(0).max(1).nullable(),
  rates: z.object({
    last4: z.number().nullable(),
    last12: z.number().nullable(),
    last52: z.number().nullable(),
  }),
});
export type Ledger = z.infer<typeof Ledger>;

// The four pillars

export const CreateRating = z.object({
  weekStart: CalendarDate,
  pillar: Pillar,
  score: z.number().int().min(1).max(5),
  note: text(300).optional(),
});
export type CreateRating = z.infer<typeof CreateRating>;

export const Rating = z.object({
  weekStart: CalendarDate,
  pillar: Pillar,
  score: z.number().int(),
  note: z.string().nullable(),
  ...Authorship,
});
export type Rating = z.infer<typeof Rating>;
export const RatingReply = z.object({ rating: Rating });

export const PillarsQuery = z.object({ weeks: z.coerce.number().int().min(1).max(104).default(12) });

/** The pillars dashboard: both partners' ratings side by side, each pillar with its own evidence. */
export const Pillars = z.object({
  weekStarts: z.array(CalendarDate),
  thisWeek: CalendarDate,
  ratings: z.array(Rating),
  evidence: z.object({
    honesty: z.object({
      daysSinceLastRevelation: z.number().int().nullable(),
      lateDisclosureCount: z.number().int(),
    }),
    responsibility: z.object({
      questionsAnswered: z.number().int(),
      questionsOpen: z.number().int(),
      oldestOpenDays: z.number().int().nullable(),
    }),
    empathy: z.object({
      alertsAcknowledged: z.number().int(),
      meanAckSeconds: z.number().int().nullable(),
      proactiveShare: z.number().nullable(),
    }),
    consistency: z.object({
      keptOrRenegotiatedRate: z.number().nullable(),
      weeks: z.array(LedgerWeek),
    }),
  }),
});
export type Pillars = z.infer<typeof Pillars>;
