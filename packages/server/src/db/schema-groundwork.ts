// Tables of the groundwork feature; `Database` in schema.ts extends this interface.
// Instants are epoch ms, booleans 0/1, JSON as text (decision record 004).

type Shared = 'private' | 'partner';

interface Authored {
  space_id: string;
  author_id: string;
}

export interface LettersTable extends Authored {
  id: string;
  kind: 'apology' | 'impact' | 'amends';
  text: string;
  status: 'draft' | 'sent';
  visibility: Shared;
  amends_id: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface ApologyResponsesTable extends Authored {
  id: string;
  letter_id: string;
  kind: 'received' | 'incomplete';
  text: string | null;
  visibility: Shared;
  created_at: number;
}

export interface DisclosuresTable extends Authored {
  id: string;
  text: string;
  /** JSON array of topic codes. */
  topics: string;
  late: number;
  visibility: Shared;
  created_at: number;
}

export interface ChannelsTable extends Authored {
  id: string;
  channel: string;
  how: string;
  visibility: Shared;
  created_at: number;
}

export interface AttemptsTable extends Authored {
  id: string;
  channel: string;
  note: string | null;
  occurred_at: number;
  visibility: Shared;
  created_at: number;
}

export interface TransparencyItemsTable extends Authored {
  id: string;
  kind: string;
  description: string;
  ends_on: string;
  review_on: string;
  status: 'offered' | 'active' | 'paused' | 'ended';
  status_by: string | null;
  ended_reason: 'withdrawn' | 'declined' | 'expired' | 'replaced' | 'reset' | null;
  replaces_id: string | null;
  accepted_at: number | null;
  visibility: Shared;
  created_at: number;
  updated_at: number;
}

export interface SessionsTable extends Authored {
  id: string;
  at: number;
  note: string | null;
  visibility: Shared;
  created_at: number;
}

/** A one-off fact per author and space (disclosure complete, no contact confirmed). */
export interface MarkTable extends Authored {
  at: number;
  /** Shared when made; private after a safety reset, leaving, or someone new joining. */
  visibility: Shared;
}

/** A named person per author and space (the ally, the counsellor). */
export interface NamedTable extends Authored {
  name: string;
  contact: string | null;
  visibility: Shared;
  created_at: number;
}

/** Every groundwork table, as Kysely sees them. */
export interface GroundworkTables {
  letters: LettersTable;
  apology_responses: ApologyResponsesTable;
  disclosures: DisclosuresTable;
  disclosure_completions: MarkTable;
  no_contact_channels: ChannelsTable;
  contact_attempts: AttemptsTable;
  no_contact_confirmations: MarkTable;
  transparency_items: TransparencyItemsTable;
  allies: NamedTable;
  counsellors: NamedTable;
  counselling_sessions: SessionsTable;
}
