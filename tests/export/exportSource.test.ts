import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import { exportSourceFromBundle } from '../../src/export/exportSource';
import { EXPORT_FORMATS } from '../../src/export/formats';
import { readSkeletonJson } from '../../src/export/json/readSkeletonJson';
import { toJsonValue } from '../../src/store/toJsonValue';
import { makeSyntheticBundle } from './fixtures/syntheticBundle';

const demo = readSkeletonJson(readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'));

describe('exportSourceFromBundle(bundle)', () => {
  it('exportSourceFromBundle(b) takes the final events and parameters of stored demo measurements; every format writes and reads back', () => {
    const m = analyzeRecording(demo).measurements;
    const stored = toJsonValue(m);
    const src = exportSourceFromBundle({
      ...makeSyntheticBundle(),
      skeleton: demo,
      measurements: stored,
    });
    expect(src.finalEvents).toEqual(JSON.parse(JSON.stringify(m.events)));
    expect(src.finalEvents.length).toBeGreaterThan(4);
    expect(src.parameters.map((p) => p.key)).toEqual(m.parameters.map((p) => p.key));
    for (const f of EXPORT_FORMATS) expect(f.read(f.write(src)), f.id).toBeTruthy();
  });

  it('exportSourceFromBundle(b) without a measurements result throws schema at path measurements', () => {
    for (const measurements of [null, { speedMPerS: 1.2 }, []])
      expect(() => exportSourceFromBundle({ ...makeSyntheticBundle(), measurements })).toThrow(
        expect.objectContaining({ code: 'schema', path: 'measurements' }) as Error,
      );
  });
});
