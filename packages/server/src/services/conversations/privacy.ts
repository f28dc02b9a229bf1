import type { Repositories } from '../../repositories/index';
import { iso } from '../context';

/** Makes every conversations record the author shared private again. */
export async function unshareConversations(repos: Repositories, authorId: string): Promise<number> {
  const counts = await Promise.all([
    repos.questions.unshareAll(authorId),
    repos.questionAnswers.unshareAll(authorId),
    repos.needs.unshareAll(authorId),
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
  };
}
