import type { App, RouteDeps } from './types';

/** The feelings routes. */
export function feelingsRoutes(_app: App, _deps: RouteDeps): void {}
