import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderOpenApi } from '../src/openapi';

it('keeps the committed openapi.json in step with the routes (npm run openapi -w @mend/server)', async () => {
  const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
  expect(await renderOpenApi()).toBe(committed);
});

it('documents every path of the stable core', async () => {
  const doc = JSON.parse(await renderOpenApi());
  for (const path of [
    '/api/health',
    '/api/auth/register',
    '/api/auth/login',
    '/api/auth/logout',
    '/api/me',
    '/api/spaces',
    '/api/spaces/current/invites',
    '/api/invites/{code}/accept',
    '/api/spaces/current/leave',
    '/api/export',
  ]) {
    expect(doc.paths[path], path).toBeDefined();
  }
});
