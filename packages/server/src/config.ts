import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres:// or postgresql://' })
    .optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_SECRET: z.string().min(32).optional(),
  WEB_DIST: z.string().optional(),
  RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  // A P-256 public key (65 bytes) and private key (32 bytes), base64url, as web-push generates them.
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, { message: 'must be a base64url P-256 public key (87 characters)' })
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, { message: 'must be a base64url P-256 private key (43 characters)' })
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, { message: 'must be a mailto: address or an https:// URL' })
    .optional(),
});

/** Everything the server needs to know about where it runs; read once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  sessionSecret: string;
  webDist: string | undefined;
  /** API requests allowed per minute from one address. */
  rateLimit: number;
  /** Whether the app is reached over https (decides the Secure cookie flag and CSP upgrades). */
  secure: boolean;
  /** The keys Web Push messages are signed with (RFC 8292), and who push services may contact. */
  vapid: Vapid;
}

/** A VAPID key pair (base64url) and its subject, a mailto: or https: contact. */
export interface Vapid {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** A configuration problem, reported as one line naming the setting. */
export class ConfigError extends Error {}

/** Parses the environment once; the only place in Mend that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Setting ${String(issue?.path[0])} is not valid: ${issue?.message}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (
    e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`
  ).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    webDist: e.WEB_DIST,
    rateLimit: e.RATE_LIMIT,
    secure: publicUrl.startsWith('https://'),
    vapid: vapidFrom(e, dataDir, publicUrl),
  };
}

/**
 * The env pair wins (several processes must share one pair); otherwise one pair is generated into
 * the data dir on first start. Push services refuse a localhost subject, hence the neutral mailto.
 */
function vapidFrom(e: z.infer<typeof Env>, dataDir: string, publicUrl: string): Vapid {
  const subject =
    e.VAPID_SUBJECT ?? (publicUrl.startsWith('https://') ? publicUrl : 'mailto:push@mend.invalid');
  if (e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY)
    return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject };
  if (e.VAPID_PUBLIC_KEY || e.VAPID_PRIVATE_KEY)
    throw new ConfigError('Setting VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together, or neither.');
  const keys = readOrCreate(dataDir, 'vapid-keys.json', () => `${JSON.stringify(generateVapidKeys())}\n`);
  const { publicKey, privateKey } = JSON.parse(keys) as { publicKey: string; privateKey: string };
  return { publicKey, privateKey, subject };
}

/** The session secret lives beside the data so that restarts keep everyone signed in. */
function readOrCreateSecret(dataDir: string): string {
  return readOrCreate(dataDir, 'session-secret', () => `${randomBytes(32).toString('base64url')}\n`).trim();
}

/** A file in the data dir, created once (readable by its owner only) and read on every later start. */
function readOrCreate(dataDir: string, name: string, make: () => string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const text = make();
    try {
      writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
      return text;
    } catch (err) {
      // Another process sharing the data dir wrote it first: use theirs.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
      throw err;
    }
  }
}

/**
 * A VAPID key pair as Web Push wants it (RFC 8292): the P-256 public key as an uncompressed point and
 * the private scalar, both base64url. Made with node:crypto, so starting does not load web-push.
 */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(pub.x ?? '', 'base64url'),
    Buffer.from(pub.y ?? '', 'base64url'),
  ]);
  return { publicKey: point.toString('base64url'), privateKey: priv.d ?? '' };
}
