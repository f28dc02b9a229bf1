// Tables of the conversations feature; `Database` in schema.ts extends this interface.

type QuestionCategory = 'timeline' | 'relationship' | 'secrecy' | 'now';
type QuestionStatus = 'open' | 'answered' | 'declined' | 'follow_up';
type NeedKind = 'detail' | 'reassurance' | 'space' | 'closeness' | 'action';
type NeedStatus = 'open' | 'acknowledged' | 'answered';
type Visibility = 'private' | 'partner';

/** What every record with a person's words carries. */
interface Authored {
  id: string;
  space_id: string;
  author_id: string;
  visibility: Visibility;
}

export interface QuestionsTable extends Authored {
  /** The partner who was asked. */
  recipient_id: string;
  text: string;
  category: QuestionCategory | null;
  status: QuestionStatus;
  decline_reason: string | null;
  /** The earlier answered question this one repeats, found when it was asked. */
  asked_before_id: string | null;
  created_at: number;
  /** When it was answered or declined; null while open or kept for a talk. */
  settled_at: number | null;
  updated_at: number;
}

/** The answer to a question and any later additions, oldest first; never changed. */
export interface QuestionAnswersTable extends Authored {
  question_id: string;
  text: string;
  created_at: number;
}

/** One agreed check-in series per space (no words: days, a time, a length, a time zone). */
export interface CheckInSchedulesTable {
  space_id: string;
  /** Who set it last. */
  author_id: string;
  /** JSON array of weekdays, 0 = Sunday. */
  weekdays: string;
  time: string;
  minutes: number;
  time_zone: string;
  updated_at: number;
  /** Carried by the reminder job (migration 0007); a job with another token was replaced. */
  reminder_token: string | null;
}

export interface NeedsTable extends Authored {
  recipient_id: string;
  kind: NeedKind;
  note: string | null;
  status: NeedStatus;
  acknowledged_at: number | null;
  answer: string | null;
  answered_at: number | null;
  created_at: number;
}

type SessionStep = 'appreciations' | 'went_well' | 'topic' | 'turns' | 'closing';
type DebriefStatus = 'due' | 'asked' | 'answered' | 'skipped' | 'not_tonight';

/** A live check-in session (no words: steps, turns and times); shared with the partner. */
export interface CheckInSessionsTable extends Authored {
  status: 'open' | 'ended';
  step: SessionStep;
  speaker_id: string | null;
  /** 1 once the listener has summarised the current speaker. */
  summarised: number;
  turn_started_at: number | null;
  turn_seconds: number;
  topic_question_id: string | null;
  /** The time box, from the schedule when there is one. */
  minutes: number;
  /** Bumped on every change, so two devices pressing at once change it once. */
  version: number;
  created_at: number;
  ended_at: number | null;
  updated_at: number;
}

/** A note taken during a session, shared with the partner. */
export interface CheckInNotesTable extends Authored {
  session_id: string;
  text: string;
  created_at: number;
}

/** How heard its author felt in a session (1–5): always private, never shown to the partner. */
export interface CheckInHeardTable extends Authored {
  session_id: string;
  score: number;
  created_at: number;
}

/** A repair after a bad moment; `about` is an optional short label from whoever began it. */
export interface RepairsTable extends Authored {
  about: string | null;
  created_at: number;
}

/** One partner's side of a repair, and later their summary of the other's reality. */
export interface RepairSidesTable extends Authored {
  repair_id: string;
  /** JSON array of feelings from the list. */
  feelings: string;
  reality: string;
  trigger: string;
  owns: string;
  next_time: string;
  summary_of_other: string | null;
  summarised_at: number | null;
  created_at: number;
}

/** When the evening debrief prompt comes, one per space (no words). */
export interface DebriefSettingsTable {
  space_id: string;
  author_id: string;
  time: string;
  time_zone: string;
  /** Carried by the prompt job; a job with another token was replaced by a later setting. */
  job_token: string;
  updated_at: number;
}

/** One evening's debrief: prompted to the repairing partner (the author), asked of the recipient. */
export interface DebriefsTable extends Authored {
  recipient_id: string;
  /** The local day of the prompt, `YYYY-MM-DD`: one per evening. */
  day: string;
  status: DebriefStatus;
  created_at: number;
  asked_at: number | null;
  settled_at: number | null;
}

/** The hurt partner's answer to an evening's debrief. */
export interface DebriefAnswersTable extends Authored {
  debrief_id: string;
  text: string;
  created_at: number;
}

/** A private reflection on remorse and regret; visibility is always `private`. */
export interface ReflectionsTable extends Authored {
  prompt_id: string;
  text: string;
  created_at: number;
}

export interface ConversationsTables {
  questions: QuestionsTable;
  question_answers: QuestionAnswersTable;
  check_in_schedules: CheckInSchedulesTable;
  needs: NeedsTable;
  check_in_sessions: CheckInSessionsTable;
  check_in_notes: CheckInNotesTable;
  check_in_heard: CheckInHeardTable;
  repairs: RepairsTable;
  repair_sides: RepairSidesTable;
  debrief_settings: DebriefSettingsTable;
  debriefs: DebriefsTable;
  debrief_answers: DebriefAnswersTable;
  reflections: ReflectionsTable;
}
