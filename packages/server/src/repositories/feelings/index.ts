import type { Kysely } from 'kysely';
import type { Engine } from '../../db/connect';
import type { Database } from '../../db/schema';
import { alertsRepository } from './alerts';
import { journalRepository } from './journal';
import { moodsRepository } from './moods';
import { feelingsSettingsRepository, hardDatesRepository, supportRepository } from './support';
import { triggersRepository } from './triggers';

/** The feelings repositories, merged into `createRepositories`. */
export function feelingsRepositories(db: Kysely<Database>, _engine: Engine) {
  return {
    alerts: alertsRepository(db),
    moods: moodsRepository(db),
    triggers: triggersRepository(db),
    journal: journalRepository(db),
    supportContacts: supportRepository(db),
    hardDates: hardDatesRepository(db),
    feelingsSettings: feelingsSettingsRepository(db),
  };
}
