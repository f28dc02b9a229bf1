import type { Actor, ServiceDeps } from '../context';
import { alertService } from './alerts';
import { journalService } from './journal';
import { moodService } from './moods';
import { supportService } from './support';
import { triggerService } from './triggers';

/** The feelings services, merged into `createServices`. */
export function feelingsServices(deps: ServiceDeps, partnerIds: (actor: Actor) => Promise<string[]>) {
  return {
    alerts: alertService(deps, partnerIds),
    moods: moodService(deps, partnerIds),
    triggers: triggerService(deps),
    journal: journalService(deps),
    support: supportService(deps, partnerIds),
  };
}
