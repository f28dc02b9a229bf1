import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { ConfigError, generateVapidKeys, loadConfig } from './config';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mend-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const PUBLIC = `B${'A'.repeat(86)}`;
const PRIVATE = 'A'.repeat(43);

describe('config: VAPID keys', () => {
  it('makes a P-256 pair in the shape web-push signs with (65-byte point, 32-byte scalar), each new', () => {
    const a = generateVapidKeys();
    const b = generateVapidKeys();
    expect(Buffer.from(a.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(a.publicKey, 'base64url')[0]).toBe(4);
    expect(Buffer.from(a.privateKey, 'base64url')).toHaveLength(32);
    expect(a.privateKey).not.toBe(b.privateKey);
    const headers = webpush.getVapidHeaders(
      'https://push.example.com',
      'mailto:push@mend.invalid',
      a.publicKey,
      a.privateKey,
      'aes128gcm',
    );
    expect(headers.Authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${a.publicKey}$`),
    );
  });

  it('generates one pair into the data dir on first start, readable by its owner only, and keeps it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).vapid;
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(first.privateKey, 'base64url')).toHaveLength(32);
    const file = join(dir, 'vapid-keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      publicKey: first.publicKey,
      privateKey: first.privateKey,
    });
    expect(loadConfig({ DATA_DIR: dir }).vapid).toEqual(first);
  });

  it('takes the pair and the subject from the environment, writing nothing', () => {
    const dir = dataDir();
    const env = { DATA_DIR: dir, VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: PRIVATE };
    expect(loadConfig({ ...env, VAPID_SUBJECT: 'mailto:ops@example.org' }).vapid).toEqual({
      publicKey: PUBLIC,
      privateKey: PRIVATE,
      subject: 'mailto:ops@example.org',
    });
    expect(() => statSync(join(dir, 'vapid-keys.json'))).toThrow();
  });

  it('uses the https public address as the subject, and a neutral mailto otherwise', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://mend.example.org' }).vapid.subject).toBe(
      'https://mend.example.org',
    );
    expect(loadConfig({ DATA_DIR: dir }).vapid.subject).toBe('mailto:push@mend.invalid');
  });

  it.each([
    [{ VAPID_PUBLIC_KEY: PUBLIC }, 'must be set together'],
    [{ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: PRIVATE }, 'VAPID_PUBLIC_KEY'],
    [{ VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: 'short' }, 'VAPID_PRIVATE_KEY'],
    [{ VAPID_SUBJECT: 'http://mend.example.org' }, 'VAPID_SUBJECT'],
  ])('refuses %o, naming the setting', (env, words) => {
    const load = () => loadConfig({ DATA_DIR: dataDir(), ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(words);
  });
});
