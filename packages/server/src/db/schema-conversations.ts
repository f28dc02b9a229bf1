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

export interface ConversationsTables {
  questions: QuestionsTable;
  question_answers: QuestionAnswersTable;
  check_in_schedules: CheckInSchedulesTable;
  needs: NeedsTable;
}
