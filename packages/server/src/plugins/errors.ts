import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  field?: string;
}

/** Turns every failure into `{error:{code,message,field?}}`; unexpected ones are logged without content. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const answer = toAnswer(err);
    if (answer.status >= 500)
      request.log.error({ err: { name: err.name, code: err.code, stack: err.stack } }, 'request failed');
    const { status, ...error } = answer;
    return reply.status(status).send({ error });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'We could not find that.' } }),
  );
}

function toAnswer(err: FastifyError): ErrorAnswer {
  if (err instanceof AppError)
    return { status: err.status, code: err.code, message: err.message, field: err.field };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
    return {
      status: 400,
      code: 'validation_failed',
      message: first?.message ?? 'Please check what you entered.',
      field,
    };
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'payload_too_large', message: 'That is more than we can take in one go.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', message: 'Please send JSON.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'validation_failed', message: 'The request body is not valid JSON.' };
  }
  if (err.statusCode === 429)
    return { status: 429, code: 'rate_limited', message: 'Too many requests. Please slow down a little.' };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, code: 'validation_failed', message: 'The request could not be read.' };
  }
  return {
    status: 500,
    code: 'internal_error',
    message: 'Something went wrong on our side. Nothing you did caused it.',
  };
}
