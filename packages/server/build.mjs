// Bundles the server and its npm packages into dist/: loading one bundle instead of ~400 module files is about
// 0.3 s of the 1 s start budget (decision 010). Only native addons (and web-push, loaded on the first push) stay
// external; pg-native is pg's optional addon, never installed.
import { build } from 'esbuild';

const external = ['better-sqlite3', '@node-rs/argon2', 'web-push', 'pg-native'];

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
