import type { Repositories } from '../../repositories/index';
import { iso } from '../context';
import {
  sessionRecordsAuthoredBy,
  sessionRecordsSharedWith,
  unshareSessionRecords,
} from './sessions-privacy';

/** Makes every conversations record the author shared private again. */
export async function unshareConversations(repos: Repositories, authorId: string): Promise<number> {
  const counts = await Promise.all([
    repos.questions.unshareAll(authorId),
    repos.questionAnswers.unshareAll(authorId),
    repos.needs.unshareAll(authorId),
    unshareSessionRecords(repos, authorId),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** Everything of the conversations feature a person authored, for their export. */
export async function conversationsAuthoredBy(repos: Repositories, userId: string) {
  return {
    questions: (await repos.questions.listByAuthor(userId)).map((r) => ({
      id: r.id,
      text: r.text,
      category: r.category,
      status: r.status,
      declineReason: r.decline_reason,
      askedAt: iso(r.created_at),
    })),
    questionAnswers: (await repos.questionAnswers.listByAuthor(userId)).map((r) => ({
      id: r.id,
      questionId: r.question_id,
      text: r.text,
      at: iso(r.created_at),
    })),
    needs: (await repos.needs.listByAuthor(userId)).map((r) => ({
      id: r.id,
      kind: r.kind,
      note: r.note,
      status: r.status,
      answer: r.answer,
      at: iso(r.created_at),
    })),
    checkInSchedules: (await repos.checkInSchedules.listByAuthor(userId)).map((r) => ({
      weekdays: JSON.parse(r.weekdays) as number[],
      time: r.time,
      minutes: r.minutes,
      timeZone: r.time_zone,
    })),
    ...(await sessionRecordsAuthoredBy(repos, userId)),
  };
}

/** What the partner shared with the reader in conversations (questions, answers, needs), for the reader's export. */
export async function conversationsSharedWith(repos: Repositories, readerId: string, spaceId: string) {
  const shared: Record<string, unknown>[] = [];
  for (const row of await repos.questions.listReadable(spaceId, readerId)) {
    if (row.author_id !== readerId)
      shared.push({
        type: 'question',
        id: row.id,
        text: row.text,
        status: row.status,
        at: iso(row.created_at),
      });
  }
  for (const row of await repos.questionAnswers.listReadable(spaceId, readerId)) {
    if (row.author_id !== readerId)
      shared.push({
        type: 'questionAnswer',
        id: row.id,
        questionId: row.question_id,
        text: row.text,
        at: iso(row.created_at),
      });
  }
  for (const row of await repos.needs.listReadable(spaceId, readerId)) {
    if (row.author_id !== readerId)
      shared.push({
        type: 'need',
        id: row.id,
        kind: row.kind,
        note: row.note,
        status: row.status,
        at: iso(row.created_at),
      });
  }
  shared.push(...(await sessionRecordsSharedWith(repos, readerId, spaceId)));
  return shared;
}
