import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../errors';
import type { Actor } from '../services/context';
import type { Services } from '../services/index';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'mend_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Open to people who are not signed in. */
    public?: boolean;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests (and the live socket) whose Origin is not the app's own:
 * the public URL, or the very host the request was sent to.
 */
export function originAllowed(request: FastifyRequest, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  if (origin === new URL(publicUrl).origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Adds the origin check and `request.actor` (the signed-in person, or null). */
export function registerAuth(app: FastifyInstance, services: Services, publicUrl: string): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const isLive = request.url.startsWith('/api/live');
    if ((STATE_CHANGING.has(request.method) || isLive) && !originAllowed(request, publicUrl)) {
      throw new AppError(403, 'bad_origin', 'This request did not come from Mend itself.');
    }
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? ((await services.auth.authenticate(token)) ?? null) : null;
    // Checked before the body is read, so a signed-out call learns nothing from validation.
    const config = request.routeOptions.config as { public?: boolean } | undefined;
    if (!request.actor && request.url.startsWith('/api/') && request.is404 === false && !config?.public) {
      throw unauthenticated();
    }
  });
}

/** The signed-in person, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure behind https. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  secure: boolean,
  maxAgeMs: number,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}
