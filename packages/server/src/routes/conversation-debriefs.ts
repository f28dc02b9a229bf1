import {
  DebriefList,
  DebriefReply,
  DebriefSettings,
  DebriefSettingsReply,
  ErrorBody,
  IdParams,
  NoContent,
  ReplyDebrief,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['conversations'];

/** The evening debrief: its time, the evening's ask, and the reply (an answer, a skip, "not tonight"). */
export function debriefRoutes(app: App, { services }: RouteDeps): void {
  const { debriefs } = services;
  const reply = { 200: DebriefReply, ...errors };

  app.put(
    '/api/debriefs/settings',
    { schema: { tags, body: DebriefSettings, response: { 200: DebriefSettingsReply, ...errors } } },
    async (request) => ({ settings: await debriefs.setSettings(requireActor(request), request.body) }),
  );

  app.get(
    '/api/debriefs/settings',
    { schema: { tags, response: { 200: DebriefSettingsReply, ...errors } } },
    async (request) => ({ settings: await debriefs.settings(requireActor(request)) }),
  );

  app.delete(
    '/api/debriefs/settings',
    { schema: { tags, response: { 204: NoContent, ...errors } } },
    async (request, res) => {
      await debriefs.stop(requireActor(request));
      return res.status(204).send();
    },
  );

  app.get(
    '/api/debriefs',
    { schema: { tags, response: { 200: DebriefList, ...errors } } },
    async (request) => ({
      debriefs: await debriefs.list(requireActor(request)),
    }),
  );

  app.post(
    '/api/debriefs/:id/ask',
    { schema: { tags, params: IdParams, response: reply } },
    async (request) => ({
      debrief: await debriefs.ask(requireActor(request), request.params.id),
    }),
  );

  app.post(
    '/api/debriefs/:id/reply',
    { schema: { tags, params: IdParams, body: ReplyDebrief, response: reply } },
    async (request) => ({
      debrief: await debriefs.reply(requireActor(request), request.params.id, request.body),
    }),
  );
}
