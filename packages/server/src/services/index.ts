import { actionServices } from './action/index';
import { authService } from './auth';
import type { ServiceDeps } from './context';
import { conversationsServices } from './conversations/index';
import { feelingsServices } from './feelings/index';
import { groundworkServices } from './groundwork/index';
import { liveService } from './live';
import { privacyService } from './privacy';
import { pushService } from './push';
import { spacesService } from './spaces';
import { statusService } from './status';

/** Every service, wired once per app. */
export function createServices(deps: ServiceDeps) {
  const spaces = spacesService(deps);
  const partnerIds = spaces.partnerIds.bind(spaces);
  const groundwork = groundworkServices(deps, partnerIds);
  return {
    auth: authService(deps),
    spaces,
    status: statusService(deps, partnerIds),
    privacy: privacyService(deps, partnerIds),
    live: liveService(deps),
    push: pushService(deps, deps.push),
    ...groundwork,
    ...feelingsServices(deps, partnerIds),
    ...conversationsServices(deps),
    ...actionServices(deps, (actor) => groundwork.disclosures.honesty(actor)),
  };
}

export type Services = ReturnType<typeof createServices>;
