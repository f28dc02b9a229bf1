import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

/** The emotional reality: alerts, moods, triggers, the encrypted journal, support. */
export function feelings(_engine: Engine): Migration {
  return {
    async up(_db: Kysely<unknown>) {},
  };
}
