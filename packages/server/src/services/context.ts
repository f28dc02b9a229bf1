import { randomBytes } from 'node:crypto';
import type { IdentityWatch } from '../db/identity';
import type { Hub } from '../realtime/hub';
import type { Repositories } from '../repositories/index';
import type { Overview } from '../repositories/spaces';
import type { PushSettings } from './push-transport';

/** Where services read the time; tests pass a fixed clock. */
export interface Clock {
  now(): number;
}

/** Limits that protect sign-in and sign-up from guessing and abuse. */
export interface Limits {
  loginPerAccount: number;
  loginPerAddress: number;
  registerPerAddress: number;
  windowMs: number;
}

/** The defaults: 10 wrong passwords per account and 50 per address per 15 minutes. */
export const DEFAULT_LIMITS: Limits = {
  loginPerAccount: 10,
  loginPerAddress: 50,
  registerPerAddress: 30,
  windowMs: 15 * 60 * 1000,
};

/** What every service needs. */
export interface ServiceDeps {
  repos: Repositories;
  /** Changes to who is signed in; when present and listening, sessions may be cached. */
  identity?: IdentityWatch;
  hub: Hub;
  clock: Clock;
  publicUrl: string;
  sessionSecret: string;
  limits: Limits;
  push: PushSettings;
}

let lastMs = 0;
let sequence = 0;

/**
 * A new identifier in UUIDv7 layout: time first, then a per-process sequence, then randomness, so
 * ids sort in the order they were made even within one millisecond (ties on `created_at` break by id).
 */
export function newId(): string {
  let ms = Math.max(Date.now(), lastMs);
  sequence = ms === lastMs ? sequence + 1 : 0;
  if (sequence > 0xfff) [ms, sequence] = [ms + 1, 0];
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Random bytes for codes and tokens. */
export const randomBytesOf = (n: number): Uint8Array => randomBytes(n);

/** The signed-in person and, when they have one, their place in a space. */
export interface Actor {
  userId: string;
  sessionId: string;
  spaceId: string | null;
  role: 'hurt' | 'repairing' | null;
  /** The person, space and partner as read when the request began (saves GET /api/me a query). */
  overview?: Overview;
}

/** Instants leave the server as ISO strings. */
export const iso = (ms: number): string => new Date(ms).toISOString();
