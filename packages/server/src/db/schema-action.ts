// Tables of consistent action (promises, plans, reassurance, the ledger, the pillars); `Database`
// in schema.ts extends this interface.

type Visibility = 'private' | 'partner';
type Outcome = 'kept' | 'renegotiated' | 'late' | 'missed';

interface Authored {
  id: string;
  space_id: string;
  author_id: string;
  visibility: Visibility;
}

/** The couple's settings for promises: how long after a due time a silent promise counts as missed. */
export interface ActionSettingsTable {
  space_id: string;
  grace_minutes: number;
  time_zone: string;
  updated_at: number;
}

/** A trust-building behaviour the hurt partner would value, low-cost or high-cost. */
export interface MenuItemsTable extends Authored {
  title: string;
  cost: 'low' | 'high';
  note: string | null;
  created_at: number;
  archived_at: number | null;
}

/** A promise; for a recurring one, `due_at` is the next due time. */
export interface CommitmentsTable extends Authored {
  title: string;
  recurrence: 'daily' | 'weekdays' | 'weekly' | null;
  /** The agreed wall-clock time `HH:MM`, so recurring due times never drift across DST. */
  local_time: string;
  time_zone: string;
  menu_item_id: string | null;
  status: 'pending' | 'renegotiated' | 'done' | 'missed' | 'ended';
  /** When the open due time is; the missed job looks at due_at + grace. Null once settled. */
  due_at: number | null;
  /** The time "done" is measured against: a change asked after the due time does not move it. */
  promised_at: number | null;
  outcome: Outcome | null;
  created_at: number;
  updated_at: number;
}

export interface PlansTable extends Authored {
  what: string;
  where_text: string | null;
  first_eta_at: number;
  eta_at: number;
  /** 1 while every "running late" came before the time it replaced. */
  notice_given: number;
  status: 'open' | 'arrived' | 'missed';
  created_at: number;
  updated_at: number;
}

export interface PlanUpdatesTable extends Authored {
  plan_id: string;
  kind: 'left' | 'late' | 'arrived';
  new_eta_at: number | null;
  notice: number;
  created_at: number;
}

/** One settled due time of a promise or a plan: an entry of the ledger. */
export interface OutcomesTable extends Authored {
  source: 'commitment' | 'plan';
  source_id: string;
  title: string;
  due_at: number;
  outcome: Outcome;
  at: number;
  week_start: string;
  review: 'confirmed' | 'disputed' | null;
  review_note: string | null;
  reviewed_at: number | null;
  created_at: number;
}

/** What happened to a promise or a plan, in order: made, changed, done, missed, reviewed. */
export interface ActionEventsTable extends Authored {
  subject_id: string;
  kind: string;
  due_at: number | null;
  note: string | null;
  created_at: number;
}

/** A quick update from the repairing partner, or an ask for reassurance from the hurt partner. */
export interface ReassuranceMessagesTable extends Authored {
  kind: 'update' | 'ask';
  text: string | null;
  proactive: number | null;
  week_start: string;
  created_at: number;
}

export interface AnxietyWindowsTable extends Authored {
  kind: 'weekly' | 'date';
  weekday: number | null;
  date: string | null;
  start_time: string;
  end_time: string;
  time_zone: string;
  label: string | null;
  helps: string | null;
  created_at: number;
}

export interface PillarRatingsTable extends Authored {
  week_start: string;
  pillar: 'honesty' | 'responsibility' | 'empathy' | 'consistency';
  score: number;
  note: string | null;
  created_at: number;
  updated_at: number;
}

/** Weekly counts per space, changed by differences in the same transaction as each entry. */
export interface WeeklyRollupsTable {
  space_id: string;
  week_start: string;
  kept: number;
  renegotiated: number;
  late: number;
  missed: number;
  disputed: number;
  proactive: number;
  asked: number;
  acks: number;
  ack_seconds: number;
  answered: number;
}

export interface ActionTables {
  action_settings: ActionSettingsTable;
  menu_items: MenuItemsTable;
  commitments: CommitmentsTable;
  plans: PlansTable;
  plan_updates: PlanUpdatesTable;
  outcomes: OutcomesTable;
  action_events: ActionEventsTable;
  reassurance_messages: ReassuranceMessagesTable;
  anxiety_windows: AnxietyWindowsTable;
  pillar_ratings: PillarRatingsTable;
  weekly_rollups: WeeklyRollupsTable;
}
