import { ErrorBody, IdParams, ReflectionList, ReflectionReply, WriteReflection } from '@mend/contracts';
import { requireActor } from '../plugins/auth';
import type { App, RouteDeps } from './types';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['conversations'];

/** Private reflections on remorse and regret. */
export function reflectionRoutes(app: App, { services }: RouteDeps): void {
  const { reflections } = services;

  app.post(
    '/api/reflections',
    { schema: { tags, body: WriteReflection, response: { 201: ReflectionReply, ...errors } } },
    async (request, res) =>
      res.status(201).send({ reflection: await reflections.write(requireActor(request), request.body) }),
  );

  app.get(
    '/api/reflections',
    { schema: { tags, response: { 200: ReflectionList, ...errors } } },
    async (request) => ({ reflections: await reflections.list(requireActor(request)) }),
  );

  app.get(
    '/api/reflections/:id',
    { schema: { tags, params: IdParams, response: { 200: ReflectionReply, ...errors } } },
    async (request) => ({ reflection: await reflections.get(requireActor(request), request.params.id) }),
  );
}
