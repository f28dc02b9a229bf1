// `npm start`: builds Mend the first time (or when a build is missing), then serves it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const built = ['packages/web/dist/index.html', 'packages/server/dist/cli.js'].every((f) => existsSync(f));
if (!built) {
  console.log('Building Mend for the first time (about a minute)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(process.execPath, ['packages/server/dist/cli.js', 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 0);
