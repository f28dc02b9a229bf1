import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, fieldError, formError } from './api-client';
import { safeNextPath } from './next-path';

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('turns an error answer into an ApiError with its code and field', async () => {
    const body = { error: { code: 'common_password', message: 'Too common.', field: 'password' } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 400 }));
    const error = await api('/api/auth/register', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(fieldError(error, 'password')).toBe('Too common.');
    expect(formError(error, ['password'])).toBeUndefined();
    expect(formError(error, ['email'])).toBe('Too common.');
  });

  it('speaks plainly when the network fails', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api('/api/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('only returns to paths on this site after signing in', () => {
    expect(safeNextPath('/join/ABC')).toBe('/join/ABC');
    expect(safeNextPath('//evil.example')).toBe('/today');
    expect(safeNextPath('https://evil.example')).toBe('/today');
    expect(safeNextPath(null)).toBe('/today');
  });
});
