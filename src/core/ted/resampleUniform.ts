/** Linear resampling of an irregularly timed series onto a uniform grid. */

/** A series on a uniform time grid. */
export interface UniformSeries {
  /** Sample rate of the grid, Hz. */
  fsHz: number;
  /** Time of the first sample, s. */
  startS: number;
  /** Values on the grid; NaN where missing. */
  values: Float64Array;
}

/**
 * Resample a series onto a uniform grid whose step is the median frame interval.
 * @param timesS - frame times, s, increasing (NaN times are skipped)
 * @param values - one value per frame; NaN = missing
 * @returns the uniform series; `fsHz` is NaN when fewer than 2 valid times exist
 * @remarks Linear interpolation between the two bracketing frames. A grid sample whose bracketing
 * frames include a NaN value is NaN (gaps are never bridged here; see {@link fillShortGaps}).
 * Video frame times are nearly uniform, so this mostly corrects dropped or duplicated frames.
 */
export function resampleUniform(timesS: Float64Array, values: Float64Array): UniformSeries {
  const idx: number[] = [];
  for (let i = 0; i < timesS.length; i++) if (Number.isFinite(timesS[i])) idx.push(i);
  const dts: number[] = [];
  for (let k = 1; k < idx.length; k++) {
    const dt = timesS[idx[k]!]! - timesS[idx[k - 1]!]!;
    if (dt > 0) dts.push(dt);
  }
  if (dts.length === 0) return { fsHz: NaN, startS: NaN, values: new Float64Array(0) };
  dts.sort((a, b) => a - b);
  const dtS = dts[Math.floor(dts.length / 2)]!;
  const startS = timesS[idx[0]!]!;
  const endS = timesS[idx[idx.length - 1]!]!;
  const n = Math.floor((endS - startS) / dtS + 1e-9) + 1;
  const out = new Float64Array(n).fill(NaN);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const t = startS + j * dtS;
    while (k < idx.length - 2 && timesS[idx[k + 1]!]! < t) k++;
    const i0 = idx[k]!;
    const i1 = idx[Math.min(k + 1, idx.length - 1)]!;
    const t0 = timesS[i0]!;
    const t1 = timesS[i1]!;
    const v0 = values[i0]!;
    const v1 = values[i1]!;
    if (Math.abs(t - t0) < 1e-9) out[j] = v0;
    else if (Math.abs(t - t1) < 1e-9) out[j] = v1;
    else if (t1 > t0) out[j] = v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return { fsHz: 1 / dtS, startS, values: out };
}

/**
 * Fill runs of NaN no longer than `maxGapSamples` by linear interpolation.
 * @param values - series; NaN = missing; not modified
 * @param maxGapSamples - longest run of NaN to fill, samples (≥ 0)
 * @returns a new array; longer gaps and NaN at either end stay NaN
 */
export function fillShortGaps(values: Float64Array, maxGapSamples: number): Float64Array {
  const out = Float64Array.from(values);
  let i = 0;
  while (i < out.length) {
    if (!Number.isNaN(out[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && Number.isNaN(out[j]!)) j++;
    if (i > 0 && j < out.length && j - i <= maxGapSamples) {
      const a = out[i - 1]!;
      const b = out[j]!;
      for (let m = i; m < j; m++) out[m] = a + ((b - a) * (m - i + 1)) / (j - i + 1);
    }
    i = j;
  }
  return out;
}
