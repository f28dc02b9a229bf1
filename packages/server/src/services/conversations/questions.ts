import type { AskQuestion, Question } from '@mend/contracts';
import {
  deltasFor,
  findAskedBefore,
  mayAsk,
  questionAgeDays,
  questionWarnings,
  weekStartOf,
} from '@mend/domain';
import { conflict, forbidden, notFound } from '../../errors';
import type { QuestionAnswerRow, QuestionRow } from '../../repositories/conversations/index';
import type { Repositories } from '../../repositories/index';
import { settingsOf } from '../action/shared';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, logViews, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';

type People = Awaited<ReturnType<typeof spacePeople>>;

const toAnswer = (a: QuestionAnswerRow) => ({ id: a.id, text: a.text, at: iso(a.created_at) });

/** The partner the caller would ask, with their role; null when the caller is alone in the space. */
export async function partnerOf(repos: Repositories, actor: SpaceActor) {
  const members = await repos.spaces.listMembers(actor.spaceId);
  return members.find((m) => m.user_id !== actor.userId) ?? null;
}

/** Everything needed to show questions: the readable questions by id and their answers. */
async function context(repos: Repositories, actor: SpaceActor) {
  const [rows, answers, people] = await Promise.all([
    repos.questions.listReadable(actor.spaceId, actor.userId),
    repos.questionAnswers.listReadable(actor.spaceId, actor.userId),
    spacePeople(repos, actor),
  ]);
  const answersOf = new Map<string, QuestionAnswerRow[]>();
  for (const a of answers) answersOf.set(a.question_id, [...(answersOf.get(a.question_id) ?? []), a]);
  return { rows, byId: new Map(rows.map((r) => [r.id, r])), answersOf, people };
}
type Context = Awaited<ReturnType<typeof context>>;

function toQuestion(
  actor: SpaceActor,
  row: QuestionRow,
  ctx: Context & { people: People },
  now: number,
): Question {
  const [answer, ...additions] = ctx.answersOf.get(row.id) ?? [];
  const earlier = row.asked_before_id ? ctx.byId.get(row.asked_before_id) : undefined;
  const earlierAnswer = earlier ? ctx.answersOf.get(earlier.id)?.[0] : undefined;
  const { mine, authorName } = ctx.people.authorship(row.author_id);
  return {
    id: row.id,
    text: row.text,
    category: row.category,
    status: row.status,
    askedAt: iso(row.created_at),
    ageDays: questionAgeDays(row.created_at, row.settled_at ?? now),
    ...(answer ? { answer: toAnswer(answer) } : {}),
    additions: additions.map(toAnswer),
    declineReason: row.decline_reason,
    askedBefore: earlier
      ? {
          questionId: earlier.id,
          text: earlier.text,
          askedAt: iso(earlier.created_at),
          answer: earlierAnswer ? toAnswer(earlierAnswer) : null,
        }
      : null,
    warnings: mine ? questionWarnings(row.text) : [],
    toMe: row.recipient_id === actor.userId,
    mine,
    authorName,
  };
}

/**
 * The question queue: the hurt partner asks (in a space of two hurt or two repairing partners, each
 * asks the other); the partner who was asked answers, declines with a reason or keeps it for a talk.
 * Answers never change: answering again adds to the answer.
 */
export function questionsService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function present(actor: SpaceActor, id: string): Promise<Question> {
    const ctx = await context(repos, actor);
    const row = ctx.byId.get(id);
    if (!row) throw notFound();
    return toQuestion(actor, row, ctx, clock.now());
  }

  async function asked(actor: Actor, id: string) {
    const a = requireSpace(actor);
    const row = await repos.questions.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    return { a, row };
  }

  async function askedOfMe(actor: Actor, id: string) {
    const { a, row } = await asked(actor, id);
    if (row.recipient_id !== a.userId) throw forbidden('Only the partner who was asked can do this.');
    return { a, row };
  }

  return {
    async ask(actor: Actor, input: AskQuestion): Promise<Question> {
      const a = requireSpace(actor);
      const partner = await partnerOf(repos, a);
      if (!partner) throw conflict('wrong_state', 'Questions go to your partner; invite them first.');
      if (!mayAsk(a.role, partner.role))
        throw forbidden('In this space the questions come from your partner; you answer them.');
      const answered = (await repos.questions.listReadable(a.spaceId, a.userId)).filter(
        (q) => q.status === 'answered',
      );
      const now = clock.now();
      const row: QuestionRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        recipient_id: partner.user_id,
        text: input.text,
        category: input.category ?? null,
        status: 'open',
        decline_reason: null,
        asked_before_id: findAskedBefore(input.text, answered)?.id ?? null,
        created_at: now,
        settled_at: null,
        updated_at: now,
      };
      await commitAndTell(deps, [partner.user_id], 'question_asked', { questionId: row.id }, (tx) =>
        tx.questions.insert(row),
      );
      return present(a, row.id);
    },

    async list(actor: Actor): Promise<Question[]> {
      const a = requireSpace(actor);
      const ctx = await context(repos, a);
      await logViews(deps, a, 'question', ctx.rows);
      const now = clock.now();
      return ctx.rows.map((r) => toQuestion(a, r, ctx, now)).reverse();
    },

    /** The answer in writing; once answered, another answer is kept as an addition. */
    async answer(actor: Actor, id: string, text: string): Promise<Question> {
      const { a, row } = await askedOfMe(actor, id);
      const now = clock.now();
      await commitAndTell(deps, [row.author_id], 'question_answered', { questionId: id }, async (tx) => {
        await tx.questionAnswers.insert({
          id: newId(),
          space_id: a.spaceId,
          author_id: a.userId,
          visibility: 'partner',
          question_id: id,
          text,
          created_at: now,
        });
        const first = await tx.questions.setStatus(id, ['open', 'follow_up', 'declined'], {
          status: 'answered',
          settled_at: now,
          updated_at: now,
        });
        // The first answer counts in the week's roll-up (the pillars show answers without reading history).
        if (first && row.visibility === 'partner') {
          const { timeZone } = await settingsOf(tx, a.spaceId);
          await tx.rollups.add(
            a.spaceId,
            deltasFor(null, { weekStart: weekStartOf(now, timeZone), kind: 'answer' }),
          );
        }
      });
      return present(a, id);
    },

    async decline(actor: Actor, id: string, reason: string): Promise<Question> {
      const { a, row } = await askedOfMe(actor, id);
      const now = clock.now();
      await commitAndTell(deps, [row.author_id], 'question_declined', { questionId: id }, async (tx) => {
        const changed = await tx.questions.setStatus(id, ['open', 'follow_up'], {
          status: 'declined',
          decline_reason: reason,
          settled_at: now,
          updated_at: now,
        });
        // Thrown inside the transaction: nothing is written and no event is sent.
        if (!changed) throw conflict('wrong_state', 'This question was already answered or declined.');
      });
      return present(a, id);
    },

    /** Keeps a question for the next check-in; either partner may. */
    async followUp(actor: Actor, id: string): Promise<Question> {
      const { a, row } = await asked(actor, id);
      if (row.status === 'follow_up') return present(a, id);
      const other = row.author_id === a.userId ? row.recipient_id : row.author_id;
      await commitAndTell(deps, [other], 'question_follow_up', { questionId: id }, async (tx) => {
        const changed = await tx.questions.setStatus(id, ['open'], {
          status: 'follow_up',
          updated_at: clock.now(),
        });
        if (!changed) throw conflict('wrong_state', 'Only an open question can be kept for a talk.');
      });
      return present(a, id);
    },

    /** Open questions and those kept for a talk, oldest first: the check-in's agenda. */
    async waiting(actor: SpaceActor): Promise<QuestionRow[]> {
      return (await repos.questions.listReadable(actor.spaceId, actor.userId)).filter(
        (q) => q.status === 'open' || q.status === 'follow_up',
      );
    },
  };
}
