import { COMMON_PASSWORD_WORDS, COMMON_PASSWORDS } from './common-passwords';

/** The shortest password Mend accepts. */
export const MIN_PASSWORD_LENGTH = 10;

/** The longest password Mend accepts (argon2 hashes anything, but a bound stops abuse). */
export const MAX_PASSWORD_LENGTH = 256;

/** Why a password is refused, or `null` when it is fine. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | null;

const WORDS = new Set(COMMON_PASSWORD_WORDS);
const WHOLE = new Set(COMMON_PASSWORDS);
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/**
 * Checks a new password against Mend's rules: long enough, and not a common password dressed up
 * with digits, symbols or capitals.
 * @example passwordProblem('password1234') // 'common'
 */
export function passwordProblem(password: string, personal: readonly string[] = []): PasswordProblem {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  return isCommonPassword(password, personal) ? 'common' : null;
}

/** True when the password is on the common list, a simple pattern, or a personal word (name, e-mail) padded out. */
export function isCommonPassword(password: string, personal: readonly string[] = []): boolean {
  const lower = password.toLowerCase();
  if (WHOLE.has(lower)) return true;
  if (isSimplePattern(lower)) return true;
  const core = coreWord(lower);
  if (core.length === 0) return true;
  if (WORDS.has(core) || isRepeatOfCommon(core)) return true;
  const mine = personal.map((p) => p.toLowerCase().replace(/[^a-z]/g, '')).filter((p) => p.length >= 3);
  return mine.includes(core);
}

/** The letters a password is built on: decorations at both ends removed, letter swaps undone. */
function coreWord(lower: string): string {
  const stripped = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  return [...stripped]
    .map((c) => LEET[c] ?? c)
    .join('')
    .replace(/[^a-z]/g, '');
}

/** A word said twice or more (`monkeymonkey`) or two common words joined (`iloveyoubaby`). */
function isRepeatOfCommon(core: string): boolean {
  for (let i = 3; i <= core.length - 3; i++) {
    const [a, b] = [core.slice(0, i), core.slice(i)];
    if ((WORDS.has(a) || a.length <= 2) && (WORDS.has(b) || b === a)) return true;
  }
  return false;
}

/** One repeated character, a run up or down the keyboard or alphabet, or a short block repeated. */
function isSimplePattern(lower: string): boolean {
  if (new Set(lower).size <= 2) return true;
  if (isRun(lower)) return true;
  for (let size = 2; size <= 5; size++) {
    const block = lower.slice(0, size);
    if (block.repeat(Math.ceil(lower.length / size)).slice(0, lower.length) === lower) return true;
  }
  return false;
}

function isRun(lower: string): boolean {
  const rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];
  const sources = rows.flatMap((r) => [r, [...r].reverse().join(''), r + r]);
  return sources.some((s) => s.includes(lower));
}
