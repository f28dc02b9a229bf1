import {
  ApologyList,
  ApologyReply,
  ApologyResponseReply,
  CreateApology,
  CreateLetter,
  ErrorBody,
  LetterList,
  LetterReply,
  RecordParams,
  RespondToApology,
  UpdateDraft,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

/** The error answers every groundwork route may give. */
export const groundworkErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};
const errors = groundworkErrors;
const tags = ['groundwork'];
const APOLOGY = ['apology'] as const;
const LETTERS = ['impact', 'amends'] as const;

/** The apology and the impact and amends letters. */
export function letterRoutes(app: App, { services }: RouteDeps): void {
  const { letters } = services;

  app.post(
    '/api/apologies',
    { schema: { tags, body: CreateApology, response: { 201: ApologyReply, ...errors } } },
    async (request, reply) =>
      reply
        .status(201)
        .send({ apology: await letters.create(requireActor(request), 'apology', request.body) }),
  );

  app.get(
    '/api/apologies',
    { schema: { tags, response: { 200: ApologyList, ...errors } } },
    async (request) => ({
      apologies: await letters.list(requireActor(request), APOLOGY),
    }),
  );

  app.put(
    '/api/apologies/:id',
    { schema: { tags, params: RecordParams, body: UpdateDraft, response: { 200: ApologyReply, ...errors } } },
    async (request) => ({
      apology: await letters.updateDraft(
        requireActor(request),
        APOLOGY,
        request.params.id,
        request.body.text,
      ),
    }),
  );

  app.post(
    '/api/apologies/:id/send',
    { schema: { tags, params: RecordParams, response: { 200: ApologyReply, ...errors } } },
    async (request) => ({ apology: await letters.send(requireActor(request), APOLOGY, request.params.id) }),
  );

  app.post(
    '/api/apologies/:id/responses',
    {
      schema: {
        tags,
        params: RecordParams,
        body: RespondToApology,
        response: { 201: ApologyResponseReply, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ response: await letters.respond(requireActor(request), request.params.id, request.body) }),
  );

  app.post(
    '/api/letters',
    { schema: { tags, body: CreateLetter, response: { 201: LetterReply, ...errors } } },
    async (request, reply) =>
      reply
        .status(201)
        .send({ letter: await letters.create(requireActor(request), request.body.kind, request.body) }),
  );

  app.get(
    '/api/letters',
    { schema: { tags, response: { 200: LetterList, ...errors } } },
    async (request) => ({
      letters: await letters.list(requireActor(request), LETTERS),
    }),
  );

  app.put(
    '/api/letters/:id',
    { schema: { tags, params: RecordParams, body: UpdateDraft, response: { 200: LetterReply, ...errors } } },
    async (request) => ({
      letter: await letters.updateDraft(requireActor(request), LETTERS, request.params.id, request.body.text),
    }),
  );

  app.post(
    '/api/letters/:id/send',
    { schema: { tags, params: RecordParams, response: { 200: LetterReply, ...errors } } },
    async (request) => ({ letter: await letters.send(requireActor(request), LETTERS, request.params.id) }),
  );
}
