import type { AddSession, Counselling, CounsellingSession, SetCounsellor } from '@mend/contracts';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, spacePeople } from './shared';

type SessionRow = Awaited<ReturnType<ServiceDeps['repos']['counsellingSessions']['listReadable']>>[number];
type People = Awaited<ReturnType<typeof spacePeople>>;

const toSession = (r: SessionRow, people: People): CounsellingSession => ({
  id: r.id,
  at: iso(r.at),
  note: r.note,
  ...people.authorship(r.author_id),
});

/** The couple's counsellor and session dates; either partner may keep them. */
export function counsellingService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  return {
    async get(actor: Actor): Promise<Counselling> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      const [counsellor] = await repos.counsellors.listReadable(a.spaceId, a.userId);
      const rows = (await repos.counsellingSessions.listReadable(a.spaceId, a.userId)).sort(
        (x, y) => x.at - y.at,
      );
      const now = clock.now();
      const next = rows.find((r) => r.at >= now);
      return {
        counsellor: counsellor
          ? { name: counsellor.name, contact: counsellor.contact, ...people.authorship(counsellor.author_id) }
          : null,
        sessions: rows.map((r) => toSession(r, people)),
        next: next ? toSession(next, people) : null,
      };
    },

    async setCounsellor(actor: Actor, input: SetCounsellor): Promise<Counselling> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'counselling_changed', {}, (tx) =>
        tx.counsellors.put({
          space_id: a.spaceId,
          author_id: a.userId,
          name: input.name,
          contact: input.contact ?? null,
          visibility: 'partner',
          created_at: clock.now(),
        }),
      );
      return this.get(a);
    },

    async addSession(actor: Actor, input: AddSession): Promise<CounsellingSession> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      const row: SessionRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        at: Date.parse(input.at),
        note: input.note ?? null,
        visibility: 'partner',
        created_at: clock.now(),
      };
      await commitAndTell(deps, people.partnerIds, 'counselling_changed', { recordId: row.id }, (tx) =>
        tx.counsellingSessions.insert(row),
      );
      return toSession(row, people);
    },
  };
}
