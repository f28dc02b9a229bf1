import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';

const script = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'packages',
  'web',
  'scripts',
  'bundle-size.mjs',
);

test('the built front end stays within its size budget (first route ≤ 150 KB, all precached JS ≤ 350 KB, lazy coach chunk ≤ 40,000 bytes gzip)', () => {
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  console.log(r.stdout.trim());
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
