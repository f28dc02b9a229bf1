import pg from 'pg';
import { IDENTITY_CHANNEL, type IdentityWatch } from '../db/identity';
import type { EventRow } from '../repositories/events';
import type { Repositories } from '../repositories/index';

/** A live event as clients receive it. Payloads hold ids and codes, never what people wrote. */
export interface LiveEventOut {
  type: string;
  id: number;
  at: string;
  [key: string]: unknown;
}

type Listener = (event: LiveEventOut) => void;

const RESERVED = ['type', 'id', 'at'];

/** Delivers live events to the devices of the people they are for, across processes. */
export interface Hub {
  /** Stores and delivers events in a transaction of their own. */
  publish(userIds: readonly string[], type: string, payload?: Record<string, unknown>): Promise<void>;
  /**
   * Stores events inside the caller's transaction `tx`, so the change and its events commit
   * together; answers the delivery to run once the transaction has committed (nothing to do when
   * the transaction delivers them itself: PostgreSQL's NOTIFY, SQLite's `afterCommit`).
   */
  stage(
    tx: Repositories,
    userIds: readonly string[],
    type: string,
    payload?: Record<string, unknown>,
  ): Promise<() => void>;
  subscribe(userId: string, listener: Listener): () => void;
  /** How many devices this process is serving. */
  connections(): number;
  close(): Promise<void>;
}

/** Turns a stored event into what the client receives. */
export function toLiveEvent(row: EventRow): LiveEventOut {
  return {
    ...(JSON.parse(row.payload) as object),
    type: row.type,
    id: Number(row.id),
    at: new Date(row.created_at).toISOString(),
  };
}

class Listeners {
  private readonly byUser = new Map<string, Set<Listener>>();
  private count = 0;

  add(userId: string, listener: Listener): () => void {
    const set = this.byUser.get(userId) ?? new Set<Listener>();
    this.byUser.set(userId, set);
    set.add(listener);
    this.count++;
    return () => {
      if (set.delete(listener)) this.count--;
      if (set.size === 0) this.byUser.delete(userId);
    };
  }

  deliver(userId: string, event: LiveEventOut): void {
    for (const listener of this.byUser.get(userId) ?? []) listener(event);
  }

  size(): number {
    return this.count;
  }
}

/**
 * Stores each event for its recipients (so a device that was away can replay it), then delivers
 * it: directly inside one process, or through PostgreSQL NOTIFY when several processes share a
 * database, each delivering to the devices it holds.
 */
export async function createHub(
  repos: Repositories,
  now: () => number,
  pgUrl?: string,
  channel = 'mend_events',
  identity?: IdentityWatch,
): Promise<Hub> {
  const listeners = new Listeners();
  const client = pgUrl ? await listenTo(pgUrl, channel, listeners, identity) : undefined;
  const hub: Hub = {
    async stage(tx, userIds, type, payload = {}) {
      // `type`, `id` and `at` belong to the event itself; a payload using them would be overwritten.
      const clash = RESERVED.find((key) => key in payload);
      if (clash) throw new Error(`live event payload may not use "${clash}"; name the record, e.g. recordId`);
      const at = now();
      const toStore = userIds.map((user_id) => ({
        user_id,
        type,
        payload: JSON.stringify(payload),
        created_at: at,
      }));
      // With PostgreSQL, NOTIFY delivers on commit to every process, this one included; the events
      // are stored with the transaction's others just before its COMMIT when it can, else now.
      if (client) {
        if (!tx.stageEvents(toStore, channel)) await tx.events.insert(toStore, channel);
        return () => {};
      }
      const rows = await tx.events.insert(toStore);
      const deliver = () => {
        for (const row of rows) listeners.deliver(row.user_id, toLiveEvent(row));
      };
      // With group commit the events go out as soon as they are committed, while the commit is
      // still on its way to the disk; the writer's answer waits for the disk (decision record 050).
      return tx.afterCommit(deliver) ? () => {} : deliver;
    },
    async publish(userIds, type, payload = {}) {
      if (userIds.length === 0) return;
      const deliver = await repos.transaction((tx) => hub.stage(tx, userIds, type, payload));
      deliver();
    },
    subscribe: (userId, listener) => listeners.add(userId, listener),
    connections: () => listeners.size(),
    async close() {
      if (identity) identity.listening = false;
      await client?.end();
    },
  };
  return hub;
}

async function listenTo(
  url: string,
  channel: string,
  listeners: Listeners,
  identity?: IdentityWatch,
): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notification', (msg) => {
    if (msg.channel === IDENTITY_CHANNEL) return identity?.changed();
    if (msg.channel !== channel || !msg.payload) return;
    const { u, e } = JSON.parse(msg.payload) as { u: string; e: EventRow };
    listeners.deliver(u, toLiveEvent(e));
  });
  // Without this connection no change from another process would be heard: no session cache.
  const deaf = () => {
    if (!identity) return;
    identity.listening = false;
    identity.changed();
  };
  client.on('end', deaf);
  // A lost LISTEN connection would silently stop delivery; failing loudly lets the process restart.
  client.on('error', (err) => {
    deaf();
    throw err;
  });
  await client.query(`listen ${pg.escapeIdentifier(channel)}`);
  if (identity) {
    await client.query(`listen ${pg.escapeIdentifier(IDENTITY_CHANNEL)}`);
    identity.listening = true;
  }
  return client;
}
