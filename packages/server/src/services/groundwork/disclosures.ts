import type { CreateDisclosure, Disclosure, Honesty } from '@mend/contracts';
import { type DisclosureTopic, honestyFigures, isLateDisclosure } from '@mend/domain';
import { conflict, forbidden } from '../../errors';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, logViews, requireSpace, type SpaceActor, spacePeople } from './shared';

type DisclosureRow = Awaited<ReturnType<ServiceDeps['repos']['disclosures']['listReadable']>>[number];

const parseTopics = (json: string): DisclosureTopic[] => JSON.parse(json) as DisclosureTopic[];

/** The structured disclosure, its completion, and every late disclosure after it. */
export function disclosuresService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  /** The discloser's disclosures and completion mark, as the caller may read them. */
  async function state(a: SpaceActor) {
    const people = await spacePeople(repos, a);
    const rows = await repos.disclosures.listReadable(a.spaceId, a.userId);
    const marks = await repos.disclosureCompletions.listReadable(a.spaceId, a.userId);
    const mine = rows.filter((r) => r.author_id === people.discloserId);
    const completedAt = marks.find((m) => m.author_id === people.discloserId)?.at ?? null;
    return { people, rows, mine, completedAt };
  }

  return {
    async create(actor: Actor, input: CreateDisclosure): Promise<Disclosure> {
      const a = requireSpace(actor);
      if (a.role !== 'repairing')
        throw forbidden('The disclosure is written by the partner who broke trust.');
      const people = await spacePeople(repos, a);
      const row: DisclosureRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        text: input.text,
        topics: JSON.stringify(input.topics),
        late: 0,
        visibility: 'partner',
        created_at: clock.now(),
      };
      await commitAndTell(deps, people.partnerIds, 'disclosure_added', { recordId: row.id }, async (tx) => {
        // Read the completion inside the transaction, so a disclosure racing "complete" is judged once.
        const marks = await tx.disclosureCompletions.listReadable(a.spaceId, a.userId);
        row.late = isLateDisclosure(marks.find((m) => m.author_id === a.userId)?.at ?? null) ? 1 : 0;
        await tx.disclosures.insert(row);
      });
      return this.present(row, people);
    },

    present(row: DisclosureRow, people: Awaited<ReturnType<typeof spacePeople>>): Disclosure {
      return {
        id: row.id,
        text: row.text,
        topics: parseTopics(row.topics),
        late: row.late === 1,
        at: iso(row.created_at),
        ...people.authorship(row.author_id),
      };
    },

    async complete(actor: Actor): Promise<{ completedAt: string }> {
      const a = requireSpace(actor);
      if (a.role !== 'repairing') throw forbidden('Only the partner who disclosed can mark it complete.');
      const { people, rows } = await state(a);
      if (!rows.some((r) => r.author_id === a.userId))
        throw conflict('wrong_state', 'Write the disclosure first, then mark it complete.');
      const mark = await commitAndTell(deps, people.partnerIds, 'disclosure_completed', {}, (tx) =>
        tx.disclosureCompletions.make({ space_id: a.spaceId, author_id: a.userId, at: clock.now() }),
      );
      return { completedAt: iso(mark.at) };
    },

    async list(actor: Actor): Promise<{ disclosures: Disclosure[]; completedAt: string | null }> {
      const a = requireSpace(actor);
      const { people, rows, completedAt } = await state(a);
      await logViews(deps, a, 'disclosure', rows);
      return {
        disclosures: rows.map((r) => this.present(r, people)),
        completedAt: completedAt === null ? null : iso(completedAt),
      };
    },

    async honesty(actor: Actor): Promise<Honesty> {
      const a = requireSpace(actor);
      const { mine, completedAt } = await state(a);
      const figures = honestyFigures(
        completedAt,
        mine.map((r) => ({ at: r.created_at, late: r.late === 1 })),
        clock.now(),
      );
      return {
        ...figures,
        disclosureCompletedAt: completedAt === null ? null : iso(completedAt),
      };
    },

    state,
  };
}
