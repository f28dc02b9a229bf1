import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorkerWhenIdle } from './lib/service-worker';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Mend needs an element with id "root" to start.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Built only for production: the dev server has no service worker to register.
if (import.meta.env.PROD) registerServiceWorkerWhenIdle();
