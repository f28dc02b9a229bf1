import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type MendApp } from '../src/app';
import { freshDb, ORIGIN, TestClock } from './helpers';

// The web build's assets as the server sends them: the smallest encoding the browser accepts,
// hashed files cached for a year, and the app's own paths answered with index.html.
let app: MendApp;
let dir: string;
let drop: () => Promise<void>;
const SCRIPT = 'console.log("a hashed bundle");'.repeat(200);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mend-dist-'));
  mkdirSync(join(dir, 'assets'));
  const html = `<!doctype html><title>Mend</title>${'<!-- padding -->'.repeat(100)}`;
  for (const [path, body] of [
    ['index.html', html],
    ['assets/index-abc123.js', SCRIPT],
  ] as const) {
    writeFileSync(join(dir, path), body);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(body));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(body));
  }
  const fresh = await freshDb('sqlite');
  app = await buildApp({
    db: fresh.db,
    publicUrl: ORIGIN,
    sessionSecret: 'test-secret-that-is-long-enough-0123456789',
    clock: new TestClock(),
    webDist: dir,
  });
  drop = async () => {
    await app.close();
    await fresh.drop();
  };
});
afterAll(async () => {
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

it('sends brotli when accepted, gzip when only that is, and plain text otherwise', async () => {
  const get = (encoding?: string) =>
    app.inject({ url: '/assets/index-abc123.js', headers: encoding ? { 'accept-encoding': encoding } : {} });
  const br = await get('gzip, deflate, br');
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
  expect(br.headers.vary).toMatch(/accept-encoding/i);
  expect((await get('gzip')).headers['content-encoding']).toBe('gzip');
  const plain = await get();
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toBe(SCRIPT);
});

it('caches hashed assets for a year and checks the page itself every time', async () => {
  const asset = await app.inject({ url: '/assets/index-abc123.js' });
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const page = await app.inject({ url: '/today', headers: { 'accept-encoding': 'br' } });
  expect(page.statusCode).toBe(200);
  expect(page.headers['content-encoding']).toBe('br');
  expect(String(page.headers['cache-control'])).not.toMatch(/immutable/);
});

it('sends the security headers on the app page, on API answers and on errors', async () => {
  const answers = [
    await app.inject({ url: '/' }),
    await app.inject({ url: '/api/health' }),
    await app.inject({ url: '/api/me' }),
    await app.inject({ method: 'POST', url: '/api/alerts', payload: {} }),
  ];
  expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 401, 403]);
  for (const a of answers) {
    const csp = String(a.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    // Served over plain http here, so nothing tells the browser to upgrade to https.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(a.headers['strict-transport-security']).toBeUndefined();
    expect(a.headers['referrer-policy']).toBe('no-referrer');
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(a.headers['x-frame-options']).toBe('SAMEORIGIN');
  }
});

it('asks for https on every request when served behind it', async () => {
  const fresh = await freshDb('sqlite');
  const secureApp = await buildApp({
    db: fresh.db,
    publicUrl: 'https://mend.example',
    sessionSecret: 'test-secret-that-is-long-enough-0123456789',
    clock: new TestClock(),
    webDist: dir,
  });
  try {
    const res = await secureApp.inject({ url: '/api/health' });
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  } finally {
    await secureApp.close();
    await fresh.drop();
  }
});
