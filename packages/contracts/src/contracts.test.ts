import { describe, expect, it } from 'vitest';
import { CreateSpace, Register, SetStatus } from './index';

describe('contracts', () => {
  it('trims names and lower-cases nothing it should not', () => {
    const parsed = Register.parse({
      email: ' Ana@Example.com ',
      password: 'x'.repeat(12),
      displayName: '  Ana ',
    });
    expect(parsed).toEqual({ email: 'Ana@Example.com', password: 'x'.repeat(12), displayName: 'Ana' });
  });

  it.each([
    [{ role: 'hurt', discoveredOn: '2026-02-30' }, 'discoveredOn'],
    [{ role: 'therapist' }, 'role'],
    [{}, 'role'],
  ])('refuses a bad space %o at %s', (body, field) => {
    const result = CreateSpace.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });

  it('defaults a status to private and refuses blank text', () => {
    expect(SetStatus.parse({ text: 'tired' }).visibility).toBe('private');
    expect(SetStatus.safeParse({ text: '   ' }).success).toBe(false);
  });
});
