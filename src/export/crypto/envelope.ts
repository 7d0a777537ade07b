/**
 * The encrypted envelope `gaitlens.encrypted/1`: a small JSON object that carries an AES-GCM ciphertext of
 * another GaitLens file, with the PBKDF2-SHA256 parameters needed to derive the key from a passphrase.
 */
import { z } from 'zod';

/** Format tag of the envelope. */
export const ENVELOPE_FORMAT = 'gaitlens.encrypted/1' as const;

/**
 * PBKDF2-SHA256 iterations used when writing: OWASP Password Storage Cheat Sheet (2023) recommends 600,000
 * for PBKDF2-HMAC-SHA256.
 */
export const PBKDF2_ITERATIONS = 600_000;
/** Fewest iterations a reader accepts (guards against weakened envelopes). */
export const MIN_PBKDF2_ITERATIONS = 200_000;
/** Most iterations a reader accepts (guards against a file that would hang the app). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** Salt length, bytes (NIST SP 800-132 asks for at least 16). */
export const SALT_BYTES = 16;
/** AES-GCM IV length, bytes (96 bits, NIST SP 800-38D). */
export const IV_BYTES = 12;

/** Errors of decryption. */
export type DecryptErrorCode = 'wrong-passphrase' | 'empty-passphrase';

/** Decryption failed: the passphrase is wrong or the ciphertext was changed (AES-GCM cannot tell which). */
export class DecryptError extends Error {
  override readonly name = 'DecryptError';
  /**
   * @param code - what went wrong
   * @param message - technical detail (the UI shows its own sentence for the code)
   */
  constructor(
    readonly code: DecryptErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

/** Schema of the envelope. */
export const envelopeSchema = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  saltB64: base64,
  ivB64: base64,
  /** Format tag of the encrypted content, e.g. `gaitlens.bundle/1`. */
  contentFormat: z.string().max(64),
  ciphertextB64: base64,
});

/** The envelope as stored in the file. */
export type Envelope = z.output<typeof envelopeSchema>;

/**
 * The additional authenticated data: every header field, so that changing any of them fails decryption.
 * @param e - the envelope without its ciphertext
 * @returns UTF-8 bytes of the header fields joined by newlines
 */
export function envelopeAad(e: Omit<Envelope, 'ciphertextB64'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    [e.format, e.cipher, e.kdf, e.iterations, e.saltB64, e.ivB64, e.contentFormat].join('\n'),
  );
}

/**
 * Derive the AES-256-GCM key from a passphrase.
 * @param passphrase - the user's passphrase (non-empty)
 * @param salt - random salt
 * @param iterations - PBKDF2 iteration count
 * @returns a non-extractable AES-GCM key
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encode bytes as base64 (without Node's Buffer, so it runs in browsers too).
 * @param bytes - the bytes
 * @returns base64 text
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Decode base64 to bytes.
 * @param text - base64 text (validated by the schema)
 * @returns the bytes
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
