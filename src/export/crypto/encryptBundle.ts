/** Passphrase encryption of a GaitLens file into the envelope `gaitlens.encrypted/1` (reader: decryptBundle.ts). */
import {
  DecryptError,
  ENVELOPE_FORMAT,
  IV_BYTES,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  deriveKey,
  envelopeAad,
  toBase64,
} from './envelope';
import type { Envelope } from './envelope';

/**
 * Encrypt a file's text with a passphrase (WebCrypto AES-256-GCM, key from PBKDF2-SHA256, random salt and IV).
 * @param plainText - the file to protect, usually a `gaitlens.bundle/1` JSON text
 * @param passphrase - the passphrase (non-empty; the UI should ask for a long one)
 * @param contentFormat - format tag of the content (default `gaitlens.bundle/1`)
 * @param iterations - PBKDF2 iterations (default {@link PBKDF2_ITERATIONS}; readers refuse fewer than 200,000)
 * @returns the envelope as JSON text
 * @throws DecryptError `empty-passphrase` for an empty passphrase
 */
export async function encryptBundle(
  plainText: string,
  passphrase: string,
  contentFormat = 'gaitlens.bundle/1',
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  if (passphrase.length === 0)
    throw new DecryptError('empty-passphrase', 'A passphrase is required');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: Omit<Envelope, 'ciphertextB64'> = {
    format: ENVELOPE_FORMAT,
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations,
    saltB64: toBase64(salt),
    ivB64: toBase64(iv),
    contentFormat,
  };
  const key = await deriveKey(passphrase, salt, iterations);
  const cipher = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: envelopeAad(header) },
    key,
    new TextEncoder().encode(plainText),
  );
  const envelope: Envelope = { ...header, ciphertextB64: toBase64(new Uint8Array(cipher)) };
  return JSON.stringify(envelope, null, 1);
}
