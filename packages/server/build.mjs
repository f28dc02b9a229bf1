// Bundles the server into dist/cli.js: one file that starts fast. npm packages stay external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@mend/'));

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  splitting: true,
  external: [...external, 'tsx'],
  banner: {
    js: "import { createRequire as __mendRequire } from 'node:module'; const require = __mendRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('server built: packages/server/dist/cli.js');
