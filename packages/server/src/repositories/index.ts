import type { Insertable, Kysely } from 'kysely';
import type { Db, Engine } from '../db/connect';
import type { Database, EventsTable } from '../db/schema';
import { accessLogRepository } from './access-log';
import { actionRepositories } from './action/index';
import { conversationsRepositories } from './conversations/index';
import { eventsRepository, type StagedEvents, storeStaged } from './events';
import { feelingsRepositories } from './feelings/index';
import { groundworkRepositories } from './groundwork/index';
import { type CommitHooks, groupCommitter, pgGroupCommitter } from './group-commit';
import { invitesRepository } from './invites';
import { jobsRepository } from './jobs';
import { pushSubscriptionsRepository } from './push-subscriptions';
import { sessionsRepository } from './sessions';
import { spacesRepository } from './spaces';
import { statusesRepository } from './statuses';
import { throttleRepository } from './throttle';
import { usersRepository } from './users';

function foundationRepositories(db: Kysely<Database>, engine: Engine) {
  return {
    users: usersRepository(db),
    sessions: sessionsRepository(db),
    spaces: spacesRepository(db),
    invites: invitesRepository(db),
    statuses: statusesRepository(db),
    accessLog: accessLogRepository(db),
    events: eventsRepository(db, engine),
    jobs: jobsRepository(db, engine),
    throttle: throttleRepository(db),
    pushSubscriptions: pushSubscriptionsRepository(db),
  };
}

/** The repository families; together, every repository. */
const FAMILIES = [
  foundationRepositories,
  groundworkRepositories,
  feelingsRepositories,
  conversationsRepositories,
  actionRepositories,
] as const;

function build(db: Kysely<Database>, engine: Engine) {
  return {
    ...foundationRepositories(db, engine),
    ...groundworkRepositories(db, engine),
    ...feelingsRepositories(db, engine),
    ...conversationsRepositories(db, engine),
    ...actionRepositories(db, engine),
  };
}

/** Which family holds each repository, learnt once from an eager build. */
let familyOf: Map<string | symbol, number> | undefined;

/** Every repository over one database: the only code that touches Kysely. */
export function createRepositories({
  db,
  engine,
  writer,
  batches,
}: Pick<Db, 'db' | 'engine' | 'writer' | 'batches'>): Repositories {
  const grouped = writer ? groupCommitter(writer.db, writer.handle, writer.lock, writer.wal) : undefined;
  const pgGrouped = engine === 'postgres' ? pgGroupCommitter(db, batches ?? db, storeStaged) : undefined;
  return {
    ...build(db, engine),
    /**
     * Runs `fn` with repositories bound to one transaction: all of it is written, or none. Inside
     * `fn` use only `tx` (the outer repositories' transactions wait for the one `fn` is in). On
     * PostgreSQL `fn` may run more than once (group commit retries a failed batch one by one) and
     * only the run that committed counts: keep its effects in `tx` or in what it returns.
     */
    transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      if (grouped) return grouped((conn, hooks) => fn(bound(conn, engine, undefined, hooks)));
      if (pgGrouped) return pgGrouped((conn, staged) => fn(bound(conn, engine, staged)));
      return db.transaction().execute((trx) => fn(bound(trx, engine)));
    },
    stageEvents: () => false,
    afterCommit: () => false,
  };
}

/**
 * Repositories already inside a transaction: a nested `transaction` simply runs in it. A transaction
 * uses a few of some seventy repositories, so each family is built when one of its repositories is
 * first used (building all of them cost ~50 us per transaction, on every write).
 */
function bound(
  db: Kysely<Database>,
  engine: Engine,
  staged?: StagedEvents,
  hooks?: CommitHooks,
): Repositories {
  if (!familyOf) {
    const map = new Map<string | symbol, number>();
    FAMILIES.forEach((family, i) => {
      for (const key of Object.keys(family(db, engine))) map.set(key, i);
    });
    familyOf = map;
  }
  const index = familyOf;
  const made: (Record<string | symbol, unknown> | undefined)[] = [];
  const own: Pick<Repositories, 'transaction' | 'stageEvents' | 'afterCommit'> = {
    transaction: (fn) => fn(repos),
    stageEvents(rows, channel) {
      if (!staged) return false;
      staged.push({ rows, channel });
      return true;
    },
    afterCommit(hook) {
      if (!hooks) return false;
      hooks.push(hook);
      return true;
    },
  };
  const repos = new Proxy(own, {
    get(target, key, receiver) {
      const i = index.get(key);
      if (i === undefined) return Reflect.get(target, key, receiver);
      made[i] ??= (FAMILIES[i] as (db: Kysely<Database>, engine: Engine) => Record<string | symbol, unknown>)(
        db,
        engine,
      );
      return made[i][key];
    },
  }) as Repositories;
  return repos;
}

export type Repositories = ReturnType<typeof build> & {
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Inside a PostgreSQL transaction: keeps live events to store (and NOTIFY on `channel`) just
   * before the COMMIT, and answers true; elsewhere answers false and the caller stores them itself.
   */
  stageEvents(rows: Insertable<EventsTable>[], channel: string): boolean;
  /**
   * Inside a SQLite group-commit transaction: runs `hook` once the transaction has committed,
   * before its commit is on disk and its caller answered, and answers true; elsewhere answers false
   * and the caller runs it itself once the transaction has answered.
   */
  afterCommit(hook: () => void): boolean;
};
