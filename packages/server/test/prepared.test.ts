import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../src/db/connect';
import type { Database } from '../src/db/schema';
import { prepared } from '../src/repositories/prepared';
import { freshDb, PG_URL } from './helpers';

// Queries kept compiled and run again with new values (repositories/prepared.ts).

interface T {
  t: { id: number; a: string | null; b: number };
}

describe('prepared queries', () => {
  let opened: Db;
  let db: Kysely<T>;
  beforeAll(async () => {
    opened = openDb({ file: ':memory:' });
    db = opened.db as unknown as Kysely<T>;
    await sql`create table t (id integer primary key, a text, b integer not null)`.execute(db);
  });
  afterAll(() => opened.close());
  const asT = (d: Kysely<Database>) => d as unknown as Kysely<T>;

  it('binds each call its own values, scalars, rows and lists of rows alike', async () => {
    const insert = prepared((d, row: T['t']) => asT(d).insertInto('t').values(row));
    const insertMany = prepared((d, rows: T['t'][]) => asT(d).insertInto('t').values(rows).returningAll());
    const find = prepared((d, min: number, a: string) =>
      asT(d)
        .selectFrom('t')
        .selectAll()
        .where('b', '>=', min)
        .where('a', '!=', a)
        .where('id', '<', 100)
        .orderBy('id'),
    );
    await insert(opened.db, { id: 1, a: 'x', b: 10 });
    await insert(opened.db, { id: 2, a: null, b: 20 });
    const many = await insertMany(opened.db, [
      { id: 3, a: 'y', b: 30 },
      { id: 4, a: 'z', b: 40 },
    ]);
    expect(many.rows).toEqual([
      { id: 3, a: 'y', b: 30 },
      { id: 4, a: 'z', b: 40 },
    ]);
    // Another length is another shape, compiled once more.
    await insertMany(opened.db, [{ id: 5, a: 'w', b: 50 }]);
    expect((await find(opened.db, 25, 'z')).rows.map((r) => r.id)).toEqual([3, 5]);
    expect((await find(opened.db, 5, 'x')).rows.map((r) => r.id)).toEqual([3, 4, 5]);
    expect((await db.selectFrom('t').select('a').where('id', '=', 2).executeTakeFirst())?.a).toBeNull();
  });

  it('runs inside a transaction on its connection', async () => {
    const insert = prepared((d, id: number) => asT(d).insertInto('t').values({ id, a: 'tx', b: 0 }));
    await expect(
      opened.db.transaction().execute(async (tx) => {
        await insert(tx, 60);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await db.selectFrom('t').select('id').where('id', '=', 60).execute()).toEqual([]);
  });

  it('compiles once per dialect: the same query runs on SQLite and on PostgreSQL', async () => {
    if (!PG_URL) return;
    const count = prepared((d, min: number) =>
      asT(d)
        .selectFrom('t')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('b', '>=', min),
    );
    expect(Number((await count(opened.db, 0)).rows[0]?.n)).toBeGreaterThan(0);
    const { db: pg, drop } = await freshDb('postgres');
    try {
      await sql`create table t (id integer primary key, a text, b integer not null)`.execute(pg.db);
      await sql`insert into t values (1, 'p', 7)`.execute(pg.db);
      expect(Number((await count(pg.db, 5)).rows[0]?.n)).toBe(1);
    } finally {
      await drop();
    }
  });

  it('refuses a query whose SQL would depend on an argument', async () => {
    const limited = prepared((d, n: number) =>
      asT(d)
        .selectFrom('t')
        .selectAll()
        .limit(Number(n) || 1),
    );
    await expect(limited(opened.db, 2)).rejects.toThrow('not a parameter');
  });
});
