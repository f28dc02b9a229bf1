import type {
  CreateTrigger,
  PatternQuery,
  Trigger,
  TriggerKind,
  TriggerPatternsReply,
} from '@mend/contracts';
import { triggerPatterns } from '@mend/domain';
import { invalid, notFound } from '../../errors';
import type { TriggerRow } from '../../repositories/feelings/triggers';
import { type Actor, iso, newId, type ServiceDeps } from '../context';

const DAY_MS = 86_400_000;

const toTrigger = (row: TriggerRow): Trigger => ({
  id: row.id,
  kind: row.kind as TriggerKind,
  intensity: row.intensity,
  note: row.note,
  helped: row.helped,
  occurredAt: iso(row.occurred_at),
});

/** The trigger log. Private to its author: no route reads another person's triggers. */
export function triggerService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  return {
    async create(actor: Actor, input: CreateTrigger): Promise<Trigger> {
      const now = clock.now();
      const occurredAt = input.occurredAt ? Date.parse(input.occurredAt) : now;
      if (occurredAt > now + 60_000) throw invalid('occurredAt', 'That time is still to come.');
      const row: TriggerRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        visibility: 'private',
        kind: input.kind,
        intensity: input.intensity,
        note: input.note ?? null,
        helped: input.helped ?? null,
        occurred_at: occurredAt,
        created_at: now,
      };
      await repos.triggers.insert(row);
      return toTrigger(row);
    },

    async list(actor: Actor): Promise<Trigger[]> {
      return (await repos.triggers.listByAuthor(actor.userId, clock.now() - 366 * DAY_MS)).map(toTrigger);
    },

    async patterns(actor: Actor, query: PatternQuery): Promise<TriggerPatternsReply> {
      const rows = await repos.triggers.listByAuthor(actor.userId, clock.now() - query.days * DAY_MS);
      return triggerPatterns(
        rows.map((r) => ({ at: r.occurred_at, kind: r.kind as TriggerKind, intensity: r.intensity })),
        query.timeZone,
      );
    },

    async remove(actor: Actor, id: string): Promise<void> {
      if (!(await repos.triggers.delete(id, actor.userId))) throw notFound();
    },
  };
}
