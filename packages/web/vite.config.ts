import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const API_TARGET = 'http://127.0.0.1:3000';

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
    // Only the app shell is cached. API answers are never stored by the service worker:
    // what people write here must not outlive their session in Cache Storage.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/away\.html$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [],
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
  plugins: [react(), mode === 'test' ? [] : pwa],
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
