import type { JointSideCurves, JointSideSummary } from './types';

// Index and value of the maximum (sign 1) or minimum (sign −1) of the finite values; NaN if none.
function extremum(values: readonly number[], sign: 1 | -1): { index: number; value: number } {
  let index = -1;
  let value = NaN;
  values.forEach((v, i) => {
    if (Number.isFinite(v) && (index < 0 || sign * v > sign * value)) {
      index = i;
      value = v;
    }
  });
  return { index, value };
}

// Range (max − min) of the finite values; NaN if none.
function rangeOf(values: readonly number[]): number {
  return extremum(values, 1).value - extremum(values, -1).value;
}

/**
 * Range of motion and peaks of one joint's time-normalised curves.
 * @param curves - the joint's curves on one side (mean of 101 points, deg; cycles); not modified
 * @returns romDeg (max − min of the mean curve), cycleRomMeanDeg / cycleRomSdDeg (each cycle's own
 *   ROM, averaged; SD NaN with one cycle), peakFlexionDeg/Pct (maximum of the mean curve and where
 *   it occurs, % of cycle), peakExtensionDeg/Pct (minimum), meanDeg and nCycles
 * @remarks
 * "Flexion" is the positive direction of each angle (hip/knee flexion, ankle dorsiflexion, anterior
 * pelvis or trunk tilt) and "extension" the negative one (so for the ankle peakExtensionDeg is peak
 * plantarflexion). Peaks are taken on the mean curve, as normative tables report them on group mean
 * curves; the per-cycle ROM is given alongside because averaging cycles with slightly different
 * timing lowers the mean curve's ROM. The mean curve's point i lies at i % of the cycle (101
 * points). Missing data: NaN points of the mean are skipped; an all-NaN curve gives NaN everywhere.
 */
export function summariseCurve(curves: Readonly<JointSideCurves>): JointSideSummary {
  const max = extremum(curves.mean, 1);
  const min = extremum(curves.mean, -1);
  const pctPerPoint = 100 / (curves.mean.length - 1);
  const cycleRoms = curves.cycles.map(rangeOf).filter((r) => Number.isFinite(r));
  const n = cycleRoms.length;
  const cycleRomMeanDeg = n > 0 ? cycleRoms.reduce((a, b) => a + b, 0) / n : NaN;
  const cycleRomSdDeg =
    n > 1
      ? Math.sqrt(cycleRoms.reduce((a, b) => a + (b - cycleRomMeanDeg) ** 2, 0) / (n - 1))
      : NaN;
  const finite = curves.mean.filter((v) => Number.isFinite(v));
  return {
    romDeg: max.value - min.value,
    cycleRomMeanDeg,
    cycleRomSdDeg,
    peakFlexionDeg: max.value,
    peakFlexionPct: max.index < 0 ? NaN : max.index * pctPerPoint,
    peakExtensionDeg: min.value,
    peakExtensionPct: min.index < 0 ? NaN : min.index * pctPerPoint,
    meanDeg: finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN,
    nCycles: curves.nCycles,
  };
}
