import { describe, expect, it } from 'vitest';
import { CYCLE_POINTS, segmentCycles } from '../../../src/core/kinematics/segmentCycles';

const FPS_HZ = 30;
const STRIDE_S = 1.1;
/** Linear interpolation error bound of A·sin at 30 fps: A·ω²·dt²/8 ≈ 0.14° for A = 30°. */
const INTERP_TOL_DEG = 0.15;

function series(durationS: number, fn: (t: number) => number) {
  const n = Math.round(durationS * FPS_HZ);
  const timesS = Float64Array.from({ length: n }, (_, i) => i / FPS_HZ);
  return { timesS, angleDeg: timesS.map(fn) };
}
const wave = (t: number) => 30 * Math.sin((2 * Math.PI * (t - 0.2)) / STRIDE_S);

describe('segmentCycles(angleDeg, timesS, heelStrikesS)', () => {
  it('segmentCycles(8 s wave, 6 heel strikes) gives 5 cycles of 101 points equal to the wave', () => {
    const { timesS, angleDeg } = series(8, wave);
    const strikes = [0, 1, 2, 3, 4, 5].map((k) => 0.2 + k * STRIDE_S);
    const r = segmentCycles(angleDeg, timesS, strikes);
    expect(r.nCycles).toBe(5);
    expect(r.nDropped).toBe(0);
    for (const cycle of r.cycles) {
      expect(cycle).toHaveLength(CYCLE_POINTS);
      cycle.forEach((v, p) => {
        expect(Math.abs(v - 30 * Math.sin((2 * Math.PI * p) / 100))).toBeLessThan(INTERP_TOL_DEG);
      });
    }
    expect(r.mean).toHaveLength(CYCLE_POINTS);
    expect(Math.max(...r.sd)).toBeLessThan(INTERP_TOL_DEG);
  });

  it('segmentCycles(series, unsorted strikes with a missed event and one past the end) drops those cycles with reasons', () => {
    const { timesS, angleDeg } = series(6, wave);
    const strikes = [
      0.2 + 3 * STRIDE_S,
      0.2,
      0.2 + STRIDE_S,
      0.2 + 2 * STRIDE_S + 0.1,
      0.2 + 2 * STRIDE_S + 0.2,
      6.2,
    ];
    const r = segmentCycles(angleDeg, timesS, strikes);
    expect(r.dropped.map((d) => d.reason).sort()).toEqual(['cycle-too-short', 'outside-recording']);
    expect(r.nCycles).toBe(3);
  });

  it('segmentCycles(series with a 3-frame gap) fills it; with a 15-frame gap drops the cycle', () => {
    const { timesS, angleDeg } = series(4, wave);
    const small = Float64Array.from(angleDeg);
    small.fill(NaN, 20, 23);
    const r1 = segmentCycles(small, timesS, [0.2, 0.2 + STRIDE_S]);
    expect(r1.nCycles).toBe(1);
    expect(r1.cycles[0]?.every((v) => Number.isFinite(v))).toBe(true);
    const big = Float64Array.from(angleDeg);
    big.fill(NaN, 15, 30);
    const r2 = segmentCycles(big, timesS, [0.2, 0.2 + STRIDE_S]);
    expect(r2.nCycles).toBe(0);
    expect(r2.dropped[0]?.reason).toBe('too-many-missing');
    expect(r2.mean.every((v) => Number.isNaN(v))).toBe(true);
  });

  it('segmentCycles(series, strikes 3.5 s apart) drops the cycle as too long and does not modify its inputs', () => {
    const { timesS, angleDeg } = series(5, wave);
    const before = Float64Array.from(angleDeg);
    const strikes = [0.5, 4.0];
    const r = segmentCycles(angleDeg, timesS, strikes);
    expect(r.dropped[0]?.reason).toBe('cycle-too-long');
    expect(angleDeg).toEqual(before);
    expect(strikes).toEqual([0.5, 4.0]);
  });

  it('segmentCycles(series, one heel strike) gives no cycle and NaN SD', () => {
    const { timesS, angleDeg } = series(3, wave);
    const r = segmentCycles(angleDeg, timesS, [0.5]);
    expect(r.nCycles).toBe(0);
    expect(r.sd.every((v) => Number.isNaN(v))).toBe(true);
  });
});
