/** How long an invite code stays usable. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** The alphabet of invite codes: no 0/O or 1/I/L, so a code read aloud is not misheard. */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The length of an invite code (31^10 ≈ 8e14 codes). */
export const INVITE_CODE_LENGTH = 10;

/** The state an invite needs for these rules. */
export interface InviteState {
  expiresAt: number;
  usedAt: number | null;
}

/** Why an invite can no longer be used, or `null` when it can. */
export function inviteProblem(invite: InviteState, now: number): 'used' | 'expired' | null {
  if (invite.usedAt !== null) return 'used';
  if (now >= invite.expiresAt) return 'expired';
  return null;
}

/**
 * Turns random bytes into an invite code; the caller supplies the randomness.
 * @example inviteCodeFromBytes(new Uint8Array(10)) // 'AAAAAAAAAA'
 */
export function inviteCodeFromBytes(bytes: Uint8Array): string {
  let code = '';
  for (const byte of bytes.slice(0, INVITE_CODE_LENGTH))
    code += INVITE_ALPHABET[byte % INVITE_ALPHABET.length];
  return code;
}

/** Normalises what a person typed as a code: upper case, no spaces or dashes. */
export function normalizeInviteCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
