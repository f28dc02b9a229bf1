import type {
  ActionSettings,
  CreateRating,
  Honesty,
  Ledger,
  LedgerWeek,
  Pillars,
  Rating,
} from '@mend/contracts';
import {
  addWeeks,
  type LedgerWeek as DomainWeek,
  isWeekStart,
  keptOrRenegotiatedRate,
  ledgerSeries,
  meanAckSeconds,
  proactiveShare,
  weekStartOf,
} from '@mend/domain';
import { invalid } from '../../errors';
import type { RatingRow } from '../../repositories/action/index';
import { type Actor, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, type SpaceActor, spacePeople } from '../groundwork/shared';
import { settingsOf } from './shared';

const DAY_MS = 86_400_000;
/** The ledger always reads a year of roll-ups: 52 rows at most, however long the history. */
const YEAR_WEEKS = 52;

const toWeek = (w: DomainWeek): LedgerWeek => ({
  weekStart: w.weekStart,
  kept: w.kept,
  renegotiated: w.renegotiated,
  late: w.late,
  missed: w.missed,
  disputed: w.disputed,
});

/** The reliability ledger, the couple's settings, and the four pillars: all read from weekly roll-ups. */
export function ledgerService(deps: ServiceDeps, honesty: (actor: Actor) => Promise<Honesty>) {
  const { repos, clock } = deps;

  /** A year of weeks ending with this one, from the roll-ups alone. */
  async function year(a: SpaceActor, weeks: number, atLeast = YEAR_WEEKS) {
    const { timeZone } = await settingsOf(repos, a.spaceId);
    const thisWeek = weekStartOf(clock.now(), timeZone);
    const span = Math.max(weeks, atLeast);
    const rollups = await repos.rollups.range(a.spaceId, addWeeks(thisWeek, -(span - 1)), thisWeek);
    return { thisWeek, rollups, timeZone };
  }

  const toRating = (
    r: Pick<RatingRow, 'author_id' | 'week_start' | 'pillar' | 'score' | 'note'>,
    people: Awaited<ReturnType<typeof spacePeople>>,
  ): Rating => ({
    weekStart: r.week_start,
    pillar: r.pillar,
    score: r.score,
    note: r.note,
    ...people.authorship(r.author_id),
  });

  return {
    async ledger(actor: Actor, weeks: number): Promise<Ledger> {
      const a = requireSpace(actor);
      const { thisWeek, rollups } = await year(a, weeks);
      const series = ledgerSeries(rollups, thisWeek, Math.max(weeks, YEAR_WEEKS));
      const last = (n: number) => series.slice(-n);
      return {
        weeks: last(weeks).map(toWeek),
        keptOrRenegotiatedRate: keptOrRenegotiatedRate(last(weeks)),
        rates: {
          last4: keptOrRenegotiatedRate(last(4)),
          last12: keptOrRenegotiatedRate(last(12)),
          last52: keptOrRenegotiatedRate(last(52)),
        },
      };
    },

    async settings(actor: Actor): Promise<ActionSettings> {
      return settingsOf(repos, requireSpace(actor).spaceId);
    },

    async setSettings(actor: Actor, input: ActionSettings): Promise<ActionSettings> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'action_settings_changed', {}, (tx) =>
        tx.actionSettings.put({
          space_id: a.spaceId,
          grace_minutes: input.graceMinutes,
          time_zone: input.timeZone,
          updated_at: clock.now(),
        }),
      );
      return input;
    },

    async rate(actor: Actor, input: CreateRating): Promise<Rating> {
      const a = requireSpace(actor);
      if (!isWeekStart(input.weekStart)) throw invalid('weekStart', 'Use the Monday that starts the week.');
      const { timeZone } = await settingsOf(repos, a.spaceId);
      const thisWeek = weekStartOf(clock.now(), timeZone);
      // A day of slack: a partner a time zone ahead may already be in next week.
      if (input.weekStart > weekStartOf(clock.now() + DAY_MS, timeZone) && input.weekStart > thisWeek)
        throw invalid('weekStart', 'That week has not begun yet.');
      const now = clock.now();
      const existing = await repos.ratings.find(a.userId, input.weekStart, input.pillar);
      const row: RatingRow = {
        id: existing?.id ?? newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        week_start: input.weekStart,
        pillar: input.pillar,
        score: input.score,
        note: input.note ?? null,
        created_at: existing?.created_at ?? now,
        updated_at: now,
      };
      const people = await spacePeople(repos, a);
      await commitAndTell(deps, people.partnerIds, 'rating_saved', { weekStart: input.weekStart }, (tx) =>
        tx.ratings.put(row),
      );
      return toRating(row, people);
    },

    /** Both partners' ratings side by side, and beside each pillar its own evidence. No overall score. */
    async pillars(actor: Actor, weeks: number): Promise<Pillars> {
      const a = requireSpace(actor);
      // Only the weeks shown: the dashboard's cost follows the window, not the length of history.
      const { thisWeek, rollups } = await year(a, weeks, 1);
      const from = addWeeks(thisWeek, -(weeks - 1));
      const people = await spacePeople(repos, a);
      const memberIds = [a.userId, ...people.partnerIds];
      const [ratings, figures, honest] = await Promise.all([
        repos.ratings.rangeForMembers(a.spaceId, a.userId, memberIds, from, thisWeek),
        repos.questionFigures.open(a.spaceId),
        honesty(a),
      ]);
      const shown = ledgerSeries(rollups, thisWeek, weeks);
      const now = clock.now();
      return {
        weekStarts: shown.map((w) => w.weekStart),
        thisWeek,
        ratings: ratings.map((r) => toRating(r, people)),
        evidence: {
          honesty: {
            daysSinceLastRevelation: honest.daysSinceLastRevelation,
            lateDisclosureCount: honest.lateDisclosureCount,
          },
          responsibility: {
            questionsAnswered: shown.reduce((n, w) => n + w.answered, 0),
            questionsOpen: figures.open,
            oldestOpenDays:
              figures.oldestOpenAt === null ? null : Math.floor((now - figures.oldestOpenAt) / DAY_MS),
          },
          empathy: {
            alertsAcknowledged: shown.reduce((n, w) => n + w.acks, 0),
            meanAckSeconds: meanAckSeconds(shown),
            proactiveShare: proactiveShare(shown),
          },
          consistency: { keptOrRenegotiatedRate: keptOrRenegotiatedRate(shown), weeks: shown.map(toWeek) },
        },
      };
    },
  };
}
