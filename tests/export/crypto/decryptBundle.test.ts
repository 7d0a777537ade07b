import { describe, expect, it } from 'vitest';
import { InputFormatError } from '../../../src/core/errors';
import { decryptBundle, isEncryptedEnvelope } from '../../../src/export/crypto/decryptBundle';
import { encryptBundle } from '../../../src/export/crypto/encryptBundle';
import {
  DecryptError,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
} from '../../../src/export/crypto/envelope';
import { readBundleJson } from '../../../src/export/json/readBundleJson';
import { writeBundleJson } from '../../../src/export/json/writeBundleJson';
import { makeSyntheticBundle } from '../fixtures/syntheticBundle';

// Tests use the minimum accepted iteration count to stay fast; one test checks the default.
const FAST = MIN_PBKDF2_ITERATIONS;

describe('decryptBundle(encryptBundle(text, pass), pass)', () => {
  it('decryptBundle(encryptBundle(bundle)) gives back the bundle text byte for byte', async () => {
    const text = writeBundleJson(makeSyntheticBundle());
    const envelope = await encryptBundle(
      text,
      'correct horse battery staple',
      'gaitlens.bundle/1',
      FAST,
    );
    expect(isEncryptedEnvelope(envelope)).toBe(true);
    expect(isEncryptedEnvelope(text)).toBe(false);
    expect(envelope).not.toContain('P-0042');
    const out = await decryptBundle(envelope, 'correct horse battery staple');
    expect(out.text).toBe(text);
    expect(out.contentFormat).toBe('gaitlens.bundle/1');
    expect(readBundleJson(out.text).patient!.code).toBe('P-0042');
  });

  it('encryptBundle(text, pass) uses a fresh salt and IV each time and the default iteration count', async () => {
    const a = JSON.parse(await encryptBundle('x', 'pw')) as Record<string, unknown>;
    const b = JSON.parse(await encryptBundle('x', 'pw')) as Record<string, unknown>;
    expect(a.iterations).toBe(PBKDF2_ITERATIONS);
    expect(a.saltB64).not.toBe(b.saltB64);
    expect(a.ivB64).not.toBe(b.ivB64);
    expect(a.ciphertextB64).not.toBe(b.ciphertextB64);
  });

  it('decryptBundle(envelope, wrongPass) rejects with DecryptError wrong-passphrase', async () => {
    const envelope = await encryptBundle('{"a":1}', 'right', 'gaitlens.bundle/1', FAST);
    const err = await decryptBundle(envelope, 'wrong').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DecryptError);
    expect((err as DecryptError).name).toBe('DecryptError');
    expect((err as DecryptError).code).toBe('wrong-passphrase');
  });

  it('decryptBundle(envelope, pass) rejects a changed header field (authenticated data)', async () => {
    const e = JSON.parse(await encryptBundle('{"a":1}', 'pw', 'gaitlens.bundle/1', FAST)) as Record<
      string,
      unknown
    >;
    e.contentFormat = 'gaitlens.skeleton/1';
    await expect(decryptBundle(JSON.stringify(e), 'pw')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  it('decryptBundle(envelope, pass) refuses fewer than 200,000 iterations as malformed', async () => {
    const e = JSON.parse(await encryptBundle('{"a":1}', 'pw', 'gaitlens.bundle/1', FAST)) as Record<
      string,
      unknown
    >;
    e.iterations = 1000;
    const err = await decryptBundle(JSON.stringify(e), 'pw').catch((x: unknown) => x);
    expect(err).toBeInstanceOf(InputFormatError);
    expect(err).toMatchObject({ code: 'schema', path: 'iterations' });
  });

  it('encryptBundle(text, "") and decryptBundle(envelope, "") refuse an empty passphrase', async () => {
    await expect(encryptBundle('x', '')).rejects.toMatchObject({ code: 'empty-passphrase' });
    const envelope = await encryptBundle('x', 'pw', 'gaitlens.bundle/1', FAST);
    await expect(decryptBundle(envelope, '')).rejects.toMatchObject({ code: 'empty-passphrase' });
  });
});
