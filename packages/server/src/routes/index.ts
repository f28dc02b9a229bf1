import { actionRoutes } from './action';
import { authRoutes } from './auth';
import { conversationsRoutes } from './conversations';
import { feelingsRoutes } from './feelings';
import { groundworkRoutes } from './groundwork';
import { healthRoutes } from './health';
import { liveRoutes } from './live';
import { privacyRoutes } from './privacy';
import { pushRoutes } from './push';
import { spaceRoutes } from './spaces';
import type { App, RouteDeps } from './types';

/** Every route module, registered in this order; a feature adds one line here. */
const ROUTE_MODULES: ((app: App, deps: RouteDeps) => void)[] = [
  healthRoutes,
  authRoutes,
  spaceRoutes,
  privacyRoutes,
  liveRoutes,
  groundworkRoutes,
  feelingsRoutes,
  conversationsRoutes,
  actionRoutes,
  pushRoutes,
];

/** Registers every route of the API. */
export function registerRoutes(app: App, deps: RouteDeps): void {
  for (const register of ROUTE_MODULES) register(app, deps);
}
