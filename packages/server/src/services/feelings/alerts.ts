import type { Alert, AlertNeed, CreateAlert } from '@mend/contracts';
import { type AlertWait, ackAfterSeconds, alertAllowance, deltasFor, weekStartOf } from '@mend/domain';
import { AppError, conflict, forbidden, noSpace, notFound } from '../../errors';
import type { AlertRow } from '../../repositories/feelings/alerts';
import { settingsOf } from '../action/shared';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { queueAlertPushes } from '../push';
import { ACCESS_DEDUPE_MS } from '../status';

const DAY_MS = 86_400_000;

const WAIT_WORDS: Record<AlertWait, string> = {
  just_sent: 'Your alert went through a moment ago, so a second tap does not send another.',
  several_recently:
    'You have sent three alerts in the last half hour. Mend holds the next one for a while so alerts stay a calm signal and never become a flood.',
  many_today:
    'You have sent ten alerts today. Mend holds the next one for a while so alerts stay a calm signal and never become a flood.',
};

/** The 429 that explains the alert limit rather than hiding it. */
function alertLimited(reason: AlertWait, retryAt: number, now: number): AppError {
  const minutes = Math.max(1, Math.ceil((retryAt - now) / 60_000));
  const when = minutes === 1 ? 'in about a minute' : `in about ${minutes} minutes`;
  return new AppError(
    429,
    'rate_limited',
    `${WAIT_WORDS[reason]} You can send another ${when}. Your partner already knows you need them; breathing and grounding are here for you meanwhile.`,
  );
}

export function toAlert(row: AlertRow, readerId: string): Alert {
  return {
    id: row.id,
    needs: JSON.parse(row.needs) as AlertNeed[],
    direction: row.author_id === readerId ? 'sent' : 'received',
    sentAt: iso(row.created_at),
    ackedAt: row.acked_at === null ? null : iso(row.acked_at),
    ackAfterSeconds: row.acked_at === null ? null : ackAfterSeconds(row.created_at, row.acked_at),
  };
}

/** "I'm triggered right now": one tap to the partner's devices, one tap back. */
export function alertService(deps: ServiceDeps, partnerIds: (actor: Actor) => Promise<string[]>) {
  const { repos, clock, hub } = deps;

  const logView = (actor: Actor, row: AlertRow) =>
    repos.accessLog.record(
      {
        id: newId(),
        space_id: row.space_id ?? '',
        owner_id: row.author_id,
        viewer_id: actor.userId,
        record_type: 'alert',
        record_id: row.id,
        at: clock.now(),
      },
      ACCESS_DEDUPE_MS,
    );

  const getVisible = async (actor: Actor, id: string) => {
    const row = await repos.alerts.findVisible(id, actor.userId);
    if (!row) throw notFound();
    return row;
  };

  return {
    async send(actor: Actor, input: CreateAlert): Promise<Alert> {
      if (!actor.spaceId) throw noSpace();
      const partners = await partnerIds(actor);
      if (partners.length === 0)
        throw conflict('no_space', 'Your partner has not joined yet, so there is no one to send this to.');
      const now = clock.now();
      const allowance = alertAllowance(await repos.alerts.sentTimesSince(actor.userId, now - DAY_MS), now);
      if (!allowance.allowed) throw alertLimited(allowance.reason, allowance.retryAt, now);
      const row: AlertRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        visibility: 'partner',
        needs: JSON.stringify(input.needs),
        created_at: now,
        acked_at: null,
      };
      // The alert, its live event and its push jobs commit together: one durable commit, never one
      // without the others. The pushes are sent later by the job runner, so they never slow this answer.
      const deliver = await repos.transaction(async (tx) => {
        await tx.alerts.insert(row);
        await queueAlertPushes(tx, partners, row.id, now);
        return hub.stage(tx, partners, 'alert', { alertId: row.id, needs: input.needs });
      });
      deliver();
      return toAlert(row, actor.userId);
    },

    async get(actor: Actor, id: string): Promise<Alert> {
      const row = await getVisible(actor, id);
      if (row.author_id !== actor.userId) await logView(actor, row);
      return toAlert(row, actor.userId);
    },

    async list(actor: Actor): Promise<Alert[]> {
      const rows = await repos.alerts.listForReader(actor.userId, 20);
      return rows.map((r) => toAlert(r, actor.userId));
    },

    async ack(actor: Actor, id: string): Promise<{ ackAfterSeconds: number; ackedAt: string }> {
      const found = await getVisible(actor, id);
      if (found.author_id === actor.userId) throw forbidden('This alert is for your partner to answer.');
      const now = clock.now();
      const spaceId = found.space_id;
      // The first acknowledgement also counts in the week's roll-up (the pillars read acknowledgement times).
      await repos.transaction(async (tx) => {
        if (!(await tx.alerts.ack(id, now)) || !spaceId) return;
        const { timeZone } = await settingsOf(tx, spaceId);
        const entry = {
          weekStart: weekStartOf(found.created_at, timeZone),
          kind: 'ack' as const,
          seconds: ackAfterSeconds(found.created_at, now),
        };
        await tx.rollups.add(spaceId, deltasFor(null, entry));
      });
      const row = (await repos.alerts.findVisible(id, actor.userId)) ?? found;
      const ackedAt = row.acked_at ?? clock.now();
      const seconds = ackAfterSeconds(row.created_at, ackedAt);
      await logView(actor, row);
      // The sender sees "they're here"; the partner's other devices close the alert.
      await hub.publish([row.author_id, actor.userId], 'alert_acked', {
        alertId: id,
        ackAfterSeconds: seconds,
      });
      return { ackAfterSeconds: seconds, ackedAt: iso(ackedAt) };
    },
  };
}
