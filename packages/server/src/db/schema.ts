import type { ColumnType, Generated } from 'kysely';
import type { ActionTables } from './schema-action';
import type { ConversationsTables } from './schema-conversations';
import type { FeelingsTables } from './schema-feelings';
import type { GroundworkTables } from './schema-groundwork';

// Instants are epoch milliseconds in a 64-bit integer on both engines; calendar dates are
// `YYYY-MM-DD` text; booleans are 0/1 integers; JSON is text (decision record 004).

export interface UsersTable {
  id: string;
  email: string;
  email_key: string;
  display_name: string;
  password_hash: string;
  feels_safe: 'yes' | 'no' | 'unsure' | null;
  fears_threats: number;
  fears_control: number;
  created_at: number;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface SpacesTable {
  id: string;
  discovered_on: string | null;
  created_at: number;
  /** Who left this space, space-separated ids (migration 0011); '' when nobody has. */
  former_members: ColumnType<string, string | undefined, string>;
}

export interface MembersTable {
  user_id: string;
  space_id: string;
  role: 'hurt' | 'repairing';
  joined_at: number;
}

export interface InvitesTable {
  code: string;
  space_id: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by: string | null;
}

export interface StatusesTable {
  id: string;
  space_id: string;
  author_id: string;
  text: string;
  visibility: 'private' | 'partner';
  created_at: number;
}

export interface AccessLogTable {
  id: string;
  space_id: string;
  owner_id: string;
  viewer_id: string;
  record_type: string;
  record_id: string;
  at: number;
}

export interface EventsTable {
  id: Generated<number>;
  user_id: string;
  type: string;
  payload: string;
  created_at: number;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  run_at: number;
  attempts: number;
  last_error: string | null;
  locked_until: number | null;
  locked_by: string | null;
  done_at: number | null;
  created_at: number;
}

export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: number;
  last_success_at: number | null;
  failures: number;
}

export interface AuthThrottleTable {
  key: string;
  count: number;
  reset_at: number;
}

/** Every table Mend keeps, as Kysely sees them. */
export interface Database extends GroundworkTables, FeelingsTables, ConversationsTables, ActionTables {
  users: UsersTable;
  sessions: SessionsTable;
  spaces: SpacesTable;
  members: MembersTable;
  invites: InvitesTable;
  statuses: StatusesTable;
  access_log: AccessLogTable;
  events: EventsTable;
  jobs: JobsTable;
  auth_throttle: AuthThrottleTable;
  push_subscriptions: PushSubscriptionsTable;
}
