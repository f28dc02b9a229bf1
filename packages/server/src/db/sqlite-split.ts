import type SQLite from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

/** A first-come, first-served lock for the one SQLite writer. */
export class WriteLock {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for the lock; answers the function that releases it. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

function run(db: SQLite.Database, query: CompiledQuery): QueryResult<never> {
  const statement = db.prepare(query.sql);
  const parameters = query.parameters as unknown[];
  if (statement.reader) return { rows: statement.all(parameters) as never[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}

class SplitConnection implements DatabaseConnection {
  holdsWrite = false;
  constructor(
    private readonly read: SQLite.Database,
    private readonly write: SQLite.Database,
    private readonly lock: WriteLock,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.holdsWrite) return run(this.write, query) as QueryResult<R>;
    if (SelectQueryNode.is(query.query)) return run(this.read, query) as QueryResult<R>;
    const release = await this.lock.acquire();
    try {
      return run(this.write, query) as QueryResult<R>;
    } finally {
      release();
    }
  }

  // biome-ignore lint/correctness/useYield: streaming is not used by Mend; refusing it is the point
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported');
  }
}

/**
 * SQLite with two connections to one WAL file: plain reads go to the reading connection and never
 * wait; every write — a statement on its own, a transaction, or a group-commit batch — takes the
 * one write lock. So a long batch of writes no longer holds up sign-ins and reads, and writes that
 * arrive meanwhile queue up for the next shared commit (decision record 010).
 */
class SplitDriver implements Driver {
  constructor(
    private readonly read: SQLite.Database,
    private readonly write: SQLite.Database,
    private readonly lock: WriteLock,
  ) {}
  private readonly releases = new WeakMap<SplitConnection, () => void>();

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new SplitConnection(this.read, this.write, this.lock);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as SplitConnection;
    this.releases.set(c, await this.lock.acquire());
    c.holdsWrite = true;
    this.write.exec('begin');
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.end(connection as SplitConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.end(connection as SplitConnection, 'rollback');
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    if (this.read !== this.write) this.read.close();
    this.write.close();
  }

  private end(c: SplitConnection, how: 'commit' | 'rollback'): void {
    try {
      if (how === 'commit' || this.write.inTransaction) this.write.exec(how);
    } catch (err) {
      // A commit that failed leaves the transaction open; close it before the lock is handed on.
      if (this.write.inTransaction) this.write.exec('rollback');
      throw err;
    } finally {
      c.holdsWrite = false;
      this.releases.get(c)?.();
      this.releases.delete(c);
    }
  }
}

/** The dialect for `SplitDriver`; the same adapter, compiler and introspector as Kysely's own. */
export function splitSqliteDialect(read: SQLite.Database, write: SQLite.Database, lock: WriteLock): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new SplitDriver(read, write, lock),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
  };
}
