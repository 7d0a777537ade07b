import { describe, expect, it } from 'vitest';
import { InputFormatError } from '../../../src/core/errors';
import { parseCsv } from '../../../src/export/csv/csvText';
import { readLandmarksCsv } from '../../../src/export/csv/readLandmarksCsv';
import { LANDMARK_CSV_HEADER, writeLandmarksCsv } from '../../../src/export/csv/writeLandmarksCsv';
import { FIXTURE_EMPTY_FRAME, makeSyntheticSkeleton } from '../fixtures/syntheticSkeleton';

describe('readLandmarksCsv(writeLandmarksCsv(skeleton))', () => {
  it('writeLandmarksCsv(skeleton) writes a tidy table: header with units, 33 rows per frame', () => {
    const text = writeLandmarksCsv(makeSyntheticSkeleton());
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...LANDMARK_CSV_HEADER]);
    expect(rows[0]!.join(',')).toBe(
      'frame,time_s,landmark,x_norm,y_norm,z_rel,x_m,y_m,z_m,visibility',
    );
    expect(rows).toHaveLength(1 + 60 * 33);
    expect(rows[1 + 29]!.slice(0, 3)).toEqual(['0', '0', 'left_heel']);
  });

  it('readLandmarksCsv(writeLandmarksCsv(s)) returns every coordinate exactly and the empty frame as null', () => {
    const skeleton = makeSyntheticSkeleton();
    const frames = readLandmarksCsv(writeLandmarksCsv(skeleton));
    expect(frames).toHaveLength(skeleton.frames.length);
    frames.forEach((f, i) => {
      const s = skeleton.frames[i]!;
      expect(f.timeS).toBe(s.timeS);
      expect(f.image).toEqual(s.image);
      expect(f.world).toEqual(s.world);
      expect(f.visibility).toEqual(s.visibility);
    });
    expect(frames[FIXTURE_EMPTY_FRAME]!.world).toBeNull();
  });

  it('readLandmarksCsv(text) rejects a frame with a missing landmark row, naming the line', () => {
    const lines = writeLandmarksCsv(makeSyntheticSkeleton(2)).split('\r\n');
    lines.splice(10, 1);
    expect(() => readLandmarksCsv(lines.join('\r\n'))).toThrow(InputFormatError);
  });

  it('readLandmarksCsv(text) rejects a non-numeric cell with its line and column', () => {
    const text = writeLandmarksCsv(makeSyntheticSkeleton(1)).replace(
      /\r\n0,0,nose,[^,]+,/,
      '\r\n0,0,nose,abc,',
    );
    expect(() => readLandmarksCsv(text)).toThrow(
      expect.objectContaining({ code: 'schema', path: 'line 2, x_norm' }) as Error,
    );
  });

  it('readLandmarksCsv(text) rejects another CSV with code wrong-format', () => {
    expect(() => readLandmarksCsv('a,b\r\n1,2\r\n')).toThrow(
      expect.objectContaining({ code: 'wrong-format' }) as Error,
    );
  });
});

describe('parseCsv(text)', () => {
  it('parseCsv(text) reads quoted cells with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,""c""\nd"\r\n1,2\n')).toEqual([
      ['a', 'b,"c"\nd'],
      ['1', '2'],
    ]);
  });
});
