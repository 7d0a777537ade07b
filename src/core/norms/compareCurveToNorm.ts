import type { CurveNormComparison, NormCurveBand } from './types';
import { NORM_Z_LIMIT } from './types';
import { resampleCurve } from './resampleCurve';

/**
 * Point-wise z-scores of a patient's mean curve against a normative band.
 * @param curveMean - the patient's mean curve, deg, evenly spaced over 0–100 % of the gait cycle
 *   (101 points, or any length ≥ 2, resampled linearly to the band's length); not modified
 * @param band - the band from normBandForCurve (mean and sd deg, or null when no norm applies)
 * @returns zByPct (one z per band point, NaN where missing), meanAbsZ, maxAbsZ, outsidePct (% of
 *   used points with |z| > 2), nUsed, nDropped, reference and population
 * @remarks
 * z = (value − mean) / sd at each % of the cycle. Missing data: a point where the curve, the
 * band mean or the band SD is NaN, or the SD is ≤ 0, gets z = NaN and counts in nDropped; means and
 * maxima are over the used points only (NaN when none). A band without data (no norm) gives all
 * points dropped. A curve with fewer than 2 points is treated as all missing.
 */
export function compareCurveToNorm(
  curveMean: readonly number[],
  band: Readonly<NormCurveBand>,
): CurveNormComparison {
  const n = band.mean?.length ?? 0;
  const curve = curveMean.length >= 2 && n >= 2 ? resampleCurve(curveMean, n) : [];
  const zByPct = Array.from({ length: n }, (_, p) => {
    const m = band.mean?.[p] ?? NaN;
    const s = band.sd?.[p] ?? NaN;
    const v = curve[p] ?? NaN;
    return s > 0 ? (v - m) / s : NaN;
  });
  const used = zByPct.filter((z) => Number.isFinite(z)).map(Math.abs);
  const nUsed = used.length;
  return {
    zByPct,
    meanAbsZ: nUsed > 0 ? used.reduce((a, b) => a + b, 0) / nUsed : NaN,
    maxAbsZ: nUsed > 0 ? Math.max(...used) : NaN,
    outsidePct: nUsed > 0 ? (100 * used.filter((z) => z > NORM_Z_LIMIT).length) / nUsed : NaN,
    nUsed,
    nDropped: n - nUsed,
    reference: band.reference,
    population: band.population,
  };
}
