import {
  ErrorBody,
  IdParams,
  RepairList,
  RepairReply,
  StartRepair,
  SummariseRepair,
  WriteRepairSide,
} from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['conversations'];

/** Repair after a bad moment: begin one, write one's side, sum up the partner's. */
export function repairRoutes(app: App, { services }: RouteDeps): void {
  const { repairs } = services;
  const reply = { 200: RepairReply, ...errors };

  app.post(
    '/api/repairs',
    { schema: { tags, body: StartRepair, response: { 201: RepairReply, ...errors } } },
    async (request, res) =>
      res.status(201).send({ repair: await repairs.start(requireActor(request), request.body) }),
  );

  app.get(
    '/api/repairs',
    { schema: { tags, response: { 200: RepairList, ...errors } } },
    async (request) => ({
      repairs: await repairs.list(requireActor(request)),
    }),
  );

  app.get('/api/repairs/:id', { schema: { tags, params: IdParams, response: reply } }, async (request) => ({
    repair: await repairs.get(requireActor(request), request.params.id),
  }));

  app.put(
    '/api/repairs/:id/side',
    { schema: { tags, params: IdParams, body: WriteRepairSide, response: reply } },
    async (request) => ({
      repair: await repairs.writeSide(requireActor(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/api/repairs/:id/summary',
    { schema: { tags, params: IdParams, body: SummariseRepair, response: reply } },
    async (request) => ({
      repair: await repairs.summarise(requireActor(request), request.params.id, request.body.text),
    }),
  );
}
