import { expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { couple, describeEngines } from './helpers';

const START = Date.parse('2026-11-24T12:00:00.000Z');
// Wednesdays at 20:00 in Paris: the first is 25 November, 19:00 UTC.
const SCHEDULE = { weekdays: [3], time: '20:00', minutes: 30, timeZone: 'Europe/Paris' };

describeEngines('conversations: check-in reminders (jobs)', (ctx) => {
  const at = async (iso: string) => {
    const { app, clock } = ctx();
    clock.t = Date.parse(iso);
    await createJobRunner(app.repos, clock, jobHandlers(app.repos, app.services, clock)).runDue();
  };
  const reminders = async (userId: string) =>
    (await ctx().app.repos.events.listAfter(userId, 0, 500))
      .filter((e) => e.type === 'check_in_soon')
      .map((e) => JSON.parse(e.payload));

  it('reminds both partners half an hour before each check-in, then the next week', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/check-ins/schedule', SCHEDULE);
    try {
      await at('2026-11-25T18:29:00.000Z');
      expect(await reminders(hurt.user.id)).toEqual([]);
      await at('2026-11-25T18:30:00.000Z');
      const first = { startsAt: '2026-11-25T19:00:00.000Z' };
      expect(await reminders(hurt.user.id)).toEqual([first]);
      expect(await reminders(repairing.user.id)).toEqual([first]);
      await at('2026-12-02T18:30:00.000Z');
      expect(await reminders(repairing.user.id)).toEqual([first, { startsAt: '2026-12-02T19:00:00.000Z' }]);
    } finally {
      ctx().clock.t = START;
    }
  });

  it('forgets the reminders of a schedule that was changed', async () => {
    const { hurt, repairing } = await couple(ctx().app);
    await hurt.put('/api/check-ins/schedule', SCHEDULE);
    await repairing.put('/api/check-ins/schedule', { ...SCHEDULE, weekdays: [4] });
    try {
      await at('2026-11-25T18:30:00.000Z');
      expect(await reminders(hurt.user.id)).toEqual([]);
      await at('2026-11-26T18:30:00.000Z');
      expect(await reminders(hurt.user.id)).toEqual([{ startsAt: '2026-11-26T19:00:00.000Z' }]);
    } finally {
      ctx().clock.t = START;
    }
  });
});
