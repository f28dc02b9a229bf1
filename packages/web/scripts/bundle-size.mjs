// Prints the gzip size of the JavaScript a first visit needs, of all precached JavaScript and of the
// language coaches' lazily loaded chunk, and fails when any passes its budget. Run after `vite build`: node scripts/bundle-size.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const FIRST_ROUTE_BUDGET = 150 * 1024;
const ALL_JS_BUDGET = 350 * 1024;
const FIRST_ROUTE = 'src/features/auth/welcome-page.tsx';
// Issue #3: the coach code added to the bundle is at most 40 KB gzip, read strictly as 40,000 bytes, and lazy.
const COACH = '../domain/src/coach/index.ts';
const COACH_BUDGET = 40_000;

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file))).length;

/** A manifest entry's own file plus everything it statically imports. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const child of entry.imports ?? []) closure(child, seen);
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstRoute = new Set([...closure(entry), ...closure(FIRST_ROUTE)]);
const firstRouteBytes = [...firstRoute].reduce((sum, file) => sum + gzipped(file), 0);

const precache = readFileSync(join(dist, 'sw.js'), 'utf8');
const workbox = readdirSync(dist).filter((file) => file.startsWith('workbox-') && file.endsWith('.js'));
const jsFiles = [...new Set([...precache.matchAll(/url:"([^"]+\.js)"/g)].map((match) => match[1]))];
const allJs = [...jsFiles, 'sw.js', ...workbox].filter((file, i, all) => all.indexOf(file) === i);
const allBytes = allJs.reduce((sum, file) => sum + gzipped(file), 0);

const coach = manifest[COACH];
const coachBytes = coach ? gzipped(coach.file) : Number.POSITIVE_INFINITY;
const coachLazy = Boolean(coach?.isDynamicEntry) && !firstRoute.has(coach.file);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`first route (welcome) JS, gzip: ${kb(firstRouteBytes)} of ${kb(FIRST_ROUTE_BUDGET)}`);
console.log(
  `all precached JS + service worker, gzip: ${kb(allBytes)} of ${kb(ALL_JS_BUDGET)} (${allJs.length} files)`,
);
console.log(
  `language coaches chunk, gzip: ${coachBytes} of ${COACH_BUDGET} bytes, ${coachLazy ? 'loaded lazily' : 'NOT lazy'}`,
);
if (
  firstRouteBytes > FIRST_ROUTE_BUDGET ||
  allBytes > ALL_JS_BUDGET ||
  coachBytes > COACH_BUDGET ||
  !coachLazy
) {
  console.error('Over budget.');
  process.exit(1);
}
