/**
 * Who-is-signed-in data (users, members, spaces, sessions) changes rarely and is read by every
 * request; a session cache may keep it only while it learns of every change. `version` moves on
 * each change: in this process when a statement writing one of those tables is sent and again once
 * its transaction has ended (connect.ts), and from other processes when PostgreSQL delivers the
 * NOTIFY that a trigger on those tables sends on commit (migration 0010, the hub's LISTEN
 * connection). `listening` is true only while that LISTEN connection is up; without it nothing
 * may be cached.
 */
export class IdentityWatch {
  version = 0;
  listening = false;
  changed(): void {
    this.version++;
  }
}

/** The channel the identity trigger notifies (migration 0010). */
export const IDENTITY_CHANNEL = 'mend_identity';

/** A statement that writes one of the identity tables (Kysely quotes names; raw SQL may not). */
export const writesIdentity = (text: string): boolean =>
  /\b(?:insert\s+into|update|delete\s+from|truncate(?:\s+table)?)\s+"?(?:users|members|spaces|sessions)"?(?![\w"])/i.test(
    text,
  );
