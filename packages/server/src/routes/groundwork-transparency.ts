import {
  AllyReply,
  ItemReply,
  NoContent,
  OfferItem,
  RecordParams,
  ReviseItem,
  SetAlly,
  TransparencyOverview,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import { groundworkErrors as errors } from './groundwork-letters';
import type { App, RouteDeps } from './types';

const tags = ['groundwork'];
const ACTIONS = ['accept', 'decline', 'pause', 'resume', 'end'] as const;

/** The transparency agreement and the ally. */
export function transparencyRoutes(app: App, { services }: RouteDeps): void {
  const { transparency } = services;

  app.get(
    '/api/transparency',
    { schema: { tags, response: { 200: TransparencyOverview, ...errors } } },
    async (request) => transparency.overview(requireActor(request)),
  );

  app.post(
    '/api/transparency/items',
    { schema: { tags, body: OfferItem, response: { 201: ItemReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ item: await transparency.offer(requireActor(request), request.body) }),
  );

  for (const action of ACTIONS) {
    app.post(
      `/api/transparency/items/:id/${action}`,
      { schema: { tags, params: RecordParams, response: { 200: ItemReply, ...errors } } },
      async (request) => ({ item: await transparency.act(requireActor(request), request.params.id, action) }),
    );
  }

  app.post(
    '/api/transparency/items/:id/revise',
    { schema: { tags, params: RecordParams, body: ReviseItem, response: { 201: ItemReply, ...errors } } },
    async (request, reply) =>
      reply
        .status(201)
        .send({ item: await transparency.revise(requireActor(request), request.params.id, request.body) }),
  );

  app.put(
    '/api/transparency/ally',
    { schema: { tags, body: SetAlly, response: { 200: AllyReply, ...errors } } },
    async (request) => ({
      ally: await transparency.setAlly(requireActor(request), request.body),
    }),
  );

  app.delete(
    '/api/transparency/ally',
    { schema: { tags, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await transparency.removeAlly(requireActor(request));
      return reply.status(204).send();
    },
  );
}
