import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { offlineFiles, precacheOnly, type ViteManifest } from './src/lib/offline-precache';

const API_TARGET = 'http://127.0.0.1:3000';
// Where this build writes (`--outDir` may move it); its `.vite/manifest.json` (build.manifest below) is written
// before the service worker is generated.
let outDir = fileURLToPath(new URL('dist', import.meta.url));
const outDirProbe: Plugin = {
  name: 'mend-out-dir',
  configResolved: (config) => {
    outDir = resolve(config.root, config.build.outDir);
  },
};

const pwa = VitePWA({
  registerType: 'autoUpdate',
  // Registered by the app itself once the first screen is idle (lib/service-worker.ts).
  injectRegister: false,
  strategies: 'generateSW',
  manifest: {
    name: 'Mend',
    short_name: 'Mend',
    description: 'A private, calm workspace.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#f7f5f0',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
    // Long-pressing the installed icon offers these. The names stay neutral on purpose: a lock
    // screen or a shoulder may see them. "Reach out" opens Today, where the one-tap alert is.
    shortcuts: [
      {
        name: 'Reach out',
        short_name: 'Reach out',
        url: '/today',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
      },
      {
        name: 'Breathe',
        short_name: 'Breathe',
        url: '/breathe',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
      },
      {
        name: 'Ground',
        short_name: 'Ground',
        url: '/ground',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
      },
    ],
  },
  workbox: {
    // Only the app's own files are cached. API answers are never stored by the service worker:
    // what people write here must not outlive their session in Cache Storage.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // Precached at install: the shell and the screens that must open offline (lib/offline-precache.ts). The rest
    // is cached when first fetched (below). Precaching all ~80 files slowed a first visit's taps (decision 080).
    manifestTransforms: [
      (entries) => {
        const manifest = JSON.parse(
          readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
        ) as ViteManifest;
        return { manifest: precacheOnly(entries, offlineFiles(manifest)) };
      },
    ],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/away\.html$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        // Built scripts and styles have a content hash in their name, so a cached copy is never stale.
        urlPattern: ({ sameOrigin, url }) => sameOrigin && /^\/assets\/.+\.(js|css)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: 'mend-assets',
          // Two versions of the app, with room to spare; older files are dropped first.
          expiration: { maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 60 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
    // The hand-written push and notification-click handlers (public/push-sw.js): fixed, neutral words.
    importScripts: ['push-sw.js'],
  },
});

// React Router 7 exports only its development build (warnings, checks, dev-only code), whatever the mode
// (remix-run/react-router#12532, #14753); a production build takes the production one that ships beside it.
const routerDevelopment = createRequire(import.meta.url).resolve('react-router');
const routerProduction = routerDevelopment.replace(
  /[/\\]development[/\\]index\.m?js$/,
  '/production/index.mjs',
);
if (routerProduction === routerDevelopment || !existsSync(routerProduction))
  throw new Error(`React Router's production build was not found beside ${routerDevelopment}`);

export default defineConfig(({ mode }) => ({
  plugins: [react(), mode === 'test' ? [] : [outDirProbe, pwa]],
  resolve:
    mode === 'production' ? { alias: [{ find: /^react-router$/, replacement: routerProduction }] } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json lets scripts/bundle-size.mjs measure the first route.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': {
        target: API_TARGET,
        ws: true,
        // The server refuses state-changing requests from another origin. In development the page
        // lives on Vite's port, so the proxy presents the request as same-origin, as it is in production.
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => request.setHeader('origin', API_TARGET));
        },
      },
    },
  },
}));
