import { mkdtempSync, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connect';
import { type WalSync, walSync } from '../src/db/wal-sync';
import { createHub } from '../src/realtime/hub';
import { groupCommitter } from '../src/repositories/group-commit';
import { createRepositories } from '../src/repositories/index';
import { freshDb } from './helpers';

/** A log sync that finishes only when the test says so, counting how often it was asked. */
function heldSync() {
  const waiting: { resolve: () => void; reject: (err: Error) => void }[] = [];
  const sync: WalSync = {
    sync: () => new Promise<void>((resolve, reject) => waiting.push({ resolve, reject })),
    close: async () => {},
  };
  return { sync, waiting };
}

/** A log sync that is done at once. */
const atOnce: WalSync = { sync: async () => {}, close: async () => {} };

const tick = () => new Promise((resolve) => setImmediate(resolve));
const probeKeys = (db: Db) =>
  sql<{ k: string }>`select k from gc_probe order by k`
    .execute(db.db)
    .then((r) => r.rows.map((row) => row.k));

describe('group commit on SQLite', () => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDb('sqlite');
    db = fresh.db;
    drop = fresh.drop;
    await sql`create table gc_probe (k text primary key)`.execute(db.db);
  });
  afterAll(() => drop());

  const committer = (wal?: WalSync) => {
    const writer = db.writer;
    if (!writer) throw new Error('SQLite has a writer');
    return groupCommitter(writer.db, writer.handle, writer.lock, wal);
  };

  it('runs the commit hooks, then answers only once the log is on disk', async () => {
    const held = heldSync();
    const transaction = committer(held.sync);
    const seen: string[] = [];
    let answered = false;
    const done = transaction(async (tx, hooks) => {
      await sql`insert into gc_probe (k) values ('a1')`.execute(tx);
      hooks.push(() => seen.push('hook'));
      return 'a1';
    }).then((v) => {
      answered = true;
      return v;
    });
    while (held.waiting.length === 0) await tick();
    // Committed and visible to readers, the hook run, and the caller still waiting for the disk.
    expect(seen).toEqual(['hook']);
    expect(await probeKeys(db)).toContain('a1');
    await tick();
    expect(answered).toBe(false);
    held.waiting[0]?.resolve();
    expect(await done).toBe('a1');
  });

  it('lets the next commit through while the last one is still syncing', async () => {
    const held = heldSync();
    const transaction = committer(held.sync);
    const first = transaction(async (tx) => sql`insert into gc_probe (k) values ('b1')`.execute(tx));
    while (held.waiting.length === 0) await tick();
    const second = transaction(async (tx) => sql`insert into gc_probe (k) values ('b2')`.execute(tx));
    while (held.waiting.length === 1) await tick();
    expect(await probeKeys(db)).toEqual(expect.arrayContaining(['b1', 'b2']));
    for (const w of held.waiting) w.resolve();
    await Promise.all([first, second]);
  });

  it('runs no hook of a transaction that failed, and answers each its own outcome', async () => {
    const held = heldSync();
    const transaction = committer(held.sync);
    const hooked: number[] = [];
    const results = Promise.allSettled(
      [0, 1, 2, 3].map((i) =>
        transaction(async (tx, hooks) => {
          await sql`insert into gc_probe (k) values (${`c${i}`})`.execute(tx);
          hooks.push(() => hooked.push(i));
          if (i === 2) throw new Error('refused 2');
          return i;
        }),
      ),
    );
    // They arrive together, so they share one commit and one sync.
    while (held.waiting.length === 0) await tick();
    expect(hooked.sort()).toEqual([0, 1, 3]);
    held.waiting[0]?.resolve();
    const settled = await results;
    expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(hooked.sort()).toEqual([0, 1, 3]);
    expect((await probeKeys(db)).filter((k) => k.startsWith('c'))).toEqual(['c0', 'c1', 'c3']);
  });

  it("answers a hook that throws as its caller's error, after the commit", async () => {
    const transaction = committer(atOnce);
    const failing = transaction(async (tx, hooks) => {
      await sql`insert into gc_probe (k) values ('d1')`.execute(tx);
      hooks.push(() => {
        throw new Error('delivery failed');
      });
    });
    await expect(failing).rejects.toThrow('delivery failed');
    expect(await probeKeys(db)).toContain('d1');
  });

  it('answers every caller with the error when the log cannot be synced', async () => {
    const held = heldSync();
    const transaction = committer(held.sync);
    const failing = transaction(async (tx) => sql`insert into gc_probe (k) values ('e1')`.execute(tx));
    while (held.waiting.length === 0) await tick();
    held.waiting[0]?.reject(new Error('EIO'));
    await expect(failing).rejects.toThrow('EIO');
  });

  it('answers every caller of a batch that could not begin, instead of leaving them waiting', async () => {
    const handle = db.writer?.handle;
    if (!handle) throw new Error('SQLite has a writer');
    // Another process holds the write lock, and this writer will not wait for it.
    const other = new SQLite(handle.name);
    other.exec('begin immediate');
    handle.pragma('busy_timeout = 0');
    try {
      const transaction = committer(atOnce);
      const results = await Promise.allSettled(
        [1, 2].map((i) =>
          transaction(async (tx) => sql`insert into gc_probe (k) values (${`f${i}`})`.execute(tx)),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i);
    } finally {
      other.exec('rollback');
      other.close();
      handle.pragma('busy_timeout = 5000');
    }
    expect((await probeKeys(db)).filter((k) => k.startsWith('f'))).toEqual([]);
  });

  it('commits its own batches without waiting for the disk, and leaves every other write FULL', async () => {
    const handle = db.writer?.handle;
    const modes: number[] = [];
    const transaction = committer({
      sync: async () => {
        modes.push(handle?.pragma('synchronous', { simple: true }) as number);
      },
      close: async () => {},
    });
    await transaction(async (tx) => {
      modes.push(
        Number((await sql<{ synchronous: number }>`pragma synchronous`.execute(tx)).rows[0]?.synchronous),
      );
    });
    // 1 is NORMAL (inside the batch), 2 is FULL (by the time the sync runs, and ever after).
    expect(modes).toEqual([1, 2]);
    expect(handle?.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('sends a live event as soon as it is committed, while its writer waits for the disk', async () => {
    const writer = db.writer;
    if (!writer?.wal) throw new Error('a SQLite file syncs its log');
    await sql`insert into users (id, email, email_key, display_name, password_hash, created_at)
      values ('u-live', 'l@example.test', 'l@example.test', 'L', 'x', 0)`.execute(db.db);
    const held = heldSync();
    const repos = createRepositories({ db: db.db, engine: 'sqlite', writer: { ...writer, wal: held.sync } });
    const hub = await createHub(repos, () => 1);
    const got: string[] = [];
    hub.subscribe('u-live', (event) => got.push(event.type));
    let answered = false;
    const publishing = hub.publish(['u-live'], 'alert', { alertId: 'a' }).then(() => {
      answered = true;
    });
    while (held.waiting.length === 0) await tick();
    expect(got).toEqual(['alert']);
    expect(answered).toBe(false);
    held.waiting[0]?.resolve();
    await publishing;
    expect(got).toEqual(['alert']);
    await hub.close();
  });
});

describe('syncing the log', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mend-wal-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in for the log's file whose datasyncs finish when the test says so. */
  function fakeLog() {
    const pending: (() => void)[] = [];
    let opened = 0;
    const handle = {
      datasync: () => new Promise<void>((resolve) => pending.push(resolve)),
      close: async () => {},
    } as unknown as FileHandle;
    const openFile = (async () => {
      opened++;
      return handle;
    }) as unknown as typeof import('node:fs/promises').open;
    return { pending, openFile, opened: () => opened };
  }

  it('shares one sync among callers that arrive while it runs, and starts one more after it', async () => {
    const log = fakeLog();
    const wal = walSync(join(dir, 'x.sqlite'), log.openFile);
    const order: string[] = [];
    const a = wal.sync().then(() => order.push('a'));
    while (log.pending.length === 0) await tick();
    // b and c may have committed after a's sync began, so they wait for the next one, together.
    const b = wal.sync().then(() => order.push('b'));
    const c = wal.sync().then(() => order.push('c'));
    await tick();
    expect(log.pending).toHaveLength(1);
    log.pending[0]?.();
    await a;
    while (log.pending.length < 2) await tick();
    expect(order).toEqual(['a']);
    log.pending[1]?.();
    await Promise.all([b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(log.opened()).toBe(1);
    await wal.close();
  });

  it('syncs a real log file, and reports a missing one', async () => {
    const file = join(dir, 'real.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${file}-wal`, 'frames');
    const wal = walSync(file);
    await wal.sync();
    await wal.sync();
    await wal.close();
    const missing = walSync(join(dir, 'none.sqlite'));
    await expect(missing.sync()).rejects.toThrow(/ENOENT/);
    await missing.close();
  });
});
