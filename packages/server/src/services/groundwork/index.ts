import type { Actor, ServiceDeps } from '../context';

/** The groundwork services, merged into `createServices`. */
export function groundworkServices(_deps: ServiceDeps, _partnerIds: (actor: Actor) => Promise<string[]>) {
  return {};
}
