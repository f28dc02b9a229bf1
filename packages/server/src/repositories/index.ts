import type { Kysely } from 'kysely';
import type { Db, Engine } from '../db/connect';
import type { Database } from '../db/schema';
import { accessLogRepository } from './access-log';
import { eventsRepository } from './events';
import { feelingsRepositories } from './feelings/index';
import { groundworkRepositories } from './groundwork/index';
import { invitesRepository } from './invites';
import { jobsRepository } from './jobs';
import { sessionsRepository } from './sessions';
import { spacesRepository } from './spaces';
import { statusesRepository } from './statuses';
import { throttleRepository } from './throttle';
import { usersRepository } from './users';

function build(db: Kysely<Database>, engine: Engine) {
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
    ...groundworkRepositories(db, engine),
    ...feelingsRepositories(db, engine),
  };
}

/** Every repository over one database: the only code that touches Kysely. */
export function createRepositories({ db, engine }: Pick<Db, 'db' | 'engine'>) {
  return {
    ...build(db, engine),
    /** Runs `fn` with repositories bound to one transaction: all of it is written, or none. */
    transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => fn(createRepositories({ db: trx, engine })));
    },
  };
}

export type Repositories = ReturnType<typeof build> & {
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
};
