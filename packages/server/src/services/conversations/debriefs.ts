import type { Debrief, DebriefSettings, DebriefSettingsReply, ReplyDebrief } from '@mend/contracts';
import { debriefAfterReply, localDay, nextDebriefAt } from '@mend/domain';
import { conflict, forbidden, notFound } from '../../errors';
import type { DebriefRow } from '../../repositories/conversations/index';
import type { Repositories } from '../../repositories/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';

/** The job that prompts the repairing partner each evening. */
export const DEBRIEF_JOB = 'debrief_prompt';
/** What the job carries: the space, and the token of the settings it was scheduled for. */
export interface DebriefJob {
  spaceId: string;
  token: string;
}

type People = Awaited<ReturnType<typeof spacePeople>>;

async function toDebrief(
  repos: Repositories,
  a: SpaceActor,
  row: DebriefRow,
  people: People,
): Promise<Debrief> {
  const [answer] = await repos.debriefAnswers.listFor(row.id, a.userId);
  return {
    id: row.id,
    day: row.day,
    status: row.status,
    promptedAt: iso(row.created_at),
    askedAt: row.asked_at === null ? null : iso(row.asked_at),
    answer: answer?.text ?? null,
    iAsk: row.author_id === a.userId,
    askerName: people.nameOf(row.author_id),
  };
}

/**
 * The evening debrief: at the time the couple chose, the repairing partner is prompted (a live event
 * and a card on Today); they send the ask; the hurt partner answers, skips, or says "not tonight".
 * Nothing follows a skip: no reminder, no second ask.
 */
export function debriefsService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function load(actor: Actor, id: string) {
    const a = requireSpace(actor);
    const row = await repos.debriefs.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    return { a, row, people: await spacePeople(repos, a) };
  }

  async function present(a: SpaceActor, id: string): Promise<Debrief> {
    const row = await repos.debriefs.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    return toDebrief(repos, a, row, await spacePeople(repos, a));
  }

  return {
    async setSettings(actor: Actor, input: DebriefSettings): Promise<DebriefSettingsReply['settings']> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      if (people.partnerIds.length === 0)
        throw conflict('wrong_state', 'The debrief is for the two of you; invite your partner first.');
      const now = clock.now();
      const token = newId();
      const nextAt = nextDebriefAt(input.time, input.timeZone, now);
      await commitAndTell(deps, people.partnerIds, 'debrief_set', {}, async (tx) => {
        await tx.debriefSettings.put({
          space_id: a.spaceId,
          author_id: a.userId,
          time: input.time,
          time_zone: input.timeZone,
          job_token: token,
          updated_at: now,
        });
        const job: DebriefJob = { spaceId: a.spaceId, token };
        if (nextAt !== null) await tx.jobs.enqueue(DEBRIEF_JOB, job, nextAt, now);
      });
      return { ...input, nextAt: nextAt === null ? null : iso(nextAt) };
    },

    async settings(actor: Actor): Promise<DebriefSettingsReply['settings']> {
      const a = requireSpace(actor);
      const row = await repos.debriefSettings.find(a.spaceId);
      if (!row) return null;
      const nextAt = nextDebriefAt(row.time, row.time_zone, clock.now());
      return { time: row.time, timeZone: row.time_zone, nextAt: nextAt === null ? null : iso(nextAt) };
    },

    /** Stops the evening prompts; the waiting job finds no settings and stops too. */
    async stop(actor: Actor): Promise<void> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'debrief_set', {}, (tx) =>
        tx.debriefSettings.remove(a.spaceId),
      );
    },

    /**
     * The job: one prompt per repairing partner per local evening, then the next evening's job. A job
     * whose token no longer matches the settings was replaced, and ends here.
     */
    async prompt(job: DebriefJob): Promise<void> {
      const settings = await repos.debriefSettings.find(job.spaceId);
      if (!settings || settings.job_token !== job.token) return;
      const now = clock.now();
      const members = await repos.spaces.listMembers(job.spaceId);
      const day = localDay(now, settings.time_zone);
      const deliveries: (() => void)[] = [];
      await repos.transaction(async (tx) => {
        // A transaction may run more than once (repositories/index.ts); only the last run's count.
        deliveries.length = 0;
        for (const asker of members.filter((m) => m.role === 'repairing')) {
          const other = members.find((m) => m.user_id !== asker.user_id);
          if (!other) continue;
          const row: DebriefRow = {
            id: newId(),
            space_id: job.spaceId,
            author_id: asker.user_id,
            // Private until it is asked: the hurt partner never sees a prompt that was not sent.
            visibility: 'private',
            recipient_id: other.user_id,
            day,
            status: 'due',
            created_at: now,
            asked_at: null,
            settled_at: null,
          };
          if (await tx.debriefs.insertOnce(row))
            deliveries.push(await deps.hub.stage(tx, [asker.user_id], 'debrief_due', { debriefId: row.id }));
        }
        const next = nextDebriefAt(settings.time, settings.time_zone, now);
        if (next !== null) await tx.jobs.enqueue(DEBRIEF_JOB, job, next, now);
      });
      for (const deliver of deliveries) deliver();
    },

    /** The newest debriefs the caller asks or is asked, newest first (a week or two). */
    async list(actor: Actor): Promise<Debrief[]> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      const rows = await repos.debriefs.listRecent(a.spaceId, a.userId, 14);
      return Promise.all(rows.map((r) => toDebrief(repos, a, r, people)));
    },

    async ask(actor: Actor, id: string): Promise<Debrief> {
      const { a, row } = await load(actor, id);
      if (row.author_id !== a.userId) throw forbidden('Your partner sends this question; you answer it.');
      const now = clock.now();
      await commitAndTell(deps, [row.recipient_id], 'debrief_asked', { debriefId: id }, async (tx) => {
        const asked = await tx.debriefs.setStatus(id, 'due', {
          status: 'asked',
          asked_at: now,
          visibility: 'partner',
        });
        if (!asked) throw conflict('wrong_state', 'You have asked already this evening.');
      });
      return present(a, id);
    },

    async reply(actor: Actor, id: string, input: ReplyDebrief): Promise<Debrief> {
      const { a, row } = await load(actor, id);
      if (row.recipient_id !== a.userId) throw forbidden('Only the partner who was asked replies.');
      const next = debriefAfterReply(row.status, input.kind);
      if (!next.ok) throw conflict('wrong_state', 'This evening’s question has had its reply.');
      const now = clock.now();
      await commitAndTell(
        deps,
        [row.author_id],
        'debrief_replied',
        { debriefId: id, reply: input.kind },
        async (tx) => {
          if (!(await tx.debriefs.setStatus(id, 'asked', { status: next.status, settled_at: now })))
            throw conflict('wrong_state', 'This evening’s question has had its reply.');
          if (input.kind === 'answer')
            await tx.debriefAnswers.insert({
              id: newId(),
              space_id: a.spaceId,
              author_id: a.userId,
              visibility: 'partner',
              debrief_id: id,
              text: input.text,
              created_at: now,
            });
        },
      );
      return present(a, id);
    },
  };
}
