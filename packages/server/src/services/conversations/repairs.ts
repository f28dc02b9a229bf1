import type { Repair, RepairSide, StartRepair, WriteRepairSide } from '@mend/contracts';
import { repairStage, summaryProblem } from '@mend/domain';
import { conflict, notFound } from '../../errors';
import type { RepairRow, RepairSideRow } from '../../repositories/conversations/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, logViews, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';

type People = Awaited<ReturnType<typeof spacePeople>>;

const SUMMARY_PROBLEMS = {
  no_own_side: 'Write your own side first.',
  no_partner_side: 'Your partner has not written their side yet.',
  already: 'You have already summed up your partner’s side.',
} as const;

function toSide(row: RepairSideRow, people: People): RepairSide {
  return {
    feelings: JSON.parse(row.feelings) as string[],
    reality: row.reality,
    trigger: row.trigger,
    owns: row.owns,
    nextTime: row.next_time,
    summaryOfOther: row.summary_of_other,
    writtenAt: iso(row.created_at),
    ...people.authorship(row.author_id),
  };
}

function toRepair(a: SpaceActor, row: RepairRow, sides: RepairSideRow[], people: People): Repair {
  const mine = sides.find((s) => s.author_id === a.userId);
  const theirs = sides.find((s) => s.author_id !== a.userId);
  const stage = repairStage({
    mySide: Boolean(mine),
    partnerSide: Boolean(theirs),
    iSummarised: Boolean(mine?.summary_of_other),
    partnerSummarised: Boolean(theirs?.summary_of_other),
  });
  return {
    id: row.id,
    about: row.about,
    startedAt: iso(row.created_at),
    stage,
    mySide: mine ? toSide(mine, people) : null,
    partnerSide: theirs ? toSide(theirs, people) : null,
    ...people.authorship(row.author_id),
  };
}

/**
 * Repair after a bad moment: either partner begins one; each writes their own side (feelings from the
 * list, their reality, the trigger, what they own, next time), then sums up the other's reality.
 */
export function repairsService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function load(actor: Actor, id: string) {
    const a = requireSpace(actor);
    const row = await repos.repairs.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    const [sides, people] = await Promise.all([
      repos.repairSides.listFor(id, a.userId),
      spacePeople(repos, a),
    ]);
    return { a, row, sides, people };
  }

  async function present(actor: Actor, id: string): Promise<Repair> {
    const { a, row, sides, people } = await load(actor, id);
    return toRepair(a, row, sides, people);
  }

  return {
    async start(actor: Actor, input: StartRepair): Promise<Repair> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      if (people.partnerIds.length === 0)
        throw conflict('wrong_state', 'A repair is for the two of you; invite your partner first.');
      const row: RepairRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        about: input.about ?? null,
        created_at: clock.now(),
      };
      await commitAndTell(deps, people.partnerIds, 'repair_started', { repairId: row.id }, (tx) =>
        tx.repairs.insert(row),
      );
      return present(a, row.id);
    },

    async list(actor: Actor): Promise<Repair[]> {
      const a = requireSpace(actor);
      const [rows, sides, people] = await Promise.all([
        repos.repairs.listReadable(a.spaceId, a.userId),
        repos.repairSides.listReadable(a.spaceId, a.userId),
        spacePeople(repos, a),
      ]);
      await logViews(deps, a, 'repair_side', sides);
      return rows
        .map((r) =>
          toRepair(
            a,
            r,
            sides.filter((s) => s.repair_id === r.id),
            people,
          ),
        )
        .reverse();
    },

    async get(actor: Actor, id: string): Promise<Repair> {
      const { a, row, sides, people } = await load(actor, id);
      await logViews(deps, a, 'repair_side', sides);
      return toRepair(a, row, sides, people);
    },

    /** Writes the caller's side once; the partner sees it as soon as it is written. */
    async writeSide(actor: Actor, id: string, input: WriteRepairSide): Promise<Repair> {
      const { a, sides, people } = await load(actor, id);
      if (sides.some((s) => s.author_id === a.userId))
        throw conflict('wrong_state', 'Your side is written. You can add to it in your summary.');
      const side: RepairSideRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        repair_id: id,
        feelings: JSON.stringify([...new Set(input.feelings)]),
        reality: input.reality,
        trigger: input.trigger,
        owns: input.owns,
        next_time: input.nextTime,
        summary_of_other: null,
        summarised_at: null,
        created_at: clock.now(),
      };
      await commitAndTell(deps, people.partnerIds, 'repair_side_written', { repairId: id }, (tx) =>
        tx.repairSides.insert(side),
      );
      return present(a, id);
    },

    /** The caller sums up the partner's reality and names the part that makes sense to them. */
    async summarise(actor: Actor, id: string, text: string): Promise<Repair> {
      const { a, sides, people } = await load(actor, id);
      const mine = sides.find((s) => s.author_id === a.userId);
      const theirs = sides.find((s) => s.author_id !== a.userId);
      const problem = summaryProblem({
        mySide: Boolean(mine),
        partnerSide: Boolean(theirs),
        iSummarised: Boolean(mine?.summary_of_other),
        partnerSummarised: Boolean(theirs?.summary_of_other),
      });
      if (problem || !mine) throw conflict('wrong_state', SUMMARY_PROBLEMS[problem ?? 'no_own_side']);
      await commitAndTell(deps, people.partnerIds, 'repair_summarised', { repairId: id }, async (tx) => {
        if (!(await tx.repairSides.setSummary(mine.id, text, clock.now())))
          throw conflict('wrong_state', SUMMARY_PROBLEMS.already);
      });
      return present(a, id);
    },
  };
}
