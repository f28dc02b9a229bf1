import { describe, expect, it } from 'vitest';
import {
  createJournalKey,
  decryptEntry,
  encryptEntry,
  fromBase64,
  JournalCryptoError,
  PBKDF2_ITERATIONS,
  recoverWithKey,
  toBase64,
  unlockWithPassphrase,
} from './journal-crypto';

function randomText(n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  // Letters, accents, emoji and newlines, so encoding is tested too.
  const pool = ['a', 'z', 'é', 'ß', '中', '😊', '\n', ' ', '"', '\\'];
  return [...bytes].map((b) => pool[b % pool.length]).join('');
}

function flip(b64: string, byte: number): string {
  const bytes = fromBase64(b64);
  const i = byte < 0 ? bytes.length + byte : byte;
  bytes[i] = (bytes[i] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('journal crypto', async () => {
  const passphrase = 'quiet harbour at dawn';
  const made = await createJournalKey(passphrase);

  it('derives with PBKDF2-SHA-256 at 600,000 iterations or more', () => {
    expect(made.key.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(made.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){10}[0-9A-HJKMNP-TV-Z]{2}$/);
  });

  it('round-trips random text, with a fresh IV every time', async () => {
    for (const n of [0, 1, 100, 5000]) {
      const text = randomText(n);
      const sealed = await encryptEntry(made.open, { text });
      if (n >= 100) expect(atob(sealed.ciphertext)).not.toContain(text.slice(0, 20));
      expect((await decryptEntry(made.open, sealed)).text).toBe(text);
    }
    const a = await encryptEntry(made.open, { text: 'same' });
    const b = await encryptEntry(made.open, { text: 'same' });
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it.each([
    ['the IV', (s: { iv: string; ciphertext: string }) => ({ ...s, iv: flip(s.iv, 0) })],
    [
      'the ciphertext',
      (s: { iv: string; ciphertext: string }) => ({ ...s, ciphertext: flip(s.ciphertext, 0) }),
    ],
    ['the tag', (s: { iv: string; ciphertext: string }) => ({ ...s, ciphertext: flip(s.ciphertext, -1) })],
  ])('refuses an entry with one bit flipped in %s, with a clear message', async (_name, tamper) => {
    const sealed = await encryptEntry(made.open, { text: 'something private' });
    const broken = decryptEntry(made.open, { ...tamper(sealed), keyId: sealed.keyId });
    await expect(broken).rejects.toBeInstanceOf(JournalCryptoError);
    await expect(broken).rejects.toThrow(/changed or damaged after it was sealed/);
  });

  it('opens with the passphrase and refuses a wrong one', async () => {
    const sealed = await encryptEntry(made.open, { text: 'kept safe' });
    const again = await unlockWithPassphrase(made.key, passphrase);
    expect((await decryptEntry(again, sealed)).text).toBe('kept safe');
    await expect(unlockWithPassphrase(made.key, 'quiet harbour at dusk')).rejects.toThrow(
      'That passphrase did not open your journal.',
    );
  });

  it('restores access with the recovery key, under a new passphrase and a new recovery key', async () => {
    const sealed = await encryptEntry(made.open, { text: 'written before I forgot' });
    const recovered = await recoverWithKey(
      made.key,
      made.recoveryKey.toLowerCase(),
      'a brand new passphrase',
    );
    expect(recovered.key.keyId).toBe(made.key.keyId);
    expect(recovered.recoveryKey).not.toBe(made.recoveryKey);
    expect((await decryptEntry(recovered.open, sealed)).text).toBe('written before I forgot');
    const reopened = await unlockWithPassphrase(recovered.key, 'a brand new passphrase');
    expect((await decryptEntry(reopened, sealed)).text).toBe('written before I forgot');
    await expect(unlockWithPassphrase(recovered.key, passphrase)).rejects.toThrow(/did not open/);
    // The old recovery key no longer opens the new key material.
    await expect(recoverWithKey(recovered.key, made.recoveryKey, 'x')).rejects.toThrow(
      /recovery key did not open/,
    );
  });

  it('refuses a mistyped recovery key without guessing', async () => {
    await expect(recoverWithKey(made.key, 'ABCDE-12345', 'x')).rejects.toThrow(/does not look right/);
  });
});
