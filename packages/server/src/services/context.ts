import { randomBytes, randomUUID } from 'node:crypto';
import type { Hub } from '../realtime/hub';
import type { Repositories } from '../repositories/index';

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
  hub: Hub;
  clock: Clock;
  publicUrl: string;
  sessionSecret: string;
  limits: Limits;
}

/** A new random identifier. */
export const newId = (): string => randomUUID();

/** Random bytes for codes and tokens. */
export const randomBytesOf = (n: number): Uint8Array => randomBytes(n);

/** The signed-in person and, when they have one, their place in a space. */
export interface Actor {
  userId: string;
  sessionId: string;
  spaceId: string | null;
  role: 'hurt' | 'repairing' | null;
}

/** Instants leave the server as ISO strings. */
export const iso = (ms: number): string => new Date(ms).toISOString();
