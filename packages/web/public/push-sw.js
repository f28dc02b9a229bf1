// Web Push for Mend, imported by the generated service worker (vite.config.ts, workbox.importScripts).
// A push from Mend carries no words at all. Whatever arrives, the notice says only this, so nothing
// on a lock screen gives anything away. Keep it that way: nothing personal belongs in this file.
const MEND_NOTICE = { title: 'Mend', body: 'Something is waiting for you.' };

self.addEventListener('push', (event) => {
  event.waitUntil(
    self.registration.showNotification(MEND_NOTICE.title, {
      body: MEND_NOTICE.body,
      tag: 'mend',
      icon: '/icons/icon-192.png',
    }),
  );
});

// A tap brings an open Mend window forward (its alert is already on screen), or opens Today.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => {
        const url = new URL(client.url);
        return url.origin === self.location.origin && url.pathname !== '/away.html';
      });
      if (open) await open.focus();
      else await self.clients.openWindow('/today');
    })(),
  );
});
