import type { Repositories } from '../../repositories/index';
import { iso } from '../context';

/**
 * Everything of the feelings feature a person authored, for their export. The journal leaves as the
 * ciphertext the server holds, with its wrapped key: only the author's device can open it.
 */
export async function feelingsAuthoredBy(repos: Repositories, userId: string) {
  const settings = await repos.feelingsSettings.find(userId);
  return {
    alerts: (await repos.alerts.listByAuthor(userId)).map((r) => ({
      id: r.id,
      needs: JSON.parse(r.needs) as string[],
      sentAt: iso(r.created_at),
      ackedAt: r.acked_at === null ? null : iso(r.acked_at),
    })),
    moods: (await repos.moods.listByAuthor(userId)).map((r) => ({
      id: r.id,
      score: r.score,
      emotions: JSON.parse(r.emotions) as string[],
      visibility: r.visibility,
      at: iso(r.created_at),
    })),
    triggers: (await repos.triggers.listByAuthor(userId)).map((r) => ({
      id: r.id,
      kind: r.kind,
      intensity: r.intensity,
      note: r.note,
      helped: r.helped,
      occurredAt: iso(r.occurred_at),
    })),
    journal: {
      note: 'Encrypted on your device. Open Mend’s journal and choose “Export” to read it.',
      key: settings?.journal_key ? (JSON.parse(settings.journal_key) as unknown) : null,
      entries: (await repos.journal.listByAuthor(userId)).map((r) => ({
        id: r.id,
        ciphertext: r.ciphertext,
        iv: r.iv,
        keyId: r.key_id,
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
      })),
    },
    supportContacts: (await repos.supportContacts.listByAuthor(userId)).map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      how: r.how,
      note: r.note,
    })),
    selfCare: settings?.self_care ? (JSON.parse(settings.self_care) as unknown) : null,
    hardDates: (await repos.hardDates.listByAuthor(userId)).map((r) => ({
      id: r.id,
      date: r.date,
      label: r.label,
      yearly: r.yearly === 1,
      visibility: r.visibility,
    })),
  };
}

/** What `authorId` shared with `readerId` in the feelings feature, for the reader's export. */
export async function feelingsSharedWith(repos: Repositories, authorId: string, readerId: string) {
  const moods = (await repos.moods.listSharedWith(authorId, readerId)).map((r) => ({
    type: 'mood' as const,
    id: r.id,
    text: `${r.score}/10 ${(JSON.parse(r.emotions) as string[]).join(', ')}`.trim(),
    at: iso(r.created_at),
  }));
  const dates = (await repos.hardDates.listSharedWith(authorId, readerId)).map((r) => ({
    type: 'hard_date' as const,
    id: r.id,
    text: `${r.date}: ${r.label}`,
    at: iso(r.created_at),
  }));
  const alerts = (await repos.alerts.listForReader(readerId, 1000))
    .filter((r) => r.author_id === authorId)
    .map((r) => ({
      type: 'alert' as const,
      id: r.id,
      text: (JSON.parse(r.needs) as string[]).join(', '),
      at: iso(r.created_at),
    }));
  return [...moods, ...dates, ...alerts];
}
