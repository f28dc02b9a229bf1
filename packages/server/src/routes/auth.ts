import { ErrorBody, Login, NoContent, Register, UserReply } from '@mend/contracts';
import { requireActor, SESSION_COOKIE, setSessionCookie } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody };

/** Sign up, sign in, sign out. */
export function authRoutes(app: App, { services, secure }: RouteDeps): void {
  app.post(
    '/api/auth/register',
    {
      config: { public: true },
      schema: { tags: ['auth'], body: Register, response: { 201: UserReply, ...errors } },
    },
    async (request, reply) => {
      const { user, token } = await services.auth.register(request.body, request.ip);
      setSessionCookie(reply, token, secure, services.auth.sessionTtlMs);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], body: Login, response: { 200: UserReply, ...errors } },
    },
    async (request, reply) => {
      const { user, token } = await services.auth.login(request.body, request.ip);
      setSessionCookie(reply, token, secure, services.auth.sessionTtlMs);
      return { user };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 204: NoContent, 401: ErrorBody, 403: ErrorBody } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await services.auth.logout(actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
}
