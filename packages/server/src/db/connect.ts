import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { IdentityWatch, writesIdentity } from './identity';
import type { Database } from './schema';
import { splitSqliteDialect, WriteLock } from './sqlite-split';
import { type WalSync, walSync } from './wal-sync';

/** Which database engine a connection talks to. */
export type Engine = 'sqlite' | 'postgres';

/** An open database with the means to close it. */
export interface Db {
  db: Kysely<Database>;
  engine: Engine;
  /** The SQLite handle, for online backups; absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  /**
   * SQLite's writing connection and its lock, for group commit, with the means to sync its log off
   * the event loop (absent for `:memory:`); absent on PostgreSQL.
   */
  writer?: { db: Kysely<Database>; lock: WriteLock; handle: SQLite.Database; wal?: WalSync };
  /** The PostgreSQL connection string, for LISTEN/NOTIFY and pg_dump; absent on SQLite. */
  url?: string;
  /** Changes to who is signed in, for the session cache; absent on SQLite (no cache there). */
  identity?: IdentityWatch;
  /** PostgreSQL connections for group-commit batches (lock waits bounded); absent on SQLite. */
  batches?: Kysely<Database>;
  close(): Promise<void>;
}

// Instants are stored as int8 milliseconds; pg hands int8 back as strings unless told otherwise.
pg.types.setTypeParser(20, (v) => Number(v));

/** Where to connect: a PostgreSQL URL, or a SQLite file (or `:memory:`). */
export type DbTarget = { url: string; schema?: string } | { file: string };

/** Opens the embedded SQLite database in `dataDir`, or PostgreSQL when a URL is given. */
export function openDb(target: DbTarget): Db {
  return 'url' in target ? openPostgres(target.url, target.schema) : openSqlite(target.file);
}

/** The default SQLite file inside a data directory, created on first use. */
export function sqliteFileIn(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'mend.sqlite');
}

function openSqlite(file: string): Db {
  const write = new SQLite(file);
  const mode = write.pragma('journal_mode = WAL', { simple: true });
  // FULL: an acknowledged write survives a power cut, not only a crash (decision record 003). Group
  // commit relaxes it for its own COMMITs and syncs the log itself before answering (decision 050).
  write.pragma('synchronous = FULL');
  write.pragma('foreign_keys = ON');
  write.pragma('busy_timeout = 5000');
  // A second connection for plain reads (WAL lets it read while a write is open); an in-memory
  // database exists only on its one connection, so there it reads through the writer.
  const read = file === ':memory:' ? write : new SQLite(file);
  if (read !== write) read.pragma('query_only = ON');
  const lock = new WriteLock();
  const db = new Kysely<Database>({
    dialect: splitSqliteDialect(withStatementCache(read), withStatementCache(write), lock),
  });
  const writer = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(write) }),
  });
  // Only a file in WAL mode has a log to sync; elsewhere each COMMIT is durable on its own.
  const wal = file !== ':memory:' && mode === 'wal' ? walSync(file) : undefined;
  return {
    db,
    engine: 'sqlite',
    sqlite: write,
    writer: { db: writer, lock, handle: write, wal },
    close: async () => {
      await wal?.close();
      await db.destroy();
    },
  };
}

/** The longest a group-commit batch waits for any lock before it is split up (group-commit.ts). */
export const BATCH_LOCK_TIMEOUT = '200ms';

function openPostgres(url: string, schema?: string): Db {
  const options = schema ? { options: `-c search_path=${schema}` } : {};
  const pool = new pg.Pool({ connectionString: url, max: 10, ...options });
  const identity = new IdentityWatch();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withNamedStatements(pool, identity) }),
  });
  // Group-commit batches run on connections of their own whose every lock wait is bounded, so a
  // batch needs no extra statement to set it. node-postgres runs this first on each new connection.
  const batchPool = new pg.Pool({ connectionString: url, max: 3, ...options });
  batchPool.on('connect', (client) => {
    client.query(`set lock_timeout = '${BATCH_LOCK_TIMEOUT}'`).catch(() => {});
  });
  const batches = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withNamedStatements(batchPool, identity) }),
  });
  return {
    db,
    engine: 'postgres',
    url,
    identity,
    batches,
    close: async () => {
      await Promise.all([db.destroy(), batches.destroy()]);
    },
  };
}

/**
 * Kysely prepares every query anew; SQLite's prepare costs more than running a small query, so
 * prepared statements are kept per SQL text (Mend's queries are a small, fixed set).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      if (cache.size < 2000) cache.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get: (target, key, receiver) => (key === 'prepare' ? prepare : Reflect.get(target, key, receiver)),
  });
}

/**
 * Names every data query after its SQL text, so each connection parses and plans it once and
 * reuses the plan (node-postgres keeps named statements per connection); DDL stays unnamed. Also
 * tells `identity` when a statement writes who-is-signed-in data: as it is sent, and again once the
 * transaction it ran in has ended (so nothing read in between is trusted afterwards).
 */
function withNamedStatements(pool: pg.Pool, identity: IdentityWatch): pg.Pool {
  const names = new Map<string, string>();
  // Past 5,000 distinct texts a query simply goes unnamed; a name never stands for two texts.
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known || names.size >= 5000) return known;
    const name = `m${names.size.toString(36)}`;
    names.set(text, name);
    return name;
  };
  const wrap = (client: pg.PoolClient): pg.PoolClient => {
    let inTransaction = false;
    let wroteIdentity = false;
    const ended = () => {
      if (wroteIdentity && !inTransaction) {
        wroteIdentity = false;
        identity.changed();
      }
    };
    return new Proxy(client, {
      get(target, key, receiver) {
        if (key === 'release')
          return (...args: unknown[]) => {
            inTransaction = false;
            ended();
            return (target.release as (...a: unknown[]) => void)(...args);
          };
        if (key !== 'query') return Reflect.get(target, key, receiver);
        return async (text: unknown, values?: unknown[]) => {
          if (typeof text !== 'string') return target.query(text as string, values);
          if (/^\s*(begin|start\s+transaction)\b/i.test(text)) inTransaction = true;
          if (writesIdentity(text)) {
            wroteIdentity = true;
            identity.changed();
          }
          try {
            return /^\s*(select|insert|update|delete)\b/i.test(text)
              ? await target.query({ name: nameOf(text), text, values })
              : await target.query(text, values);
          } finally {
            if (/^\s*(commit|rollback|end|abort)\s*;?\s*$/i.test(text)) inTransaction = false;
            ended();
          }
        };
      },
    });
  };
  return new Proxy(pool, {
    get(target, key, receiver) {
      if (key !== 'connect') return Reflect.get(target, key, receiver);
      return async () => wrap(await target.connect());
    },
  });
}
