import type { Actor, ServiceDeps } from '../context';

/** The feelings services, merged into `createServices`. */
export function feelingsServices(_deps: ServiceDeps, _partnerIds: (actor: Actor) => Promise<string[]>) {
  return {};
}
