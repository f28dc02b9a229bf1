import {
  AcceptInvite,
  CreateSpace,
  ErrorBody,
  Invite,
  InviteParams,
  InvitePreview,
  Me,
  NoContent,
  SpaceReply,
  UpdateSpace,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The caller, their space, invites, joining and leaving. */
export function spaceRoutes(app: App, { services }: RouteDeps): void {
  app.get(
    '/api/me',
    { schema: { tags: ['space'], response: { 200: Me, 401: ErrorBody } } },
    async (request) => services.spaces.me(requireActor(request)),
  );

  app.post(
    '/api/spaces',
    { schema: { tags: ['space'], body: CreateSpace, response: { 201: SpaceReply, ...errors } } },
    async (request, reply) => {
      const space = await services.spaces.create(requireActor(request), request.body);
      return reply.status(201).send({ space });
    },
  );

  app.patch(
    '/api/spaces/current',
    { schema: { tags: ['space'], body: UpdateSpace, response: { 200: SpaceReply, ...errors } } },
    async (request) => ({
      space: await services.spaces.setDiscoveredOn(requireActor(request), request.body.discoveredOn),
    }),
  );

  app.post(
    '/api/spaces/current/invites',
    { schema: { tags: ['space'], response: { 201: Invite, ...errors } } },
    async (request, reply) => reply.status(201).send(await services.spaces.invite(requireActor(request))),
  );

  app.get(
    '/api/invites/:code',
    { schema: { tags: ['space'], params: InviteParams, response: { 200: InvitePreview, ...errors } } },
    async (request) => {
      requireActor(request);
      return { invite: await services.spaces.previewInvite(request.params.code) };
    },
  );

  app.post(
    '/api/invites/:code/accept',
    {
      schema: {
        tags: ['space'],
        params: InviteParams,
        body: AcceptInvite,
        response: { 200: SpaceReply, ...errors },
      },
    },
    async (request) => ({
      space: await services.spaces.accept(requireActor(request), request.params.code, request.body?.role),
    }),
  );

  app.post(
    '/api/spaces/current/leave',
    { schema: { tags: ['space'], response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await services.spaces.leave(requireActor(request));
      return reply.status(204).send();
    },
  );
}
