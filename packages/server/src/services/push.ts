import type { PushDevice, SavePushSubscription } from '@mend/contracts';
import { invalid, notFound } from '../errors';
import type { Repositories } from '../repositories/index';
import type { PushSubscriptionRow } from '../repositories/push-subscriptions';
import { type Actor, iso, newId, type ServiceDeps } from './context';
import { endpointProblem, type PushSettings, pushRequestFor } from './push-transport';

/** The job that carries one alert's discreet notice to one of the partner's devices. */
export const PUSH_ALERT_JOB = 'push_alert';

/** A `push_alert` job's payload: ids only. */
export interface PushAlert {
  alertId: string;
  recipientId: string;
  subscriptionId: string;
}

/** Tries per message: 5 s, 10 s, 20 s and 40 s apart, then the alert waits in Mend itself. */
export const PUSH_ATTEMPTS = 5;
/** Devices kept per person; a new one past this replaces the oldest. */
export const MAX_PUSH_DEVICES = 10;
/** A device that refused this many tries in a row (five alerts' worth) is forgotten. */
export const FORGET_AFTER_FAILURES = 25;

/** Thrown so the job runner tries again later; says nothing about the device or the person. */
class PushNotDelivered extends Error {
  override name = 'PushNotDelivered';
}

const toDevice = (row: PushSubscriptionRow): PushDevice => ({
  endpoint: row.endpoint,
  createdAt: iso(row.created_at),
  lastSuccessAt: row.last_success_at === null ? null : iso(row.last_success_at),
});

/**
 * Queues one `push_alert` job per device of each recipient, inside the alert's own transaction: the
 * alert and its notices commit together, and sending happens later, off the request.
 */
export async function queueAlertPushes(
  tx: Repositories,
  recipientIds: string[],
  alertId: string,
  now: number,
): Promise<void> {
  for (const recipientId of recipientIds) {
    for (const device of await tx.pushSubscriptions.listForUser(recipientId)) {
      const job: PushAlert = { alertId, recipientId, subscriptionId: device.id };
      await tx.jobs.enqueue(PUSH_ALERT_JOB, job, now, now);
    }
  }
}

/** Web Push: a person's devices, and delivering the discreet notice of an alert to them. */
export function pushService(deps: ServiceDeps, settings: PushSettings) {
  const { repos, clock } = deps;
  return {
    publicKey: () => ({ publicKey: settings.vapid.publicKey }),

    async devices(actor: Actor): Promise<PushDevice[]> {
      return (await repos.pushSubscriptions.listForUser(actor.userId)).map(toDevice);
    },

    async subscribe(actor: Actor, input: SavePushSubscription): Promise<PushDevice> {
      const problem = endpointProblem(input.endpoint, settings.allowLoopback);
      if (problem) throw invalid('endpoint', problem);
      const row = await repos.pushSubscriptions.save({
        id: newId(),
        user_id: actor.userId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        created_at: clock.now(),
        last_success_at: null,
        failures: 0,
      });
      await repos.pushSubscriptions.keepNewest(actor.userId, MAX_PUSH_DEVICES);
      return toDevice(row);
    },

    /** Forgets one of the caller's devices; someone else's endpoint is a 404, as if it did not exist. */
    async unsubscribe(actor: Actor, endpoint: string): Promise<void> {
      if (!(await repos.pushSubscriptions.deleteOwned(actor.userId, endpoint))) throw notFound();
    },

    /**
     * Runs a `push_alert` job. It sends only while the alert is still one the device's owner may read
     * (both still in the space it was sent in, still shared) and the device still belongs to them.
     * Throwing asks the runner to try again later; returning ends the job.
     */
    async deliverAlert(job: PushAlert, attempt: number): Promise<void> {
      const device = await repos.pushSubscriptions.find(job.subscriptionId);
      if (!device || device.user_id !== job.recipientId) return;
      const alert = await repos.alerts.findVisible(job.alertId, device.user_id);
      if (!alert || alert.author_id === device.user_id) return;
      const status = await settings.send(await pushRequestFor(device, settings.vapid));
      if (status >= 200 && status < 300) return repos.pushSubscriptions.markDelivered(device.id, clock.now());
      // 404 and 410: the browser unsubscribed or the subscription expired; it will never work again.
      if (status === 404 || status === 410) return repos.pushSubscriptions.delete(device.id);
      const failures = await repos.pushSubscriptions.markFailed(device.id);
      if (failures >= FORGET_AFTER_FAILURES) return repos.pushSubscriptions.delete(device.id);
      if (attempt < PUSH_ATTEMPTS) throw new PushNotDelivered(`push service answered ${status}`);
    },
  };
}
