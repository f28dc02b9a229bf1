import type { App, RouteDeps } from './types';

/** The groundwork routes. */
export function groundworkRoutes(_app: App, _deps: RouteDeps): void {}
