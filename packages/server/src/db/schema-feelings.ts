// Tables of the feelings feature; `Database` in schema.ts extends this interface.

type Visibility = 'private' | 'partner';

/** What every record with a person's words carries. */
interface Authored {
  id: string;
  /** The space it was written in; null when the author used Mend alone. */
  space_id: string | null;
  author_id: string;
  visibility: Visibility;
}

export interface AlertsTable extends Authored {
  /** JSON array of need codes. */
  needs: string;
  created_at: number;
  acked_at: number | null;
}

export interface MoodEntriesTable extends Authored {
  score: number;
  /** JSON array of emotion words. */
  emotions: string;
  created_at: number;
}

export interface TriggersTable extends Authored {
  kind: string;
  intensity: number;
  note: string | null;
  helped: string | null;
  occurred_at: number;
  created_at: number;
}

export interface JournalEntriesTable extends Authored {
  /** AES-256-GCM ciphertext with its tag, base64; the server never holds the key. */
  ciphertext: string;
  iv: string;
  key_id: string;
  created_at: number;
  updated_at: number;
}

export interface SupportContactsTable extends Authored {
  kind: string;
  name: string;
  how: string | null;
  note: string | null;
  created_at: number;
}

export interface HardDatesTable extends Authored {
  date: string;
  label: string;
  yearly: number;
  remind_days_before: number;
  created_at: number;
}

export interface FeelingsSettingsTable {
  user_id: string;
  share_moods_always: number;
  /** JSON of the wrapped journal key (opaque without the passphrase or recovery key). */
  journal_key: string | null;
  /** JSON of the self-care plan. */
  self_care: string | null;
  updated_at: number;
}

/** Every feelings table, as Kysely sees them. */
export interface FeelingsTables {
  alerts: AlertsTable;
  mood_entries: MoodEntriesTable;
  triggers: TriggersTable;
  journal_entries: JournalEntriesTable;
  support_contacts: SupportContactsTable;
  hard_dates: HardDatesTable;
  feelings_settings: FeelingsSettingsTable;
}
