import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readC3dAnalog } from '../../../src/export/c3d/readC3dAnalog';

// Reference: the independent py-c3d reader (../shared/tools/readers/py-c3d, MIT), called here,
// read_frames(analog_transform=True), i.e. (raw − OFFSET) × SCALE × GEN_SCALE per channel.
const PY = `
import sys, json, warnings
sys.path.insert(0, '../shared/tools/readers/py-c3d')
import numpy as np, c3d
warnings.simplefilter('ignore')
with open(sys.argv[1], 'rb') as fh:
    r = c3d.Reader(fh)
    a = np.concatenate([an for _, _, an in r.read_frames()], axis=1)
labels = [l.strip() for l in r.analog_labels]
print(json.dumps({'rate': float(r.analog_rate), 'labels': labels, 'n': int(a.shape[1]),
  'first': a[:, 0].tolist(), 'min': a.min(axis=1).tolist(), 'max': a.max(axis=1).tolist(),
  'sum': a.sum(axis=1).tolist(), 'at1000': a[:, 1000].tolist()}))
`;
interface PyAnalog {
  rate: number;
  labels: string[];
  n: number;
  first: number[];
  min: number[];
  max: number[];
  sum: number[];
  at1000: number[];
}
const pyC3d = (path: string): PyAnalog =>
  JSON.parse(execFileSync('python3', ['-c', PY, path], { encoding: 'utf8' })) as PyAnalog;

describe('readC3dAnalog against py-c3d on real lab files', () => {
  it.each([
    // Vicon Nexus, Intel float: 34 channels at 1000 Hz (3 force plates + 16 EMG)
    { file: 'PiG_Motion3_FF.c3d', rateHz: 1000, channels: 34, startS: 7.24 },
    // c3d.org sample09, DEC int16 with offsets and negative scales: 36 channels at 1200 Hz
    { file: 'PlugInC3D.c3d', rateHz: 1200, channels: 36, startS: 0 },
    // CODA TestMDF, Intel int16, per-channel scales 0.1 / −0.05: 16 channels at 400 Hz
    { file: 'ADemo1_rewrite_c3d_pc_integer.c3d', rateHz: 400, channels: 16, startS: 0 },
  ])(
    'readC3dAnalog($file) gives every channel as py-c3d does',
    ({ file, rateHz, channels, startS }) => {
      const path = `../shared/data/c3d/${file}`;
      const ours = readC3dAnalog(new Uint8Array(readFileSync(path)));
      const ref = pyC3d(path);
      expect(ours.rateHz).toBe(rateHz);
      expect(ref.rate).toBe(rateHz);
      expect(ours.startTimeS).toBeCloseTo(startS, 9);
      expect(ours.channels.map((c) => c.label)).toEqual(ref.labels);
      expect(ours.channels).toHaveLength(channels);
      ours.channels.forEach((ch, c) => {
        expect(ch.values).toHaveLength(ref.n);
        const tol = 1e-3 * Math.max(1, Math.abs(ref.max[c]!), Math.abs(ref.min[c]!));
        let sum = 0;
        let min = Infinity;
        let max = -Infinity;
        for (const v of ch.values) {
          sum += v;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        expect(Math.abs(ch.values[0]! - ref.first[c]!)).toBeLessThanOrEqual(tol);
        expect(Math.abs(ch.values[1000]! - ref.at1000[c]!)).toBeLessThanOrEqual(tol);
        expect(Math.abs(min - ref.min[c]!)).toBeLessThanOrEqual(tol);
        expect(Math.abs(max - ref.max[c]!)).toBeLessThanOrEqual(tol);
        expect(Math.abs(sum - ref.sum[c]!)).toBeLessThanOrEqual(tol * ref.n * 1e-3 + tol);
      });
    },
  );

  it('readC3dAnalog(PiG) matches the facts of ../shared/data/c3d/README.md: Fz1 −792.985…0 N, 2,930 samples', () => {
    const a = readC3dAnalog(new Uint8Array(readFileSync('../shared/data/c3d/PiG_Motion3_FF.c3d')));
    const fz1 = a.channels.find((c) => c.label === 'Fz1')!;
    expect(fz1.unit).toBe('N');
    expect(fz1.values).toHaveLength(2930);
    expect(Math.min(...fz1.values)).toBeCloseTo(-792.985, 2);
    expect(Math.max(...fz1.values)).toBe(0);
  });
});
