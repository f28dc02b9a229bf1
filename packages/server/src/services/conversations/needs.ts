import type { CreateNeed, Need } from '@mend/contracts';
import { conflict, forbidden, notFound } from '../../errors';
import type { NeedRow } from '../../repositories/conversations/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, logViews, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';
import { partnerOf } from './questions';

type People = Awaited<ReturnType<typeof spacePeople>>;

function toNeed(actor: SpaceActor, row: NeedRow, people: People): Need {
  return {
    id: row.id,
    kind: row.kind,
    note: row.note,
    status: row.status,
    createdAt: iso(row.created_at),
    acknowledgedAt: row.acknowledged_at === null ? null : iso(row.acknowledged_at),
    answer: row.answer,
    answeredAt: row.answered_at === null ? null : iso(row.answered_at),
    toMe: row.recipient_id === actor.userId,
    ...people.authorship(row.author_id),
  };
}

/** "Say what you need": either partner asks for something; the other acknowledges it, then answers. */
export function needsService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function present(actor: SpaceActor, id: string): Promise<Need> {
    const row = await repos.needs.findReadable(id, actor.spaceId, actor.userId);
    if (!row) throw notFound();
    return toNeed(actor, row, await spacePeople(repos, actor));
  }

  async function toMe(actor: Actor, id: string) {
    const a = requireSpace(actor);
    const row = await repos.needs.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    if (row.recipient_id !== a.userId) throw forbidden('Only the partner who was asked can do this.');
    return { a, row };
  }

  return {
    async create(actor: Actor, input: CreateNeed): Promise<Need> {
      const a = requireSpace(actor);
      const partner = await partnerOf(repos, a);
      if (!partner) throw conflict('wrong_state', 'Requests go to your partner; invite them first.');
      const row: NeedRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        recipient_id: partner.user_id,
        kind: input.kind,
        note: input.note ?? null,
        status: 'open',
        acknowledged_at: null,
        answer: null,
        answered_at: null,
        created_at: clock.now(),
      };
      await commitAndTell(deps, [partner.user_id], 'need_sent', { needId: row.id, kind: row.kind }, (tx) =>
        tx.needs.insert(row),
      );
      return present(a, row.id);
    },

    async list(actor: Actor): Promise<Need[]> {
      const a = requireSpace(actor);
      const rows = await repos.needs.listReadable(a.spaceId, a.userId);
      const people = await spacePeople(repos, a);
      await logViews(deps, a, 'need', rows);
      return rows.map((r) => toNeed(a, r, people)).reverse();
    },

    async acknowledge(actor: Actor, id: string): Promise<Need> {
      const { a, row } = await toMe(actor, id);
      if (row.status !== 'open') return present(a, id);
      await commitAndTell(deps, [row.author_id], 'need_acknowledged', { needId: id }, (tx) =>
        tx.needs.update(id, ['open'], { status: 'acknowledged', acknowledged_at: clock.now() }),
      );
      return present(a, id);
    },

    async answer(actor: Actor, id: string, text: string): Promise<Need> {
      const { a, row } = await toMe(actor, id);
      const now = clock.now();
      await commitAndTell(deps, [row.author_id], 'need_answered', { needId: id }, async (tx) => {
        const changed = await tx.needs.update(id, ['open', 'acknowledged'], {
          status: 'answered',
          acknowledged_at: row.acknowledged_at ?? now,
          answer: text,
          answered_at: now,
        });
        if (!changed) throw conflict('wrong_state', 'This request was already answered.');
      });
      return present(a, id);
    },
  };
}
