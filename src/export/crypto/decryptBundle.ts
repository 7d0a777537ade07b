/** Decryption of the envelope `gaitlens.encrypted/1` (writer: encryptBundle.ts). */
import { InputFormatError } from '../../core/errors';
import { checkFormatTag } from '../json/checkFormatTag';
import { parseJsonText } from '../json/parseJsonText';
import { toInputFormatError } from '../json/toInputFormatError';
import {
  DecryptError,
  ENVELOPE_FORMAT,
  IV_BYTES,
  SALT_BYTES,
  deriveKey,
  envelopeAad,
  envelopeSchema,
  fromBase64,
} from './envelope';

const WHAT = 'encrypted GaitLens file';

/**
 * Tell whether a file's text is an encrypted envelope (without validating it).
 * @param text - the file's text
 * @returns true when it looks like `gaitlens.encrypted/…`
 */
export function isEncryptedEnvelope(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"gaitlens\.encrypted\//.test(text.slice(0, 200));
}

/**
 * Decrypt an envelope with a passphrase.
 * @param envelopeText - the envelope's JSON text
 * @param passphrase - the passphrase
 * @returns the decrypted text (then read it with its own reader, e.g. readBundleJson) and its format tag
 * @throws InputFormatError for a malformed envelope; DecryptError `wrong-passphrase` when the passphrase is
 *   wrong or the file was changed, `empty-passphrase` for an empty passphrase
 */
export async function decryptBundle(
  envelopeText: string,
  passphrase: string,
): Promise<{ text: string; contentFormat: string }> {
  const value = parseJsonText(envelopeText, WHAT);
  checkFormatTag(value, ENVELOPE_FORMAT, WHAT);
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) throw toInputFormatError(parsed.error, WHAT);
  const e = parsed.data;
  const salt = fromBase64(e.saltB64);
  const iv = fromBase64(e.ivB64);
  if (salt.length < SALT_BYTES)
    throw new InputFormatError(
      'schema',
      `The salt must have at least ${SALT_BYTES} bytes`,
      'saltB64',
    );
  if (iv.length !== IV_BYTES)
    throw new InputFormatError('schema', `The IV must have ${IV_BYTES} bytes`, 'ivB64');
  if (passphrase.length === 0)
    throw new DecryptError('empty-passphrase', 'A passphrase is required');
  const key = await deriveKey(passphrase, salt, e.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: envelopeAad(e) },
      key,
      fromBase64(e.ciphertextB64),
    );
  } catch {
    throw new DecryptError(
      'wrong-passphrase',
      'Decryption failed: the passphrase is wrong or the file was changed',
    );
  }
  return {
    text: new TextDecoder('utf-8', { fatal: true }).decode(plain),
    contentFormat: e.contentFormat,
  };
}
