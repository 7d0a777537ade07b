import { describe, expect, it } from 'vitest';
import type { KinematicsResult } from '../../../src/core/kinematics/types';
import { curvePlotData } from '../../../src/ui/Results/curvePlotData';
import { demoAdult, demoBare } from './analyses';

const TOL = 1e-9; // float precision of mean ± SD

describe('curvePlotData', () => {
  it('curvePlotData(kinematics, curveNorms, knee) without age draws mean ± SD per side and says no norm', () => {
    const k = demoBare.kinematics;
    const d = curvePlotData(k, demoBare.curveNorms, 'knee');
    expect(d.xPct).toHaveLength(101);
    expect(d.norm).toBeNull();
    expect(d.noNormReason).toBe('age unknown');
    for (const side of ['left', 'right'] as const) {
      const c = k.curves.knee[side];
      if (!c) continue;
      const mean = d.series.find((s) => s.source === side && s.role === 'mean')!;
      const upper = d.series.find((s) => s.source === side && s.role === 'upper')!;
      const lower = d.series.find((s) => s.source === side && s.role === 'lower')!;
      for (const i of [0, 37, 100]) {
        expect(mean.values[i]).toBeCloseTo(c.mean[i]!, 9);
        expect(Math.abs(upper.values[i]! - (c.mean[i]! + c.sd[i]!))).toBeLessThan(TOL);
        expect(Math.abs(lower.values[i]! - (c.mean[i]! - c.sd[i]!))).toBeLessThan(TOL);
      }
      expect(mean.label).toContain(`n = ${c.nCycles}`);
      expect(d.sides.find((s) => s.side === side)!.nCycles).toBe(c.nCycles);
    }
    expect(d.bands.every((b) => b.source !== 'norm')).toBe(true);
  });

  it('curvePlotData(kinematics, curveNorms, hip) for a 30 y adult shades the norm band and names its reference', () => {
    const d = curvePlotData(demoAdult.kinematics, demoAdult.curveNorms, 'hip');
    const band = demoAdult.curveNorms.find((c) => c.joint === 'hip')!.band;
    expect(d.norm?.reference).toBe(band.reference);
    expect(d.norm?.population).toBe(band.population);
    const nb = d.bands.find((b) => b.source === 'norm')!;
    expect(d.series[nb.upper]!.values[50]).toBeCloseTo(band.mean![50]! + band.sd![50]!, 9);
    expect(d.series[nb.lower]!.values[50]).toBeCloseTo(band.mean![50]! - band.sd![50]!, 9);
    for (const s of d.sides) {
      const cmp = demoAdult.curveNorms.find((c) => c.joint === 'hip' && c.side === s.side)!;
      expect(s.meanAbsZ).toBeCloseTo(cmp.comparison!.meanAbsZ, 9);
      expect(s.outsidePct).toBeCloseTo(cmp.comparison!.outsidePct, 9);
    }
  });

  it('curvePlotData(kinematics with one cycle, …) draws the mean but no SD band, with null for NaN', () => {
    const k = structuredClone(demoBare.kinematics) as KinematicsResult;
    const c = k.curves.ankle.left ?? k.curves.ankle.right!;
    c.sd = c.sd.map(() => NaN);
    c.mean[10] = NaN;
    const side = k.curves.ankle.left ? 'left' : 'right';
    const d = curvePlotData(k, demoBare.curveNorms, 'ankle');
    const own = d.series.filter((s) => s.source === side);
    expect(own.map((s) => s.role)).toEqual(['mean']);
    expect(own[0]!.values[10]).toBeNull();
    expect(d.bands.some((b) => b.source === side)).toBe(false);
  });
});
