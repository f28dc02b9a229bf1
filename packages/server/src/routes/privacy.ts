import {
  AccessLog,
  DeleteAccount,
  ErrorBody,
  ExportReply,
  NoContent,
  Safety,
  SafetyResetReply,
  SetSafety,
  SetStatus,
  Status,
  StatusReply,
} from '@mend/contracts';
import { z } from 'zod';
import { requireActor, SESSION_COOKIE } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Safety, status lines, the access log, export and erasure. */
export function privacyRoutes(app: App, { services }: RouteDeps): void {
  app.put(
    '/api/me/safety',
    {
      schema: {
        tags: ['privacy'],
        body: SetSafety,
        response: { 200: z.object({ safety: Safety }), ...errors },
      },
    },
    async (request) => ({ safety: await services.privacy.setSafety(requireActor(request), request.body) }),
  );

  app.post(
    '/api/safety/reset',
    { schema: { tags: ['privacy'], response: { 200: SafetyResetReply, ...errors } } },
    async (request) => services.privacy.safetyReset(requireActor(request)),
  );

  app.put(
    '/api/status',
    {
      schema: {
        tags: ['status'],
        body: SetStatus,
        response: { 200: z.object({ status: Status }), ...errors },
      },
    },
    async (request) => ({ status: await services.status.set(requireActor(request), request.body) }),
  );

  app.get(
    '/api/status',
    { schema: { tags: ['status'], response: { 200: StatusReply, ...errors } } },
    async (request) => services.status.get(requireActor(request)),
  );

  app.get(
    '/api/access-log',
    { schema: { tags: ['privacy'], response: { 200: AccessLog, ...errors } } },
    async (request) => ({
      entries: await services.privacy.accessLog(requireActor(request)),
    }),
  );

  app.get(
    '/api/export',
    { schema: { tags: ['privacy'], response: { 200: ExportReply, 401: ErrorBody } } },
    async (request, reply) => {
      const data = await services.privacy.exportAll(requireActor(request));
      const day = data.exportedAt.slice(0, 10);
      reply.header('content-disposition', `attachment; filename="mend-export-${day}.json"`);
      reply.header('cache-control', 'no-store');
      return data;
    },
  );

  app.delete(
    '/api/me',
    { schema: { tags: ['privacy'], body: DeleteAccount, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await services.auth.checkPassword(actor.userId, request.body.password);
      await services.privacy.deleteAccount(actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
}
