import type { Kysely } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';

/** The groundwork repositories, merged into `createRepositories`. */
export function groundworkRepositories(_db: Kysely<Database>, _engine: Engine) {
  return {};
}
