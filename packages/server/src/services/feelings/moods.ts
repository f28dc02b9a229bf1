import type { CreateMood, Mood, MoodQuery, UpdateMood } from '@mend/contracts';
import { notFound } from '../../errors';
import type { MoodRow } from '../../repositories/feelings/moods';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { ACCESS_DEDUPE_MS } from '../status';

const DAY_MS = 86_400_000;

const toMood = (row: MoodRow): Mood => ({
  id: row.id,
  score: row.score,
  emotions: JSON.parse(row.emotions) as string[],
  visibility: row.visibility,
  at: iso(row.created_at),
});

/** Daily moods: private by default, shared one at a time or always. */
export function moodService(deps: ServiceDeps, partnerIds: (actor: Actor) => Promise<string[]>) {
  const { repos, clock, hub } = deps;
  return {
    async create(actor: Actor, input: CreateMood): Promise<Mood> {
      const settings = await repos.feelingsSettings.find(actor.userId);
      const visibility = input.visibility ?? (settings?.share_moods_always ? 'partner' : 'private');
      const row: MoodRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        visibility,
        score: input.score,
        emotions: JSON.stringify(input.emotions),
        created_at: clock.now(),
      };
      await repos.moods.insert(row);
      if (visibility === 'partner')
        await hub.publish(await partnerIds(actor), 'mood_shared', { moodId: row.id });
      return toMood(row);
    },

    async list(actor: Actor, query: MoodQuery): Promise<Mood[]> {
      const since = clock.now() - query.days * DAY_MS;
      if (query.member === 'me') return (await repos.moods.listByAuthor(actor.userId, since)).map(toMood);
      const [partnerId] = await partnerIds(actor);
      if (!partnerId || !actor.spaceId) return [];
      const rows = await repos.moods.listSharedWith(partnerId, actor.userId, since);
      if (rows.length > 0) {
        await repos.accessLog.record(
          {
            id: newId(),
            space_id: actor.spaceId,
            owner_id: partnerId,
            viewer_id: actor.userId,
            record_type: 'moods',
            record_id: 'shared',
            at: clock.now(),
          },
          ACCESS_DEDUPE_MS,
        );
      }
      return rows.map(toMood);
    },

    async update(actor: Actor, id: string, input: UpdateMood): Promise<Mood> {
      const row = await repos.moods.findByAuthor(id, actor.userId);
      if (!row) throw notFound();
      await repos.moods.setVisibility(id, actor.userId, input.visibility);
      // The partner hears of a check-in only when it is shared or unshared, never of one kept private.
      if (row.visibility !== input.visibility)
        await hub.publish(await partnerIds(actor), 'mood_shared', { moodId: id });
      return toMood({ ...row, visibility: input.visibility });
    },

    async settings(actor: Actor) {
      const row = await repos.feelingsSettings.find(actor.userId);
      return { shareMoodsAlways: row?.share_moods_always === 1 };
    },

    async setSettings(actor: Actor, input: { shareMoodsAlways: boolean }) {
      await repos.feelingsSettings.upsert(
        actor.userId,
        { share_moods_always: input.shareMoodsAlways ? 1 : 0 },
        clock.now(),
      );
      return input;
    },
  };
}
