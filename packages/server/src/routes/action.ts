import {
  ActionSettings,
  ActionSettingsReply,
  AnxietyWindowList,
  AnxietyWindowReply,
  CommitmentDone,
  CommitmentList,
  CommitmentReply,
  CreateAnxietyWindow,
  CreateAsk,
  CreateCommitment,
  CreateMenuItem,
  CreatePlan,
  CreatePlanUpdate,
  CreateRating,
  CreateUpdate,
  ErrorBody,
  IdParams,
  Ledger,
  LedgerQuery,
  MenuItemReply,
  MenuList,
  MessageList,
  NoContent,
  OutcomeReply,
  Pillars,
  PillarsQuery,
  PlanList,
  PlanReply,
  RatingReply,
  RenegotiateCommitment,
  ReviewOutcome,
  UpdateReply,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['consistent action'];
const PlanBody = CreatePlan.extend({ timeZone: CreateCommitment.shape.timeZone });

/** Consistent action: promises, plans, updates and reassurance, the ledger and the pillars. */
export function actionRoutes(app: App, { services }: RouteDeps): void {
  const { commitments, plans, reassurance, ledger } = services;

  // Promises
  app.post(
    '/api/commitments',
    { schema: { tags, body: CreateCommitment, response: { 201: CommitmentReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ commitment: await commitments.create(requireActor(request), request.body) }),
  );
  app.get(
    '/api/commitments',
    { schema: { tags, response: { 200: CommitmentList, ...errors } } },
    async (request) => ({
      commitments: await commitments.list(requireActor(request)),
    }),
  );
  app.get(
    '/api/commitments/:id',
    { schema: { tags, params: IdParams, response: { 200: CommitmentReply, ...errors } } },
    async (request) => ({ commitment: await commitments.get(requireActor(request), request.params.id) }),
  );
  app.post(
    '/api/commitments/:id/done',
    {
      schema: {
        tags,
        params: IdParams,
        body: CommitmentDone.optional(),
        response: { 200: CommitmentReply, ...errors },
      },
    },
    async (request) => ({
      commitment: await commitments.done(requireActor(request), request.params.id, request.body ?? {}),
    }),
  );
  app.post(
    '/api/commitments/:id/renegotiate',
    {
      schema: {
        tags,
        params: IdParams,
        body: RenegotiateCommitment,
        response: { 200: CommitmentReply, ...errors },
      },
    },
    async (request) => commitments.renegotiate(requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/commitments/:id/end',
    { schema: { tags, params: IdParams, response: { 200: CommitmentReply, ...errors } } },
    async (request) => ({ commitment: await commitments.end(requireActor(request), request.params.id) }),
  );
  app.post(
    '/api/outcomes/:id/review',
    { schema: { tags, params: IdParams, body: ReviewOutcome, response: { 200: OutcomeReply, ...errors } } },
    async (request) => ({
      outcome: await commitments.review(requireActor(request), request.params.id, request.body),
    }),
  );

  // The menu of trust-building behaviours
  app.get('/api/menu', { schema: { tags, response: { 200: MenuList, ...errors } } }, async (request) => ({
    items: await reassurance.menu(requireActor(request)),
  }));
  app.post(
    '/api/menu',
    { schema: { tags, body: CreateMenuItem, response: { 201: MenuItemReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ item: await reassurance.addMenuItem(requireActor(request), request.body) }),
  );
  app.delete(
    '/api/menu/:id',
    { schema: { tags, params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await reassurance.removeMenuItem(requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );

  // Plans
  app.post(
    '/api/plans',
    { schema: { tags, body: PlanBody, response: { 201: PlanReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ plan: await plans.create(requireActor(request), request.body) }),
  );
  app.get('/api/plans', { schema: { tags, response: { 200: PlanList, ...errors } } }, async (request) => ({
    plans: await plans.list(requireActor(request)),
  }));
  app.get(
    '/api/plans/:id',
    { schema: { tags, params: IdParams, response: { 200: PlanReply, ...errors } } },
    async (request) => ({ plan: await plans.get(requireActor(request), request.params.id) }),
  );
  app.post(
    '/api/plans/:id/updates',
    { schema: { tags, params: IdParams, body: CreatePlanUpdate, response: { 201: PlanReply, ...errors } } },
    async (request, reply) =>
      reply
        .status(201)
        .send({ plan: await plans.update(requireActor(request), request.params.id, request.body) }),
  );

  // Updates and reassurance
  app.post(
    '/api/updates',
    { schema: { tags, body: CreateUpdate, response: { 201: UpdateReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ message: await reassurance.update(requireActor(request), request.body.text) }),
  );
  app.post(
    '/api/reassurance/asks',
    { schema: { tags, body: CreateAsk.optional(), response: { 201: UpdateReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ message: await reassurance.ask(requireActor(request), request.body?.note) }),
  );
  app.get(
    '/api/updates',
    { schema: { tags, response: { 200: MessageList, ...errors } } },
    async (request) => ({
      messages: await reassurance.messages(requireActor(request)),
    }),
  );

  // Anxiety windows
  app.get(
    '/api/anxiety-windows',
    { schema: { tags, response: { 200: AnxietyWindowList, ...errors } } },
    async (request) => ({ windows: await reassurance.windows(requireActor(request)) }),
  );
  app.post(
    '/api/anxiety-windows',
    { schema: { tags, body: CreateAnxietyWindow, response: { 201: AnxietyWindowReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ window: await reassurance.createWindow(requireActor(request), request.body) }),
  );
  app.delete(
    '/api/anxiety-windows/:id',
    { schema: { tags, params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await reassurance.removeWindow(requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );

  // Settings, the ledger and the pillars
  app.get(
    '/api/action/settings',
    { schema: { tags, response: { 200: ActionSettingsReply, ...errors } } },
    async (request) => ({ settings: await ledger.settings(requireActor(request)) }),
  );
  app.put(
    '/api/action/settings',
    { schema: { tags, body: ActionSettings, response: { 200: ActionSettingsReply, ...errors } } },
    async (request) => ({ settings: await ledger.setSettings(requireActor(request), request.body) }),
  );
  app.get(
    '/api/ledger',
    { schema: { tags, querystring: LedgerQuery, response: { 200: Ledger, ...errors } } },
    async (request) => ledger.ledger(requireActor(request), request.query.weeks),
  );
  app.post(
    '/api/ratings',
    { schema: { tags, body: CreateRating, response: { 201: RatingReply, ...errors } } },
    async (request, reply) =>
      reply.status(201).send({ rating: await ledger.rate(requireActor(request), request.body) }),
  );
  app.get(
    '/api/pillars',
    { schema: { tags, querystring: PillarsQuery, response: { 200: Pillars, ...errors } } },
    async (request) => ledger.pillars(requireActor(request), request.query.weeks),
  );
}
