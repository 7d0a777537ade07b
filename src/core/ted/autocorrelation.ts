/** Unbiased, normalised autocorrelation of a series with missing samples. */

/** Autocorrelation of a series, lags 0…maxLag. */
export interface Autocorrelation {
  /** Normalised unbiased autocorrelation per lag (index = lag in samples); 1 at lag 0; NaN where no pairs. */
  coef: Float64Array;
  /** Number of valid sample pairs at each lag. */
  pairs: Int32Array;
  /** Valid (non-NaN) samples used. */
  nUsed: number;
  /** NaN samples dropped. */
  nDropped: number;
}

/**
 * Compute the unbiased autocorrelation, normalised to 1 at lag 0, skipping missing samples.
 * @param values - uniformly sampled series; NaN = missing; not modified
 * @param maxLag - largest lag, samples (≥ 0; clipped to length − 1)
 * @returns coefficients per lag plus the pair counts and nUsed / nDropped
 * @remarks A_d(m) = (1 / (N − |m|)) Σ x_i x_{i+m} after removing the mean (Moe-Nilssen &
 * Helbostad's unbiased estimate), divided by A_d(0). With missing data the sum runs over pairs
 * where both samples are valid and is divided by the number of such pairs, which reduces to the
 * paper's estimator when nothing is missing. Lags with fewer than 2 pairs are NaN.
 * @see Moe-Nilssen R, Helbostad JL. Estimation of gait cycle characteristics by trunk
 * accelerometry. J Biomech 2004;37(1):121–126. doi:10.1016/S0021-9290(03)00233-1
 */
export function computeUnbiasedAutocorrelation(
  values: Float64Array,
  maxLag: number,
): Autocorrelation {
  const n = values.length;
  const lagMax = Math.max(0, Math.min(Math.floor(maxLag), n - 1));
  const coef = new Float64Array(lagMax + 1).fill(NaN);
  const pairs = new Int32Array(lagMax + 1);
  let sum = 0;
  let nUsed = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) {
      sum += v;
      nUsed++;
    }
  }
  if (nUsed < 2) return { coef, pairs, nUsed, nDropped: n - nUsed };
  const mean = sum / nUsed;
  const x = Float64Array.from(values, (v) => v - mean);
  const raw = new Float64Array(lagMax + 1).fill(NaN);
  for (let m = 0; m <= lagMax; m++) {
    let s = 0;
    let c = 0;
    for (let i = 0; i + m < n; i++) {
      const p = x[i]! * x[i + m]!;
      if (!Number.isNaN(p)) {
        s += p;
        c++;
      }
    }
    pairs[m] = c;
    if (c >= 2) raw[m] = s / c;
  }
  const a0 = raw[0]!;
  if (a0 > 0) for (let m = 0; m <= lagMax; m++) coef[m] = raw[m]! / a0;
  return { coef, pairs, nUsed, nDropped: n - nUsed };
}
