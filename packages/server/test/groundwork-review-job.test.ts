import { expect, it } from 'vitest';
import { jobHandlers } from '../src/jobs/handlers';
import { createJobRunner } from '../src/jobs/runner';
import { couple, describeEngines } from './helpers';

const DAY = 86_400_000;
const offer = {
  kind: 'phone',
  description: 'My phone, when you ask',
  endsOn: '2027-02-24',
  reviewOn: '2026-12-24',
};

describeEngines('groundwork: transparency review reminders (jobs)', (ctx) => {
  async function acceptedItem() {
    const { app } = ctx();
    const c = await couple(app);
    await c.hurt.put('/api/me/safety', { feelsSafe: 'yes' });
    await c.repairing.put('/api/me/safety', { feelsSafe: 'yes' });
    const id = (await c.repairing.post('/api/transparency/items', offer)).json.item.id;
    expect((await c.hurt.post(`/api/transparency/items/${id}/accept`)).status).toBe(200);
    const runner = createJobRunner(app.repos, ctx().clock, jobHandlers(app.repos, app.services, ctx().clock));
    return { ...c, id, runner };
  }
  const reminders = async (userId: string) =>
    (await ctx().app.repos.events.listAfter(userId, 0, 500)).filter(
      (e) => e.type === 'transparency_review_soon',
    );

  it('reminds both partners three days before the review date, with no words in the event', async () => {
    const { hurt, repairing, id, runner } = await acceptedItem();
    await runner.runDue();
    expect(await reminders(hurt.user.id)).toHaveLength(0);
    const remindAt = Date.parse('2026-12-21T09:00:00.000Z');
    ctx().clock.t = remindAt - 1;
    await runner.runDue();
    expect(await reminders(hurt.user.id)).toHaveLength(0);
    ctx().clock.t = remindAt;
    await runner.runDue();
    const [forHurt] = await reminders(hurt.user.id);
    expect(JSON.parse(forHurt?.payload ?? '{}')).toEqual({ recordId: id, reviewOn: '2026-12-24' });
    expect(await reminders(repairing.user.id)).toHaveLength(1);
    await runner.runDue();
    expect(await reminders(hurt.user.id)).toHaveLength(1);
    ctx().clock.t = Date.parse('2026-11-24T12:00:00.000Z');
  });

  it('stays silent for an item that was ended (or reset) before its review', async () => {
    const { hurt, repairing, id, runner } = await acceptedItem();
    expect((await repairing.post(`/api/transparency/items/${id}/end`)).status).toBe(200);
    ctx().clock.advance(40 * DAY);
    await runner.runDue();
    expect(await reminders(hurt.user.id)).toHaveLength(0);
    ctx().clock.t = Date.parse('2026-11-24T12:00:00.000Z');
  });
});
