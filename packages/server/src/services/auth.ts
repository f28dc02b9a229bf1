import { createHmac, randomBytes } from 'node:crypto';
import type { Login, Register, User } from '@mend/contracts';
import { passwordProblem } from '@mend/domain';
import { hash, verify } from '@node-rs/argon2';
import { AppError, invalid } from '../errors';
import type { SessionActor } from '../repositories/sessions';
import type { UserRow } from '../repositories/users';
import { type Actor, newId, type ServiceDeps } from './context';

const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 60 * 1000;
const SESSION_CACHE_MAX = 10_000;
// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
// `algorithm: 2` is Argon2id; the package's const enum cannot be imported under isolatedModules.
const ARGON = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
let dummyHash: Promise<string> | undefined;

const tooMany = () =>
  new AppError(429, 'too_many_attempts', 'Too many tries. Please wait a few minutes and try again.');

/** Lower-cased e-mail used for uniqueness and lookups. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** The public face of a user row. */
export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
});

/** Accounts and sessions. */
export function authService(deps: ServiceDeps) {
  const { repos, clock, limits } = deps;
  const sessionIdOf = (token: string) => createHmac('sha256', deps.sessionSecret).update(token).digest('hex');

  async function startSession(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = clock.now();
    await repos.sessions.insert({
      id: sessionIdOf(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: now + SESSION_TTL_MS,
    });
    return token;
  }

  /**
   * The session row with its person, space and partner. On PostgreSQL it is kept in memory while
   * nothing about who is signed in has changed (db/identity.ts): any write to users, members,
   * spaces or sessions, here or in another process, empties the cache, and without a live LISTEN
   * connection nothing is kept. A row read while a change was under way is not kept.
   */
  const cache = new Map<string, { found: SessionActor; version: number }>();
  async function findActor(sessionId: string): Promise<SessionActor | undefined> {
    const identity = deps.identity;
    if (!identity?.listening) return repos.sessions.findActor(sessionId);
    const hit = cache.get(sessionId);
    if (hit && hit.version === identity.version) return hit.found;
    const version = identity.version;
    const found = await repos.sessions.findActor(sessionId);
    if (found && identity.listening && identity.version === version) {
      if (cache.size >= SESSION_CACHE_MAX) cache.clear();
      cache.set(sessionId, { found, version });
    }
    return found;
  }

  async function passwordMatches(row: UserRow | undefined, password: string): Promise<boolean> {
    // Without an account we still spend the same work, so timing does not tell who has one.
    dummyHash ??= hash('not-a-real-password-at-all', ARGON);
    const ok = await verify(row?.password_hash ?? (await dummyHash), password);
    return ok && row !== undefined;
  }

  return {
    sessionTtlMs: SESSION_TTL_MS,

    async register(input: Register, address: string): Promise<{ user: User; token: string }> {
      const now = clock.now();
      if ((await repos.throttle.hit(`register:${address}`, now, limits.windowMs)) > limits.registerPerAddress)
        throw tooMany();
      const problem = passwordProblem(input.password, [input.displayName, input.email.split('@')[0] ?? '']);
      if (problem === 'too_short') throw invalid('password', 'Please use at least 10 characters.');
      if (problem === 'common')
        throw invalid(
          'password',
          'That password is too easy to guess. Try a few unrelated words.',
          'common_password',
        );
      const existing = await repos.users.findByEmailKey(emailKey(input.email));
      if (existing) {
        // The owner re-registering is simply signed in; anyone else gets a neutral refusal.
        if (await passwordMatches(existing, input.password))
          return { user: toUser(existing), token: await startSession(existing.id) };
        throw new AppError(
          400,
          'registration_failed',
          'We could not create an account with these details. If you have used Mend before, try signing in.',
        );
      }
      const row: UserRow = {
        id: newId(),
        email: input.email,
        email_key: emailKey(input.email),
        display_name: input.displayName,
        password_hash: await hash(input.password, ARGON),
        feels_safe: null,
        fears_threats: 0,
        fears_control: 0,
        created_at: now,
      };
      await repos.users.insert(row);
      return { user: toUser(row), token: await startSession(row.id) };
    },

    async login(input: Login, address: string): Promise<{ user: User; token: string }> {
      const now = clock.now();
      const accountKey = `login:account:${emailKey(input.email)}`;
      const addressKey = `login:address:${address}`;
      if (
        (await repos.throttle.count(accountKey, now)) >= limits.loginPerAccount ||
        (await repos.throttle.count(addressKey, now)) >= limits.loginPerAddress
      )
        throw tooMany();
      const row = await repos.users.findByEmailKey(emailKey(input.email));
      if (!(await passwordMatches(row, input.password)) || !row) {
        await repos.throttle.hit(accountKey, now, limits.windowMs);
        await repos.throttle.hit(addressKey, now, limits.windowMs);
        throw new AppError(401, 'invalid_credentials', 'That e-mail and password do not match.');
      }
      await repos.throttle.clear(accountKey);
      return { user: toUser(row), token: await startSession(row.id) };
    },

    /** The person behind a cookie token, sliding the session's expiry forward; undefined when signed out. */
    async authenticate(token: string): Promise<Actor | undefined> {
      const found = await findActor(sessionIdOf(token));
      const now = clock.now();
      if (!found || found.expires_at <= now) return undefined;
      if (now - found.last_seen_at > TOUCH_EVERY_MS)
        await repos.sessions.touch(found.session_id, now, now + SESSION_TTL_MS);
      const { session_id, last_seen_at, expires_at, ...overview } = found;
      return { userId: found.id, sessionId: session_id, spaceId: found.space_id, role: found.role, overview };
    },

    async logout(sessionId: string): Promise<void> {
      await repos.sessions.delete(sessionId);
    },

    async checkPassword(userId: string, password: string): Promise<void> {
      const row = await repos.users.findById(userId);
      if (!(await passwordMatches(row, password)))
        throw new AppError(401, 'invalid_credentials', 'That password is not right.', 'password');
    },
  };
}
