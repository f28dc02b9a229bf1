import type { Db } from '../db/connect';
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

/** Every repository over one database: the only code that touches Kysely. */
export function createRepositories({ db, engine }: Db) {
  return {
    users: usersRepository(db),
    sessions: sessionsRepository(db),
    spaces: spacesRepository(db),
    invites: invitesRepository(db),
    statuses: statusesRepository(db),
    accessLog: accessLogRepository(db),
    events: eventsRepository(db),
    jobs: jobsRepository(db, engine),
    throttle: throttleRepository(db),
    ...groundworkRepositories(db, engine),
    ...feelingsRepositories(db, engine),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
