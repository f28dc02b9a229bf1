import type { JournalEntry, JournalKey, SaveJournalEntry } from '@mend/contracts';
import { invalid, notFound } from '../../errors';
import type { JournalRow } from '../../repositories/feelings/journal';
import { type Actor, iso, newId, type ServiceDeps } from '../context';

const toEntry = (row: JournalRow): JournalEntry => ({
  id: row.id,
  ciphertext: row.ciphertext,
  iv: row.iv,
  keyId: row.key_id,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/**
 * The private journal. The server keeps ciphertext and wrapped key material it cannot open; it never
 * sees a passphrase, a key or a word of the entries (decision record 050).
 */
export function journalService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  const currentKey = async (userId: string): Promise<JournalKey | null> => {
    const row = await repos.feelingsSettings.find(userId);
    return row?.journal_key ? (JSON.parse(row.journal_key) as JournalKey) : null;
  };

  const requireKeyId = async (actor: Actor, keyId: string) => {
    const key = await currentKey(actor.userId);
    if (!key) throw invalid('keyId', 'Set up your journal’s passphrase first.');
    if (key.keyId !== keyId)
      throw invalid('keyId', 'This entry was sealed with a key this journal does not use.');
  };

  return {
    key: (actor: Actor) => currentKey(actor.userId),

    /** Sets the key material, or re-wraps the same key after a passphrase change or a recovery. */
    async setKey(actor: Actor, key: JournalKey): Promise<JournalKey> {
      const existing = await currentKey(actor.userId);
      const entries = existing ? await repos.journal.listByAuthor(actor.userId) : [];
      if (existing && existing.keyId !== key.keyId && entries.length > 0)
        throw invalid('keyId', 'Your journal already has entries sealed with another key; keep that key.');
      await repos.feelingsSettings.upsert(actor.userId, { journal_key: JSON.stringify(key) }, clock.now());
      return key;
    },

    async create(actor: Actor, input: SaveJournalEntry): Promise<JournalEntry> {
      await requireKeyId(actor, input.keyId);
      const now = clock.now();
      const row: JournalRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        visibility: 'private',
        ciphertext: input.ciphertext,
        iv: input.iv,
        key_id: input.keyId,
        created_at: now,
        updated_at: now,
      };
      await repos.journal.insert(row);
      return toEntry(row);
    },

    async list(actor: Actor): Promise<JournalEntry[]> {
      return (await repos.journal.listByAuthor(actor.userId)).map(toEntry);
    },

    async update(actor: Actor, id: string, input: SaveJournalEntry): Promise<JournalEntry> {
      if (!(await repos.journal.findByAuthor(id, actor.userId))) throw notFound();
      await requireKeyId(actor, input.keyId);
      const row = await repos.journal.update(id, actor.userId, {
        ciphertext: input.ciphertext,
        iv: input.iv,
        key_id: input.keyId,
        updated_at: clock.now(),
      });
      if (!row) throw notFound();
      return toEntry(row);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      if (!(await repos.journal.delete(id, actor.userId))) throw notFound();
    },
  };
}
