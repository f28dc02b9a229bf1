import {
  AckReply,
  AlertList,
  AlertReply,
  CreateAlert,
  CreateHardDate,
  CreateMood,
  CreateSupportContact,
  CreateTrigger,
  ErrorBody,
  FeelingsSettings,
  HardDate,
  HardDateList,
  IdParams,
  JournalEntryReply,
  JournalKey,
  JournalKeyReply,
  JournalList,
  MoodList,
  MoodQuery,
  MoodReply,
  NoContent,
  PatternQuery,
  PromptList,
  PromptQuery,
  SaveJournalEntry,
  SelfCarePlan,
  SupportContact,
  SupportList,
  TriggerList,
  TriggerPatternsReply,
  TriggerReply,
} from '@mend/contracts';
import { z } from 'zod';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** A journal entry's own body limit: room for its ciphertext, and a 413 for anything far larger. */
export const JOURNAL_BODY_LIMIT = 1_100_000;

/** The feelings routes. */
export function feelingsRoutes(app: App, deps: RouteDeps): void {
  alertRoutes(app, deps);
  moodRoutes(app, deps);
  triggerRoutes(app, deps);
  journalRoutes(app, deps);
  supportRoutes(app, deps);
}

function alertRoutes(app: App, { services }: RouteDeps): void {
  app.post(
    '/api/alerts',
    {
      schema: {
        tags: ['feelings'],
        body: CreateAlert,
        response: { 201: AlertReply, 429: ErrorBody, ...errors },
      },
    },
    async (request, reply) => {
      const alert = await services.alerts.send(requireActor(request), request.body);
      return reply.status(201).send({ alert });
    },
  );
  app.get(
    '/api/alerts',
    { schema: { tags: ['feelings'], response: { 200: AlertList, ...errors } } },
    async (request) => ({ alerts: await services.alerts.list(requireActor(request)) }),
  );
  app.get(
    '/api/alerts/:id',
    { schema: { tags: ['feelings'], params: IdParams, response: { 200: AlertReply, ...errors } } },
    async (request) => ({ alert: await services.alerts.get(requireActor(request), request.params.id) }),
  );
  app.post(
    '/api/alerts/:id/ack',
    { schema: { tags: ['feelings'], params: IdParams, response: { 200: AckReply, ...errors } } },
    async (request) => services.alerts.ack(requireActor(request), request.params.id),
  );
}

function moodRoutes(app: App, { services }: RouteDeps): void {
  app.post(
    '/api/moods',
    { schema: { tags: ['feelings'], body: CreateMood, response: { 201: MoodReply, ...errors } } },
    async (request, reply) => {
      const mood = await services.moods.create(requireActor(request), request.body);
      return reply.status(201).send({ mood });
    },
  );
  app.get(
    '/api/moods',
    { schema: { tags: ['feelings'], querystring: MoodQuery, response: { 200: MoodList, ...errors } } },
    async (request) => ({ moods: await services.moods.list(requireActor(request), request.query) }),
  );
  app.patch(
    '/api/moods/:id',
    {
      schema: {
        tags: ['feelings'],
        params: IdParams,
        body: z.object({ visibility: CreateMood.shape.visibility.unwrap() }),
        response: { 200: MoodReply, ...errors },
      },
    },
    async (request) => ({
      mood: await services.moods.update(requireActor(request), request.params.id, request.body),
    }),
  );
  app.get(
    '/api/feelings/settings',
    { schema: { tags: ['feelings'], response: { 200: FeelingsSettings, ...errors } } },
    async (request) => services.moods.settings(requireActor(request)),
  );
  app.put(
    '/api/feelings/settings',
    {
      schema: { tags: ['feelings'], body: FeelingsSettings, response: { 200: FeelingsSettings, ...errors } },
    },
    async (request) => services.moods.setSettings(requireActor(request), request.body),
  );
}

function triggerRoutes(app: App, { services }: RouteDeps): void {
  app.post(
    '/api/triggers',
    { schema: { tags: ['feelings'], body: CreateTrigger, response: { 201: TriggerReply, ...errors } } },
    async (request, reply) => {
      const trigger = await services.triggers.create(requireActor(request), request.body);
      return reply.status(201).send({ trigger });
    },
  );
  app.get(
    '/api/triggers',
    { schema: { tags: ['feelings'], response: { 200: TriggerList, ...errors } } },
    async (request) => ({ triggers: await services.triggers.list(requireActor(request)) }),
  );
  app.get(
    '/api/triggers/patterns',
    {
      schema: {
        tags: ['feelings'],
        querystring: PatternQuery,
        response: { 200: TriggerPatternsReply, ...errors },
      },
    },
    async (request) => services.triggers.patterns(requireActor(request), request.query),
  );
  app.delete(
    '/api/triggers/:id',
    { schema: { tags: ['feelings'], params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await services.triggers.remove(requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
}

function journalRoutes(app: App, { services }: RouteDeps): void {
  const big = { 413: ErrorBody, ...errors };
  app.get(
    '/api/journal/key',
    { schema: { tags: ['journal'], response: { 200: JournalKeyReply, ...errors } } },
    async (request) => ({ key: await services.journal.key(requireActor(request)) }),
  );
  app.put(
    '/api/journal/key',
    { schema: { tags: ['journal'], body: JournalKey, response: { 200: JournalKeyReply, ...errors } } },
    async (request) => ({ key: await services.journal.setKey(requireActor(request), request.body) }),
  );
  app.post(
    '/api/journal',
    {
      bodyLimit: JOURNAL_BODY_LIMIT,
      schema: { tags: ['journal'], body: SaveJournalEntry, response: { 201: JournalEntryReply, ...big } },
    },
    async (request, reply) => {
      const entry = await services.journal.create(requireActor(request), request.body);
      return reply.status(201).send({ entry });
    },
  );
  app.get(
    '/api/journal',
    { schema: { tags: ['journal'], response: { 200: JournalList, ...errors } } },
    async (request) => ({ entries: await services.journal.list(requireActor(request)) }),
  );
  app.put(
    '/api/journal/:id',
    {
      bodyLimit: JOURNAL_BODY_LIMIT,
      schema: {
        tags: ['journal'],
        params: IdParams,
        body: SaveJournalEntry,
        response: { 200: JournalEntryReply, ...big },
      },
    },
    async (request) => ({
      entry: await services.journal.update(requireActor(request), request.params.id, request.body),
    }),
  );
  app.delete(
    '/api/journal/:id',
    { schema: { tags: ['journal'], params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await services.journal.remove(requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
}

function supportRoutes(app: App, { services }: RouteDeps): void {
  app.get(
    '/api/support/contacts',
    { schema: { tags: ['support'], response: { 200: SupportList, ...errors } } },
    async (request) => ({ contacts: await services.support.contacts(requireActor(request)) }),
  );
  app.post(
    '/api/support/contacts',
    {
      schema: {
        tags: ['support'],
        body: CreateSupportContact,
        response: { 201: z.object({ contact: SupportContact }), ...errors },
      },
    },
    async (request, reply) => {
      const contact = await services.support.addContact(requireActor(request), request.body);
      return reply.status(201).send({ contact });
    },
  );
  app.delete(
    '/api/support/contacts/:id',
    { schema: { tags: ['support'], params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await services.support.removeContact(requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/self-care',
    { schema: { tags: ['support'], response: { 200: z.object({ plan: SelfCarePlan }), ...errors } } },
    async (request) => ({ plan: await services.support.selfCare(requireActor(request)) }),
  );
  app.put(
    '/api/self-care',
    {
      schema: {
        tags: ['support'],
        body: SelfCarePlan,
        response: { 200: z.object({ plan: SelfCarePlan }), ...errors },
      },
    },
    async (request) => ({ plan: await services.support.setSelfCare(requireActor(request), request.body) }),
  );
  app.get(
    '/api/hard-dates',
    { schema: { tags: ['support'], response: { 200: HardDateList, ...errors } } },
    async (request) => ({
      dates: await services.support.hardDates(requireActor(request)),
    }),
  );
  app.post(
    '/api/hard-dates',
    {
      schema: {
        tags: ['support'],
        body: CreateHardDate,
        response: { 201: z.object({ date: HardDate }), ...errors },
      },
    },
    async (request, reply) => {
      const date = await services.support.addHardDate(requireActor(request), request.body);
      return reply.status(201).send({ date });
    },
  );
  app.delete(
    '/api/hard-dates/:id',
    { schema: { tags: ['support'], params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await services.support.removeHardDate(requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/hard-dates/prompts',
    { schema: { tags: ['support'], querystring: PromptQuery, response: { 200: PromptList, ...errors } } },
    async (request) => ({
      prompts: await services.support.prompts(requireActor(request), request.query.today),
    }),
  );
}
