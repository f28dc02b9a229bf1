import type { Reflection, WriteReflection } from '@mend/contracts';
import { forbidden, notFound } from '../../errors';
import type { ReflectionRow } from '../../repositories/conversations/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { requireSpace } from '../groundwork/shared';

const toReflection = (r: ReflectionRow): Reflection => ({
  id: r.id,
  promptId: r.prompt_id,
  text: r.text,
  at: iso(r.created_at),
});

/**
 * Reflections on remorse and regret, for the partner who broke trust. Always private: no event, no
 * share, no access by the partner (asking by id answers 404, as for anything one may not see).
 */
export function reflectionsService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  return {
    async write(actor: Actor, input: WriteReflection): Promise<Reflection> {
      const a = requireSpace(actor);
      if (a.role !== 'repairing')
        throw forbidden(
          'These prompts are for the partner who broke trust. Your own writing has its place in Feelings.',
        );
      const row: ReflectionRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'private',
        prompt_id: input.promptId,
        text: input.text,
        created_at: clock.now(),
      };
      await repos.reflections.insert(row);
      return toReflection(row);
    },

    async list(actor: Actor): Promise<Reflection[]> {
      const a = requireSpace(actor);
      return (await repos.reflections.listByAuthor(a.userId)).map(toReflection).reverse();
    },

    async get(actor: Actor, id: string): Promise<Reflection> {
      const a = requireSpace(actor);
      const row = await repos.reflections.findReadable(id, a.spaceId, a.userId);
      // Private rows are readable by their author only; the check is repeated here on purpose.
      if (!row || row.author_id !== a.userId) throw notFound();
      return toReflection(row);
    },
  };
}
