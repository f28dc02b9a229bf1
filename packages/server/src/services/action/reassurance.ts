import type {
  AnxietyWindow,
  CreateAnxietyWindow,
  CreateMenuItem,
  MenuItem,
  ReassuranceMessage,
} from '@mend/contracts';
import {
  currentOrNextWindow,
  deltasFor,
  isProactive,
  NUDGE_BEFORE_MS,
  type AnxietyWindow as WindowRule,
  weekStartOf,
} from '@mend/domain';
import { forbidden } from '../../errors';
import type { AnxietyWindowRow, MenuItemRow, MessageRow } from '../../repositories/action/index';
import type { Repositories } from '../../repositories/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';
import { adoptTimeZone, found, requireRepairing, settingsOf } from './shared';

export const WINDOW_JOB = 'anxiety_window';
export interface WindowNudge {
  windowId: string;
  phase: 'before' | 'during' | 'after';
  at: number;
}

const RECENT_MESSAGES = 50;

function requireHurt(actor: Actor, what: string): SpaceActor {
  const a = requireSpace(actor);
  if (a.role !== 'hurt') throw forbidden(`${what} come from the partner who was hurt.`);
  return a;
}

const ruleOf = (w: AnxietyWindowRow): WindowRule =>
  w.kind === 'weekly'
    ? { kind: 'weekly', weekday: w.weekday ?? 0, start: w.start_time, end: w.end_time, timeZone: w.time_zone }
    : {
        kind: 'date',
        date: w.date ?? '1970-01-01',
        start: w.start_time,
        end: w.end_time,
        timeZone: w.time_zone,
      };

/**
 * The next nudge for a window: an hour before it begins, when it begins, and after it ends (to set
 * up the next one); null for a date that has passed.
 */
export function nextNudge(w: AnxietyWindowRow, now: number): WindowNudge | null {
  const o = currentOrNextWindow(ruleOf(w), now);
  if (!o) return null;
  if (o.startsAt - NUDGE_BEFORE_MS > now)
    return { windowId: w.id, phase: 'before', at: o.startsAt - NUDGE_BEFORE_MS };
  if (o.startsAt > now) return { windowId: w.id, phase: 'during', at: o.startsAt };
  return { windowId: w.id, phase: 'after', at: o.endsAt };
}

/** Quick updates, asks for reassurance, anxiety windows and the menu of trust-building behaviours. */
export function reassuranceService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  const toMessage = (r: MessageRow, people: Awaited<ReturnType<typeof spacePeople>>): ReassuranceMessage => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    proactive: r.proactive === null ? null : r.proactive === 1,
    at: iso(r.created_at),
    ...people.authorship(r.author_id),
  });

  function toWindow(
    r: AnxietyWindowRow,
    people: Awaited<ReturnType<typeof spacePeople>>,
    now: number,
  ): AnxietyWindow {
    const o = currentOrNextWindow(ruleOf(r), now);
    return {
      id: r.id,
      kind: r.kind,
      weekday: r.weekday,
      date: r.date,
      start: r.start_time,
      end: r.end_time,
      timeZone: r.time_zone,
      label: r.label,
      helps: r.helps,
      startsAt: o ? iso(o.startsAt) : null,
      endsAt: o ? iso(o.endsAt) : null,
      active: o !== null && o.startsAt <= now,
      ...people.authorship(r.author_id),
    };
  }

  async function sendMessage(a: SpaceActor, kind: MessageRow['kind'], text: string | null) {
    const now = clock.now();
    const { timeZone } = await settingsOf(repos, a.spaceId);
    const weekStart = weekStartOf(now, timeZone);
    const people = await spacePeople(repos, a);
    const id = newId();
    let row: MessageRow | undefined;
    await commitAndTell(deps, people.partnerIds, 'message_sent', { messageId: id, kind }, async (tx) => {
      let proactive: number | null = null;
      if (kind === 'update') {
        const lastAsk = await tx.messages.lastAskBefore(a.spaceId, now);
        proactive = isProactive(now, lastAsk?.created_at ?? null) ? 1 : 0;
      }
      row = {
        id,
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        kind,
        text,
        proactive,
        week_start: weekStart,
        created_at: now,
      };
      await tx.messages.insert(row);
      if (kind === 'update')
        await tx.rollups.add(
          a.spaceId,
          deltasFor(null, { weekStart, kind: 'reassurance', proactive: proactive === 1 }),
        );
    });
    return toMessage(row as MessageRow, people);
  }

  return {
    update(actor: Actor, text: string) {
      return sendMessage(requireRepairing(actor, 'Updates'), 'update', text);
    },
    ask(actor: Actor, note: string | undefined) {
      return sendMessage(requireHurt(actor, 'Asks for reassurance'), 'ask', note ?? null);
    },
    async messages(actor: Actor): Promise<ReassuranceMessage[]> {
      const a = requireSpace(actor);
      const [rows, people] = await Promise.all([
        repos.messages.recentReadable(a.spaceId, a.userId, RECENT_MESSAGES),
        spacePeople(repos, a),
      ]);
      return rows.map((r) => toMessage(r, people));
    },

    async createWindow(actor: Actor, input: CreateAnxietyWindow): Promise<AnxietyWindow> {
      const a = requireHurt(actor, 'Anxious times');
      const now = clock.now();
      await adoptTimeZone(repos, a.spaceId, input.timeZone, now);
      const row: AnxietyWindowRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        kind: input.kind,
        weekday: input.kind === 'weekly' ? (input.weekday ?? 0) : null,
        date: input.kind === 'date' ? (input.date ?? null) : null,
        start_time: input.start,
        end_time: input.end,
        time_zone: input.timeZone,
        label: input.label ?? null,
        helps: input.helps ?? null,
        created_at: now,
      };
      const people = await spacePeople(repos, a);
      await commitAndTell(
        deps,
        people.partnerIds,
        'anxiety_window_changed',
        { windowId: row.id },
        async (tx) => {
          await tx.anxietyWindows.insert(row);
          const nudge = nextNudge(row, now);
          if (nudge) await tx.jobs.enqueue(WINDOW_JOB, nudge, nudge.at, now);
        },
      );
      return toWindow(row, people, now);
    },
    async windows(actor: Actor): Promise<AnxietyWindow[]> {
      const a = requireSpace(actor);
      const [rows, people] = await Promise.all([
        repos.anxietyWindows.listReadable(a.spaceId, a.userId),
        spacePeople(repos, a),
      ]);
      const now = clock.now();
      return rows.map((r) => toWindow(r, people, now));
    },
    async removeWindow(actor: Actor, id: string): Promise<void> {
      const a = requireSpace(actor);
      const row = found(await repos.anxietyWindows.findReadable(id, a.spaceId, a.userId));
      if (row.author_id !== a.userId)
        throw forbidden('Only the partner who marked this time can take it away.');
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'anxiety_window_changed', { windowId: id }, (tx) =>
        tx.anxietyWindows.remove(id),
      );
    },
    /**
     * The window job: tells the repairing partner, then sets up the window's next nudge. A window its
     * author took back (leaving, the safety reset) is no longer the partner's to hear of: the nudges end.
     */
    async nudge(job: WindowNudge): Promise<void> {
      const row = await repos.anxietyWindows.findById(job.windowId);
      if (row?.visibility !== 'partner') return;
      const now = clock.now();
      const members = await repos.spaces.listMembers(row.space_id);
      if (!members.some((m) => m.user_id === row.author_id)) return;
      const repairing = members.filter((m) => m.user_id !== row.author_id).map((m) => m.user_id);
      const next = nextNudge(row, Math.max(now, job.at) + 1);
      await commitAndTell(
        deps,
        job.phase === 'after' ? [] : repairing,
        job.phase === 'before' ? 'anxiety_window_soon' : 'anxiety_window_now',
        { windowId: row.id },
        async (tx: Repositories) => {
          if (next) await tx.jobs.enqueue(WINDOW_JOB, next, next.at, now);
        },
      );
    },

    async menu(actor: Actor): Promise<MenuItem[]> {
      const a = requireSpace(actor);
      const [rows, counts, people] = await Promise.all([
        repos.menu.listReadable(a.spaceId, a.userId),
        repos.commitments.countByMenuItem(a.spaceId),
        spacePeople(repos, a),
      ]);
      const promises = new Map(counts.map((c) => [c.menu_item_id, Number(c.n)]));
      return rows
        .filter((r) => r.archived_at === null)
        .map((r: MenuItemRow) => ({
          id: r.id,
          title: r.title,
          cost: r.cost,
          note: r.note,
          createdAt: iso(r.created_at),
          promises: promises.get(r.id) ?? 0,
          ...people.authorship(r.author_id),
        }));
    },
    async addMenuItem(actor: Actor, input: CreateMenuItem): Promise<MenuItem> {
      const a = requireHurt(actor, 'Wishes on the list');
      const now = clock.now();
      const row: MenuItemRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        title: input.title,
        cost: input.cost,
        note: input.note ?? null,
        created_at: now,
        archived_at: null,
      };
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'menu_changed', { itemId: row.id }, (tx) =>
        tx.menu.insert(row),
      );
      return {
        id: row.id,
        title: row.title,
        cost: row.cost,
        note: row.note,
        createdAt: iso(now),
        promises: 0,
        ...people.authorship(a.userId),
      };
    },
    async removeMenuItem(actor: Actor, id: string): Promise<void> {
      const a = requireSpace(actor);
      const row = found(await repos.menu.findReadable(id, a.spaceId, a.userId));
      if (row.author_id !== a.userId)
        throw forbidden('Only the partner who wrote this wish can take it off the list.');
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'menu_changed', { itemId: id }, (tx) =>
        tx.menu.archive(id, clock.now()),
      );
    },
  };
}
