import {
  AddSession,
  AttemptReply,
  ChannelReply,
  Counselling,
  CreateAttempt,
  CreateChannel,
  CreateDisclosure,
  DisclosureCompleted,
  DisclosureList,
  DisclosureReply,
  Honesty,
  NoContact,
  NoContactConfirmed,
  PartnerView,
  SessionReply,
  SetCounsellor,
  Timeline,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import { groundworkErrors as errors, letterRoutes } from './groundwork-letters';
import { transparencyRoutes } from './groundwork-transparency';
import type { App, RouteDeps } from './types';

const tags = ['groundwork'];

/** The groundwork routes: letters, disclosure, no contact, transparency, counselling, timeline. */
export function groundworkRoutes(app: App, deps: RouteDeps): void {
  const { disclosures, noContact, counselling, timeline } = deps.services;
  letterRoutes(app, deps);
  transparencyRoutes(app, deps);

  app.post(
    '/api/disclosures',
    { schema: { tags, body: CreateDisclosure, response: { 201: DisclosureReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ disclosure: await disclosures.create(requireActor(request), request.body) }),
  );
  app.get(
    '/api/disclosures',
    { schema: { tags, response: { 200: DisclosureList, ...errors } } },
    async (request) => disclosures.list(requireActor(request)),
  );
  app.post(
    '/api/disclosures/complete',
    { schema: { tags, response: { 200: DisclosureCompleted, ...errors } } },
    async (request) => disclosures.complete(requireActor(request)),
  );
  app.get('/api/honesty', { schema: { tags, response: { 200: Honesty, ...errors } } }, async (request) =>
    disclosures.honesty(requireActor(request)),
  );

  app.get('/api/no-contact', { schema: { tags, response: { 200: NoContact, ...errors } } }, async (request) =>
    noContact.get(requireActor(request)),
  );
  app.post(
    '/api/no-contact/channels',
    { schema: { tags, body: CreateChannel, response: { 201: ChannelReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ channel: await noContact.addChannel(requireActor(request), request.body) }),
  );
  app.post(
    '/api/no-contact/attempts',
    { schema: { tags, body: CreateAttempt, response: { 201: AttemptReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ attempt: await noContact.reportAttempt(requireActor(request), request.body) }),
  );
  app.post(
    '/api/no-contact/confirm',
    { schema: { tags, response: { 200: NoContactConfirmed, ...errors } } },
    async (request) => noContact.confirm(requireActor(request)),
  );

  app.get(
    '/api/counselling',
    { schema: { tags, response: { 200: Counselling, ...errors } } },
    async (request) => counselling.get(requireActor(request)),
  );
  app.put(
    '/api/counselling',
    { schema: { tags, body: SetCounsellor, response: { 200: Counselling, ...errors } } },
    async (request) => counselling.setCounsellor(requireActor(request), request.body),
  );
  app.post(
    '/api/counselling/sessions',
    { schema: { tags, body: AddSession, response: { 201: SessionReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ session: await counselling.addSession(requireActor(request), request.body) }),
  );

  app.get('/api/timeline', { schema: { tags, response: { 200: Timeline, ...errors } } }, async (request) =>
    timeline.timeline(requireActor(request)),
  );
  app.get(
    '/api/partner-view',
    { schema: { tags, response: { 200: PartnerView, ...errors } } },
    async (request) => timeline.partnerView(requireActor(request)),
  );
}
