import {
  AddSessionNote,
  CheckInSessionReply,
  CurrentSessionReply,
  ErrorBody,
  IdParams,
  MoveSession,
  RateHeard,
  StartSession,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['conversations'];
const base = '/api/check-ins/sessions';

/** The live check-in session: start or open it, move through it, notes, the end, heard ratings. */
export function checkInSessionRoutes(app: App, { services }: RouteDeps): void {
  const { checkInSessions: sessions } = services;
  const reply = { 200: CheckInSessionReply, ...errors };

  app.post(
    base,
    { schema: { tags, body: StartSession, response: { 201: CheckInSessionReply, ...reply } } },
    async (request, res) => {
      const { created, session } = await sessions.start(requireActor(request), request.body.turnSeconds);
      return res.status(created ? 201 : 200).send({ session });
    },
  );

  app.get(
    `${base}/current`,
    { schema: { tags, response: { 200: CurrentSessionReply, ...errors } } },
    async (request) => ({ session: await sessions.current(requireActor(request)) }),
  );

  app.get(`${base}/:id`, { schema: { tags, params: IdParams, response: reply } }, async (request) => ({
    session: await sessions.get(requireActor(request), request.params.id),
  }));

  app.post(
    `${base}/:id/step`,
    { schema: { tags, params: IdParams, body: MoveSession, response: reply } },
    async (request) => ({
      session: await sessions.move(requireActor(request), request.params.id, request.body),
    }),
  );

  app.post(
    `${base}/:id/summarised`,
    { schema: { tags, params: IdParams, response: reply } },
    async (request) => ({ session: await sessions.summarised(requireActor(request), request.params.id) }),
  );

  app.post(
    `${base}/:id/notes`,
    { schema: { tags, params: IdParams, body: AddSessionNote, response: reply } },
    async (request) => ({
      session: await sessions.addNote(requireActor(request), request.params.id, request.body.text),
    }),
  );

  app.post(`${base}/:id/end`, { schema: { tags, params: IdParams, response: reply } }, async (request) => ({
    session: await sessions.end(requireActor(request), request.params.id),
  }));

  app.post(
    `${base}/:id/heard`,
    { schema: { tags, params: IdParams, body: RateHeard, response: reply } },
    async (request) => ({
      session: await sessions.rateHeard(requireActor(request), request.params.id, request.body.score),
    }),
  );
}
