// `npm run bench`: builds the server when needed, then runs every benchmark in bench/ (each prints JSON).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('packages/server/dist/cli.js'))
  spawnSync('npm', ['run', 'build', '-w', '@mend/server'], { stdio: 'inherit' });
const only = process.argv[2];
for (const file of readdirSync('bench').filter((f) => f.endsWith('.ts') && f !== 'lib.ts')) {
  if (only && !file.startsWith(only)) continue;
  const r = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
