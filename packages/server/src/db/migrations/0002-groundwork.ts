import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../connect';

/** Groundwork: letters and apologies, disclosures, no contact, transparency, counselling, timeline. */
export function groundwork(_engine: Engine): Migration {
  return {
    async up(_db: Kysely<unknown>) {},
  };
}
