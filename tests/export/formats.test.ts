import { describe, expect, it } from 'vitest';
import { encryptBundle } from '../../src/export/crypto/encryptBundle';
import { selectIntervals } from '../../src/core/params/selectIntervals';
import { EXPORT_FORMATS, exportFormat } from '../../src/export/formats';
import type { ExportSource } from '../../src/export/formats';
import { makeSyntheticBundle, makeSyntheticParameters } from './fixtures/syntheticBundle';
import { makeSyntheticEvents } from './fixtures/syntheticSkeleton';
import { mediaFound } from '../helpers/mediaFound';

function source(): ExportSource {
  const bundle = makeSyntheticBundle();
  const finalEvents = makeSyntheticEvents();
  const bout = {
    startFrame: 0,
    endFrame: 60,
    startS: 0,
    endS: 2,
    sign: 1 as const,
    speedUnitsPerS: 1,
  };
  const intervals = selectIntervals(finalEvents, [bout], 1 / 30);
  return { bundle, finalEvents, parameters: makeSyntheticParameters(), intervals };
}

describe('EXPORT_FORMATS', () => {
  it('EXPORT_FORMATS lists 8 formats with unique ids and extensions, a MIME type each', () => {
    expect(EXPORT_FORMATS).toHaveLength(8);
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(8);
    expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(8);
    for (const f of EXPORT_FORMATS) expect(f.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    expect(exportFormat('c3d').extension).toBe('.c3d');
  });

  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))(
    'format %s: read(write(source)) succeeds',
    (_id, f) => {
      const out = f.write(source());
      expect(out.length).toBeGreaterThan(100);
      expect(f.read(out)).toBeTruthy();
    },
  );
});

describe('skeleton only: no export carries pixels, images or video', () => {
  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))(
    'format %s: output has no data URL, image/video signature or base64 image',
    (_id, f) => {
      expect(mediaFound(f.write(source()))).toEqual([]);
    },
  );

  it('the scan finds a PNG data URL, raw JPEG bytes and an MP4 ftyp box (the scan can fail)', () => {
    expect(mediaFound('{"x":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg"}')).toContain(
      String(/data:image/i),
    );
    expect(mediaFound(new Uint8Array([0, 1, 0xff, 0xd8, 0xff, 0xe0]))).toContain('JPEG');
    expect(mediaFound(new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]))).toContain(
      'MP4 ftyp',
    );
  });

  it('encryptBundle(bundle) output has no data URL (its ciphertext is of an already scanned bundle)', async () => {
    const env = await encryptBundle(
      exportFormat('bundle-json').write(source()) as string,
      'pw',
      'gaitlens.bundle/1',
      200_000,
    );
    expect(env).not.toMatch(/data:(image|video|audio)/i);
  });
});
