// The journal's cryptography, all on the device (decision record 050). A random 256-bit data key
// encrypts every entry with AES-256-GCM. That key is stored only wrapped: once under a key derived
// from the passphrase (PBKDF2-SHA-256, 600,000 iterations), once under the one-time recovery key.
import type { JournalKey } from '@mend/contracts';

/** The PBKDF2 iterations new journals use (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;

/** A failure to open something, in words a person can act on. */
export class JournalCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JournalCryptoError';
  }
}

const subtle = () => {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new JournalCryptoError(
      'This browser cannot encrypt here. Open Mend over https, or in another browser.',
    );
  return s;
};
const enc = new TextEncoder();
const dec = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

// Crockford's base32: no I, L, O or U, so a recovery key read aloud or written down survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 32 random bytes as base32 in groups of five characters (52 characters). */
function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5)
    out += ALPHABET[Number.parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out.match(/.{1,5}/g)?.join('-') ?? out;
}

function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 52 || [...clean].some((c) => !ALPHABET.includes(c)))
    throw new JournalCryptoError('That recovery key does not look right. It has 52 letters and digits.');
  let bits = '';
  for (const c of clean) bits += ALPHABET.indexOf(c).toString(2).padStart(5, '0');
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return out;
}

async function passphraseKek(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function recoveryKek(recovery: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>) {
  const base = await subtle().importKey('raw', recovery, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: enc.encode('mend journal recovery') },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(kek: CryptoKey, raw: Uint8Array<ArrayBuffer>, keyId: string) {
  const iv = random(12);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(keyId) }, kek, raw);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ct)) };
}

async function unwrap(
  kek: CryptoKey,
  wrapped: { iv: string; ciphertext: string },
  keyId: string,
  wrong: string,
) {
  try {
    const raw = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv), additionalData: enc.encode(keyId) },
      kek,
      fromBase64(wrapped.ciphertext),
    );
    return subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } catch {
    throw new JournalCryptoError(wrong);
  }
}

/** An open journal: the data key, held in memory only while unlocked. */
export interface OpenJournal {
  keyId: string;
  dataKey: CryptoKey;
}

/** A new journal key: the material to store on the server, the open key, and the recovery key to show once. */
export async function createJournalKey(passphrase: string, iterations = PBKDF2_ITERATIONS) {
  const raw = random(32);
  const keyId = toBase64(random(9)).replace(/[+/=]/g, 'x');
  const recovery = random(32);
  const salt = random(16);
  const recoverySalt = random(16);
  const key: JournalKey = {
    keyId,
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt) },
    byPassphrase: await wrap(await passphraseKek(passphrase, salt, iterations), raw, keyId),
    byRecoveryKey: {
      ...(await wrap(await recoveryKek(recovery, recoverySalt), raw, keyId)),
      salt: toBase64(recoverySalt),
    },
  };
  const dataKey = await subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return { key, open: { keyId, dataKey } as OpenJournal, recoveryKey: formatRecoveryKey(recovery) };
}

/** Opens the journal with its passphrase. */
export async function unlockWithPassphrase(key: JournalKey, passphrase: string): Promise<OpenJournal> {
  const kek = await passphraseKek(passphrase, fromBase64(key.kdf.salt), key.kdf.iterations);
  const dataKey = await unwrap(
    kek,
    key.byPassphrase,
    key.keyId,
    'That passphrase did not open your journal.',
  );
  return { keyId: key.keyId, dataKey };
}

/**
 * Opens the journal with the recovery key and seals the same data key under a new passphrase and a
 * new recovery key (each recovery key works once). Entries stay as they are.
 */
export async function recoverWithKey(key: JournalKey, recoveryKey: string, newPassphrase: string) {
  const kek = await recoveryKek(parseRecoveryKey(recoveryKey), fromBase64(key.byRecoveryKey.salt));
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: fromBase64(key.byRecoveryKey.iv), additionalData: enc.encode(key.keyId) },
        kek,
        fromBase64(key.byRecoveryKey.ciphertext),
      ),
    );
  } catch {
    throw new JournalCryptoError('That recovery key did not open your journal.');
  }
  const salt = random(16);
  const recovery = random(32);
  const recoverySalt = random(16);
  const next: JournalKey = {
    keyId: key.keyId,
    kdf: {
      name: 'PBKDF2-SHA-256',
      iterations: Math.max(key.kdf.iterations, PBKDF2_ITERATIONS),
      salt: toBase64(salt),
    },
    byPassphrase: await wrap(
      await passphraseKek(newPassphrase, salt, Math.max(key.kdf.iterations, PBKDF2_ITERATIONS)),
      raw,
      key.keyId,
    ),
    byRecoveryKey: {
      ...(await wrap(await recoveryKek(recovery, recoverySalt), raw, key.keyId)),
      salt: toBase64(recoverySalt),
    },
  };
  const dataKey = await subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return {
    key: next,
    open: { keyId: key.keyId, dataKey } as OpenJournal,
    recoveryKey: formatRecoveryKey(recovery),
  };
}

/** What an entry holds once opened. */
export interface EntryText {
  text: string;
}

/** Seals an entry's words; the entry's key id is bound in as associated data. */
export async function encryptEntry(open: OpenJournal, entry: EntryText) {
  const iv = random(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(open.keyId) },
    open.dataKey,
    enc.encode(JSON.stringify({ v: 1, text: entry.text })),
  );
  return { ciphertext: toBase64(new Uint8Array(ct)), iv: toBase64(iv), keyId: open.keyId };
}

/** Opens an entry, or says plainly that it was changed or damaged. */
export async function decryptEntry(
  open: OpenJournal,
  sealed: { ciphertext: string; iv: string; keyId: string },
): Promise<EntryText> {
  if (sealed.keyId !== open.keyId)
    throw new JournalCryptoError('This entry was sealed with a different key and cannot be opened here.');
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: enc.encode(sealed.keyId) },
      open.dataKey,
      fromBase64(sealed.ciphertext),
    );
    const parsed = JSON.parse(dec.decode(plain)) as { text?: unknown };
    return { text: typeof parsed.text === 'string' ? parsed.text : '' };
  } catch {
    throw new JournalCryptoError(
      'This entry could not be opened: it was changed or damaged after it was sealed, so Mend will not show it.',
    );
  }
}
