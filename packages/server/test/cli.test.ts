import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { HttpPerson, spawnMend } from './processes';

// The source, not a build that may be stale: what is tested is what is committed.
const cli = join(__dirname, '..', 'src', 'cli.ts');
const mend = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
    encoding: 'utf8',
  });

it('migrates, backs up while serving, and restores a SQLite database', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mend-cli-'));
  expect(mend(['migrate'], dir).stdout).toMatch(/Applied: 0001_foundation/);
  expect(mend(['migrate'], dir).stdout).toMatch(/up to date/);
  let server = await spawnMend({ DATA_DIR: dir });
  const p = new HttpPerson(server.url);
  await p.call('POST', '/api/auth/register', {
    email: 'keep@example.com',
    password: 'maple river lantern 7',
    displayName: 'Keep',
  });
  const file = join(dir, 'backup.db');
  expect(mend(['backup', file], dir).status).toBe(0);
  await p.call('POST', '/api/auth/register', {
    email: 'after@example.com',
    password: 'maple river lantern 7',
    displayName: 'After',
  });
  await server.stop();
  expect(mend(['restore', file], dir).status).toBe(0);
  server = await spawnMend({ DATA_DIR: dir });
  try {
    const login = (email: string) =>
      new HttpPerson(server.url).call('POST', '/api/auth/login', {
        email,
        password: 'maple river lantern 7',
      });
    expect((await login('keep@example.com')).status).toBe(200);
    expect((await login('after@example.com')).status).toBe(401);
  } finally {
    await server.stop();
  }
});

it('explains a wrong command in one line and exits non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mend-cli-'));
  const r = mend(['fly'], dir);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/unknown command "fly"/);
  expect(mend(['backup'], dir).stderr).toMatch(/backup needs a file/);
  expect(mend(['restore', join(dir, 'missing.db')], dir).status).toBe(2);
});
