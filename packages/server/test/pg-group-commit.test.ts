import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connect';
import { eventsRepository, storeStaged } from '../src/repositories/events';
import { pgGroupCommitter } from '../src/repositories/group-commit';
import { usersRepository } from '../src/repositories/users';
import { freshDb, PG_URL } from './helpers';

const txid = (db: Parameters<Parameters<ReturnType<typeof pgGroupCommitter>>[0]>[0]) =>
  sql<{ id: string }>`select txid_current()::text as id`.execute(db).then((r) => r.rows[0]?.id as string);

describe.skipIf(!PG_URL)('group commit on PostgreSQL', () => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDb('postgres');
    db = fresh.db;
    drop = fresh.drop;
  });
  afterAll(() => drop());

  it('runs transactions that arrive together in one commit, and answers each its own value', async () => {
    const transaction = pgGroupCommitter(db.db, db.batches ?? db.db, storeStaged);
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => transaction(async (tx) => ({ i, id: await txid(tx) }))),
    );
    expect(ids.map((r) => r.i)).toEqual([...Array(12).keys()]);
    // The first runs alone; the eleven that arrived meanwhile share one transaction.
    expect(new Set(ids.map((r) => r.id)).size).toBe(2);
  });

  it('rolls a failed batch back and runs each transaction again alone: only the failing one fails', async () => {
    const transaction = pgGroupCommitter(db.db, db.batches ?? db.db, storeStaged);
    await sql`create table gc_probe (k text primary key)`.execute(db.db);
    const runs = new Map<number, number>();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        transaction(async (tx) => {
          runs.set(i, (runs.get(i) ?? 0) + 1);
          await sql`insert into gc_probe (k) values (${`k${i}`})`.execute(tx);
          if (i === 3) throw new Error('refused 3');
          return i;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const keys = (await sql<{ k: string }>`select k from gc_probe order by k`.execute(db.db)).rows.map(
      (r) => r.k,
    );
    expect(keys).toEqual(['k0', 'k1', 'k2', 'k4', 'k5']);
    // The first ran alone once; the batch of five stopped at the failure, then each ran alone.
    expect([...runs.entries()].sort()).toEqual([
      [0, 1],
      [1, 2],
      [2, 2],
      [3, 2],
      [4, 1],
      [5, 1],
    ]);
  });

  it('splits a batch that waits too long for a lock (as a deadlock between processes would)', async () => {
    const transaction = pgGroupCommitter(db.db, db.batches ?? db.db, storeStaged);
    await sql`create table gc_lock (k int primary key, v int)`.execute(db.db);
    await sql`insert into gc_lock values (1, 0)`.execute(db.db);
    // Another connection holds the row for a while, as another process's batch would.
    const holder = await db.db.startTransaction().execute();
    await sql`update gc_lock set v = v + 100 where k = 1`.execute(holder);
    const first = transaction((tx) => txid(tx)); // runs alone: waits without a timeout
    let bumps = 0;
    const bump = () =>
      transaction((tx) => {
        bumps++;
        return sql`update gc_lock set v = v + 1 where k = 1`.execute(tx);
      });
    const batch = [bump(), bump()];
    await new Promise((r) => setTimeout(r, 400));
    await holder.commit().execute();
    await Promise.all([first, ...batch]);
    const row = (await sql<{ v: number }>`select v from gc_lock where k = 1`.execute(db.db)).rows[0];
    expect(row?.v).toBe(102);
    // The two ran as a batch, gave up waiting after the batch lock timeout, then each alone.
    expect(bumps).toBe(3);
  });

  it('stores the events a batch staged in one statement before its COMMIT, in the order staged', async () => {
    const transaction = pgGroupCommitter(db.db, db.batches ?? db.db, storeStaged);
    for (const id of ['u1', 'u2'])
      await usersRepository(db.db).insert({
        id,
        email: `${id}@example.com`,
        email_key: `${id}@example.com`,
        display_name: id,
        password_hash: 'x',
        feels_safe: null,
        fears_threats: 0,
        fears_control: 0,
        created_at: 0,
      });
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        transaction(async (tx, staged) => {
          const row = (n: number) => ({
            user_id: `u${n}`,
            type: 't',
            payload: JSON.stringify({ i }),
            created_at: i,
          });
          staged.push({ rows: [row(1), row(2)], channel: 'gc_test' });
          return txid(tx);
        }),
      ),
    );
    expect(new Set(ids).size).toBe(2);
    const events = eventsRepository(db.db, 'postgres');
    for (const user of ['u1', 'u2']) {
      const order = (await events.listAfter(user, 0, 100)).map((e) => JSON.parse(e.payload).i);
      expect(order).toEqual([...Array(8).keys()]);
    }
  });
});
