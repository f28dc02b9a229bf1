import type { Actor, ServiceDeps } from '../context';
import { counsellingService } from './counselling';
import { disclosuresService } from './disclosures';
import { lettersService } from './letters';
import { noContactService } from './no-contact';
import { timelineService } from './timeline';
import { transparencyService } from './transparency';

/** The groundwork services, merged into `createServices`. */
export function groundworkServices(deps: ServiceDeps, _partnerIds: (actor: Actor) => Promise<string[]>) {
  const disclosures = disclosuresService(deps);
  return {
    letters: lettersService(deps),
    disclosures,
    noContact: noContactService(deps),
    transparency: transparencyService(deps),
    counselling: counsellingService(deps),
    timeline: timelineService(deps, disclosures),
  };
}
