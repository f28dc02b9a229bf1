import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { generateVapidKeys, type Vapid } from './config';
import type { Db } from './db/connect';
import { registerAuth } from './plugins/auth';
import { registerErrorHandling } from './plugins/errors';
import { registerSecurityHeaders } from './plugins/security-headers';
import { createHub, type Hub } from './realtime/hub';
import { createRepositories, type Repositories } from './repositories/index';
import { registerRoutes } from './routes/index';
import type { App } from './routes/types';
import { type Clock, DEFAULT_LIMITS, type Limits } from './services/context';
import { createServices, type Services } from './services/index';
import { fetchTransport, type PushSettings } from './services/push-transport';

/** What `buildApp` needs: an open database and the few settings requests depend on. */
export interface AppOptions {
  db: Db;
  publicUrl: string;
  sessionSecret: string;
  secure?: boolean;
  clock?: Clock;
  limits?: Partial<Limits>;
  logger?: FastifyServerOptions['logger'];
  /** The built web app; defaults to packages/web/dist when it exists. */
  webDist?: string;
  /** The NOTIFY channel live events travel on between processes (PostgreSQL only). */
  liveChannel?: string;
  /** API requests allowed per minute from one address (default 600). */
  rateLimit?: number;
  /** The VAPID keys; without them a pair is made for this app alone (fine for one process and tests). */
  vapid?: Vapid;
  /** Web Push switches for tests: a loopback fake push service, or a stand-in transport. */
  push?: Partial<Omit<PushSettings, 'vapid'>>;
}

/** The app with what tests and the CLI reach into. */
export type MendApp = App & { services: Services; repos: Repositories; hub: Hub };

/** Fields whose values never reach a log line. */
const REDACT = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'];

/** Builds Mend's HTTP app. It never listens: `server.ts` and the CLI do that. */
export async function buildApp(options: AppOptions): Promise<MendApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const clock = options.clock ?? { now: () => Date.now() };
  const repos = createRepositories(options.db);
  const hub = await createHub(repos, clock.now, options.db.url, options.liveChannel, options.db.identity);
  const services = createServices({
    repos,
    hub,
    identity: options.db.identity,
    clock,
    publicUrl: options.publicUrl,
    sessionSecret: options.sessionSecret,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    push: {
      vapid: options.vapid ?? { ...generateVapidKeys(), subject: 'mailto:push@mend.invalid' },
      allowLoopback: options.push?.allowLoopback ?? false,
      send: options.push?.send ?? fetchTransport,
    },
  });
  const secure = options.secure ?? options.publicUrl.startsWith('https://');

  registerErrorHandling(app);
  await app.register(fastifyCookie);
  registerSecurityHeaders(app, secure);
  await app.register(fastifyRateLimit, {
    max: options.rateLimit ?? 600,
    timeWindow: '1 minute',
    allowList: (req) => !req.url.startsWith('/api/'),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 4096 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mend API',
        version: '1.0.0',
        description: 'The HTTP API of Mend. See API.md for the stable core.',
      },
    },
    transform: jsonSchemaTransform,
  });
  registerAuth(app, services, options.publicUrl);

  registerRoutes(app, { services, secure });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await serveWeb(app, options.webDist ?? defaultWebDist());

  app.addHook('onClose', async () => hub.close());
  return Object.assign(app, { services, repos, hub });
}

function defaultWebDist(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '../../web/dist');
}

/** Serves the built PWA with a fallback to index.html for the app's own paths (not /api). */
async function serveWeb(app: App, dist: string): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz beside each text asset; the smallest one the browser accepts is sent.
    preCompressed: true,
    setHeaders(res, path) {
      // Hashed file names never change content: a year, immutable. Everything else is checked each time.
      if (path.includes(`${sep}assets${sep}`))
        res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const file = request.url.split('?')[0] ?? '/';
    if (/\.[a-z0-9]+$/i.test(file) && existsSync(join(dist, file))) return reply.sendFile(file.slice(1));
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}

export { REDACT };
