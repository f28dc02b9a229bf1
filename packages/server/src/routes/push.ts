import {
  DeletePushSubscription,
  ErrorBody,
  NoContent,
  PushDeviceList,
  PushDeviceReply,
  PushKeyReply,
  SavePushSubscription,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Web Push: the server's public key and the caller's own devices. */
export function pushRoutes(app: App, { services }: RouteDeps): void {
  app.get(
    '/api/push/key',
    { schema: { tags: ['push'], response: { 200: PushKeyReply, ...errors } } },
    async (request) => {
      requireActor(request);
      return services.push.publicKey();
    },
  );
  app.get(
    '/api/push/subscriptions',
    { schema: { tags: ['push'], response: { 200: PushDeviceList, ...errors } } },
    async (request) => ({ devices: await services.push.devices(requireActor(request)) }),
  );
  app.post(
    '/api/push/subscriptions',
    {
      schema: { tags: ['push'], body: SavePushSubscription, response: { 201: PushDeviceReply, ...errors } },
    },
    async (request, reply) => {
      const device = await services.push.subscribe(requireActor(request), request.body);
      return reply.status(201).send({ device });
    },
  );
  app.delete(
    '/api/push/subscriptions',
    { schema: { tags: ['push'], body: DeletePushSubscription, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await services.push.unsubscribe(requireActor(request), request.body.endpoint);
      return reply.status(204).send();
    },
  );
}
