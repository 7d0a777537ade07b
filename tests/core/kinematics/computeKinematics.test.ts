import { describe, expect, it } from 'vitest';
import { computeKinematics } from '../../../src/core/kinematics/computeKinematics';
import type { KinematicsInput } from '../../../src/core/kinematics/types';
import { fukuchiCurve } from '../norms/readCsv';
import { curveAt, limbSeries } from './stickFigure';

const STRIDE_S = 1.1;
const FIRST_STRIKE_S = 0.3;
/** Real adult mean curves (Fukuchi 2018, OC, All, both sides), deg, 101 points. */
const HIP = fukuchiCurve('All', 'hip_flexion');
const KNEE = fukuchiCurve('All', 'knee_flexion');
const ANKLE = fukuchiCurve('All', 'ankle_dorsiflexion');

/** A figure walking with the Fukuchi mean curves; right side half a stride later. */
function walker(fpsHz: number, durationS: number, forwardSign: 1 | -1 = 1): KinematicsInput {
  const n = Math.round(durationS * fpsHz);
  const timesS = Float64Array.from({ length: n }, (_, i) => i / fpsHz);
  const hipX = (t: number) => 320 + forwardSign * 200 * (t - durationS / 2);
  const poseAt = (offsetS: number) => (t: number) => {
    const phase = (t - FIRST_STRIKE_S - offsetS) / STRIDE_S;
    return {
      hipDeg: curveAt(HIP, phase),
      kneeDeg: curveAt(KNEE, phase),
      ankleDeg: curveAt(ANKLE, phase),
    };
  };
  return {
    timesS,
    space: '2d',
    walkingDirection: forwardSign === 1 ? 'left-to-right' : 'right-to-left',
    left: limbSeries(timesS, poseAt(0), hipX, forwardSign),
    right: limbSeries(timesS, poseAt(STRIDE_S / 2), hipX, forwardSign),
  };
}
const strikes = (offsetS: number, count: number) =>
  Array.from({ length: count }, (_, k) => FIRST_STRIKE_S + offsetS + k * STRIDE_S);

describe('computeKinematics(input, heelStrikesS)', () => {
  it('computeKinematics(figure walking the Fukuchi mean curves at 30 fps) recovers them within 1.5° and finds the knee peak at 74 %', () => {
    const r = computeKinematics(walker(30, 7), {
      left: strikes(0, 6),
      right: strikes(STRIDE_S / 2, 5),
    });
    expect(r.quality.ok).toBe(true);
    expect(r.quality.reasons).toEqual(['pelvis-tilt-not-observable']);
    expect(r.curves.knee.left?.nCycles).toBe(5);
    expect(r.curves.knee.right?.nCycles).toBe(4);
    for (const [joint, ref] of [
      ['hip', HIP],
      ['knee', KNEE],
      ['ankle', ANKLE],
    ] as const) {
      for (const side of ['left', 'right'] as const) {
        const mean = r.curves[joint][side]?.mean ?? [];
        const maxErr = Math.max(...mean.map((v, p) => Math.abs(v - (ref[p] ?? NaN))));
        // Double linear resampling at 30 fps (measured: hip 0.29°, knee 0.98°, ankle 0.88°); the
        // bound stays far below the 4–6° error of video pose estimation (Stenum 2021).
        expect(maxErr).toBeLessThan(1.5);
      }
    }
    const knee = r.summary.knee.left;
    // README sanity values of the mean curves; a 30 fps frame spans 3 % of this stride, so the
    // resampled peak may move by one point (1 %) and lose a fraction of a degree.
    expect(Math.abs((knee?.peakFlexionPct ?? NaN) - 74)).toBeLessThanOrEqual(1); // 62.2° at 74 %
    expect(Math.abs((knee?.peakFlexionDeg ?? NaN) - 62.2)).toBeLessThan(0.5);
    expect(Math.abs((r.summary.ankle.left?.peakExtensionPct ?? NaN) - 65)).toBeLessThanOrEqual(1);
    expect(Math.abs((r.summary.hip.right?.peakExtensionPct ?? NaN) - 54)).toBeLessThanOrEqual(1);
    expect(r.curves.trunkTilt.left?.mean.every((v) => Math.abs(v) < 1e-9)).toBe(true);
  });

  it('computeKinematics(same figure walking right-to-left) gives the same curves', () => {
    const hs = { left: strikes(0, 6), right: strikes(STRIDE_S / 2, 5) };
    const a = computeKinematics(walker(30, 7, 1), hs);
    const b = computeKinematics(walker(30, 7, -1), hs);
    const ka = a.curves.knee.left?.mean ?? [];
    const kb = b.curves.knee.left?.mean ?? [];
    expect(kb).toHaveLength(101);
    kb.forEach((v, p) => expect(Math.abs(v - (ka[p] ?? NaN))).toBeLessThan(1e-6));
  });

  it('computeKinematics(input, two heel strikes on the right) keeps the left and reports too-few-cycles-right', () => {
    const r = computeKinematics(walker(30, 7), {
      left: strikes(0, 6),
      right: strikes(STRIDE_S / 2, 2),
    });
    expect(r.quality.ok).toBe(true);
    expect(r.quality.reasons).toContain('too-few-cycles-right');
    expect(r.curves.knee.right).toBeUndefined();
    expect(r.summary.knee.right).toBeUndefined();
    expect(r.curves.knee.left?.nCycles).toBe(5);
  });

  it('computeKinematics(bad input) returns quality reasons instead of throwing', () => {
    const good = walker(30, 4);
    const empty = computeKinematics(
      { ...good, timesS: new Float64Array(0), left: undefined, right: undefined },
      {},
    );
    expect(empty.quality).toEqual({ ok: false, reasons: ['empty-input'] });
    const mismatch = computeKinematics(
      { ...good, timesS: good.timesS.subarray(1) },
      { left: [0.3, 1.4] },
    );
    expect(mismatch.quality.reasons).toEqual(['frame-times-mismatch']);
    const noEvents = computeKinematics(good, { left: [0.3] });
    expect(noEvents.quality).toEqual({ ok: false, reasons: ['no-heel-strikes'] });
    expect(noEvents.curves.knee).toEqual({});
  });

  it('computeKinematics(all-NaN landmarks) refuses through quality', () => {
    const input = walker(30, 7);
    const nan = (n: number) => ({
      x: new Float64Array(n).fill(NaN),
      y: new Float64Array(n).fill(NaN),
    });
    const n = input.timesS.length;
    const limb = {
      shoulder: nan(n),
      hip: nan(n),
      knee: nan(n),
      ankle: nan(n),
      heel: nan(n),
      toe: nan(n),
    };
    const r = computeKinematics(
      { ...input, left: limb, right: limb },
      { left: strikes(0, 6), right: strikes(0.55, 5) },
    );
    expect(r.quality.ok).toBe(false);
    expect(r.quality.reasons).toEqual(
      expect.arrayContaining(['too-few-cycles-left', 'too-few-cycles-right']),
    );
  });

  it('computeKinematics(input) is deterministic, leaves its input unchanged and survives structured clone', () => {
    const input = walker(30, 7);
    const kneeX = Float64Array.from(input.left?.knee.x ?? []);
    const hs = { left: strikes(0, 6), right: strikes(STRIDE_S / 2, 5) };
    const a = computeKinematics(input, hs);
    const b = computeKinematics(input, hs);
    expect(b).toEqual(a);
    expect(input.left?.knee.x).toEqual(kneeX);
    expect(structuredClone(a)).toEqual(a);
  });
});
