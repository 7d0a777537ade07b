/** Linear interpolation of short runs of missing samples. */

/** Result of {@link fillGaps}. */
export interface FillGapsResult {
  values: Float64Array;
  /** Number of samples filled. */
  filledSamples: number;
  /** Interior gaps longer than the limit, left as NaN: first and last missing frame (inclusive). */
  refusedGaps: { startFrame: number; endFrame: number }[];
}

/**
 * Fill interior gaps of at most `maxGapFrames` missing samples by linear interpolation.
 * @param values - samples at a constant rate; NaN marks missing; not modified
 * @param maxGapFrames - longest gap that is filled, frames (≥ 0; 0 fills nothing)
 * @returns `{ values, filledSamples, refusedGaps }`
 * @remarks Missing data: only gaps with a finite sample on both sides are candidates; leading and
 *   trailing NaN stay NaN and are not reported (the subject was not yet / no longer in view).
 *   Longer interior gaps are refused (left NaN) and listed, so downstream stages do not invent gait
 *   events inside them. Linear rather than spline interpolation: it never overshoots, and the
 *   low-pass filter that follows smooths the corners.
 * @see Howarth SJ, Callaghan JP. Quantitative assessment of the accuracy for three interpolation
 *   techniques in kinematic analysis of human movement. Comput Methods Biomech Biomed Engin.
 *   2010;13(6):847–855. doi:10.1080/10255841003664701
 */
export function fillGaps(values: Float64Array, maxGapFrames: number): FillGapsResult {
  const out = Float64Array.from(values);
  const refusedGaps: FillGapsResult['refusedGaps'] = [];
  let filledSamples = 0;
  let lastFinite = -1;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) continue;
    const gap = i - lastFinite - 1;
    if (lastFinite >= 0 && gap > 0) {
      if (gap <= maxGapFrames) {
        const a = values[lastFinite]!;
        const b = values[i]!;
        for (let k = 1; k <= gap; k++) out[lastFinite + k] = a + ((b - a) * k) / (gap + 1);
        filledSamples += gap;
      } else {
        refusedGaps.push({ startFrame: lastFinite + 1, endFrame: i - 1 });
      }
    }
    lastFinite = i;
  }
  return { values: out, filledSamples, refusedGaps };
}
