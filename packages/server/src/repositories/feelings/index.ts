import type { Kysely } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';

/** The feelings repositories, merged into `createRepositories`. */
export function feelingsRepositories(_db: Kysely<Database>, _engine: Engine) {
  return {};
}
