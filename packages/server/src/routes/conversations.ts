import {
  AnswerNeed,
  AnswerQuestion,
  AskQuestion,
  CheckInSchedule,
  CheckInScheduleReply,
  CreateNeed,
  DeclineQuestion,
  ErrorBody,
  IdParams,
  NeedList,
  NeedReply,
  NextCheckIn,
  QuestionList,
  QuestionReply,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import { debriefRoutes } from './conversation-debriefs';
import { reflectionRoutes } from './conversation-reflections';
import { repairRoutes } from './conversation-repairs';
import { checkInSessionRoutes } from './conversation-sessions';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['conversations'];

/** Honest conversations: the question queue, check-ins, and "say what you need". */
export function conversationsRoutes(app: App, deps: RouteDeps): void {
  const { questions, checkIns, needs } = deps.services;
  checkInSessionRoutes(app, deps);
  repairRoutes(app, deps);
  debriefRoutes(app, deps);
  reflectionRoutes(app, deps);

  app.post(
    '/api/questions',
    { schema: { tags, body: AskQuestion, response: { 201: QuestionReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ question: await questions.ask(requireActor(request), request.body) }),
  );

  app.get(
    '/api/questions',
    { schema: { tags, response: { 200: QuestionList, ...errors } } },
    async (request) => ({
      questions: await questions.list(requireActor(request)),
    }),
  );

  app.post(
    '/api/questions/:id/answer',
    { schema: { tags, params: IdParams, body: AnswerQuestion, response: { 200: QuestionReply, ...errors } } },
    async (request) => ({
      question: await questions.answer(requireActor(request), request.params.id, request.body.text),
    }),
  );

  app.post(
    '/api/questions/:id/decline',
    {
      schema: { tags, params: IdParams, body: DeclineQuestion, response: { 200: QuestionReply, ...errors } },
    },
    async (request) => ({
      question: await questions.decline(requireActor(request), request.params.id, request.body.reason),
    }),
  );

  app.post(
    '/api/questions/:id/follow-up',
    { schema: { tags, params: IdParams, response: { 200: QuestionReply, ...errors } } },
    async (request) => ({ question: await questions.followUp(requireActor(request), request.params.id) }),
  );

  app.put(
    '/api/check-ins/schedule',
    { schema: { tags, body: CheckInSchedule, response: { 200: CheckInScheduleReply, ...errors } } },
    async (request) => ({ schedule: await checkIns.setSchedule(requireActor(request), request.body) }),
  );

  app.get(
    '/api/check-ins/schedule',
    { schema: { tags, response: { 200: CheckInScheduleReply, ...errors } } },
    async (request) => ({ schedule: await checkIns.schedule(requireActor(request)) }),
  );

  app.get(
    '/api/check-ins/next',
    { schema: { tags, response: { 200: NextCheckIn, ...errors } } },
    async (request) => checkIns.next(requireActor(request)),
  );

  // iCalendar text, not JSON: the 200 answer has no JSON schema.
  app.get('/api/check-ins/calendar.ics', { schema: { tags, response: errors } }, async (request, reply) => {
    const text = await checkIns.calendar(requireActor(request));
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="check-ins.ics"');
    reply.header('cache-control', 'no-store');
    return reply.send(text as never);
  });

  app.post(
    '/api/needs',
    { schema: { tags, body: CreateNeed, response: { 201: NeedReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ need: await needs.create(requireActor(request), request.body) }),
  );

  app.get('/api/needs', { schema: { tags, response: { 200: NeedList, ...errors } } }, async (request) => ({
    needs: await needs.list(requireActor(request)),
  }));

  app.post(
    '/api/needs/:id/ack',
    { schema: { tags, params: IdParams, response: { 200: NeedReply, ...errors } } },
    async (request) => ({ need: await needs.acknowledge(requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/needs/:id/answer',
    { schema: { tags, params: IdParams, body: AnswerNeed, response: { 200: NeedReply, ...errors } } },
    async (request) => ({
      need: await needs.answer(requireActor(request), request.params.id, request.body.text),
    }),
  );
}
