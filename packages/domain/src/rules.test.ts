import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff';
import { INVITE_ALPHABET, inviteCodeFromBytes, inviteProblem, normalizeInviteCode } from './invites';
import { canRead, defaultJoinRole } from './roles';
import { allowsTransparency, needsSafetyFirst, spaceAllowsTransparency } from './safety';

describe('invites', () => {
  const base = { expiresAt: 1_000, usedAt: null };
  it.each([
    [base, 999, null],
    [base, 1_000, 'expired'],
    [{ ...base, usedAt: 10 }, 5, 'used'],
  ])('inviteProblem(%o, %i) is %s', (invite, now, problem) => {
    expect(inviteProblem(invite, now)).toBe(problem);
  });

  it('builds codes from the unambiguous alphabet only', () => {
    const code = inviteCodeFromBytes(Uint8Array.from({ length: 10 }, (_, i) => i * 37));
    expect(code).toHaveLength(10);
    expect([...code].every((c) => INVITE_ALPHABET.includes(c))).toBe(true);
  });

  it('accepts a code typed with spaces, dashes and lower case', () => {
    expect(normalizeInviteCode(' abcd-efgh 23 ')).toBe('ABCDEFGH23');
  });
});

describe('roles and visibility', () => {
  it('offers the joining partner the other role', () => {
    expect(defaultJoinRole('hurt')).toBe('repairing');
    expect(defaultJoinRole('repairing')).toBe('hurt');
  });

  const check = { authorId: 'a', readerId: 'b', authorIsMember: true, readerIsMember: true } as const;
  it.each([
    [{ ...check, visibility: 'partner' as const }, true],
    [{ ...check, visibility: 'private' as const }, false],
    [{ ...check, visibility: 'therapist' as const }, false],
    [{ ...check, visibility: 'partner' as const, authorIsMember: false }, false],
    [{ ...check, visibility: 'partner' as const, readerIsMember: false }, false],
    [{ ...check, visibility: 'private' as const, readerId: 'a' }, true],
  ])('canRead(%o) is %s', (c, expected) => {
    expect(canRead(c)).toBe(expected);
  });
});

describe('safety', () => {
  const safe = { feelsSafe: 'yes' as const, fearsThreats: false, fearsControl: false };
  it.each([
    [safe, true],
    [{ ...safe, feelsSafe: 'no' as const }, false],
    [{ ...safe, feelsSafe: 'unsure' as const }, false],
    [{ ...safe, feelsSafe: null }, false],
    [{ ...safe, fearsControl: true }, false],
    [{ ...safe, fearsThreats: true }, false],
  ])('allowsTransparency(%o) is %s', (state, ok) => {
    expect(allowsTransparency(state)).toBe(ok);
  });

  it('leads with safety only after an answer that is not a plain yes', () => {
    expect(needsSafetyFirst({ ...safe, feelsSafe: null })).toBe(false);
    expect(needsSafetyFirst({ ...safe, feelsSafe: 'unsure' })).toBe(true);
  });

  it('needs every member’s own yes for the space', () => {
    expect(spaceAllowsTransparency([safe, safe])).toBe(true);
    expect(spaceAllowsTransparency([safe, { ...safe, feelsSafe: 'no' }])).toBe(false);
    expect(spaceAllowsTransparency([])).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [5, 80_000],
    [30, 3_600_000],
  ])('after %i failures waits %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});
