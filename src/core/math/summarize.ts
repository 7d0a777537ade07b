/** Mean, SD and CV of a sample with NaN dropped. */

/** Summary of a sample. */
export interface SampleSummary {
  /** Arithmetic mean in the values' unit; NaN when no finite value. */
  mean: number;
  /** Sample standard deviation (n − 1), in the values' unit; NaN when fewer than 2 finite values. */
  sd: number;
  /** Coefficient of variation, % (100·sd/|mean|); NaN when sd is NaN or the mean is 0. */
  cvPct: number;
  /** Number of finite values used. */
  nUsed: number;
  /** Number of NaN / infinite values dropped. */
  nDropped: number;
}

/**
 * Summarise a sample: mean, standard deviation and coefficient of variation.
 * @param values - numbers in any unit; NaN and ±Infinity are dropped and counted; not modified
 * @returns `{ mean, sd, cvPct, nUsed, nDropped }`
 * @remarks Welford's running update, numerically stable for values with a large common offset.
 * @see Welford BP. Note on a method for calculating corrected sums of squares and products.
 *   Technometrics. 1962;4(3):419–420. doi:10.1080/00401706.1962.10490022
 */
export function summarize(values: ArrayLike<number>): SampleSummary {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  let dropped = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      dropped++;
      continue;
    }
    n++;
    const d = v - mean;
    mean += d / n;
    m2 += d * (v - mean);
  }
  const sd = n >= 2 ? Math.sqrt(m2 / (n - 1)) : NaN;
  return {
    mean: n > 0 ? mean : NaN,
    sd,
    cvPct: n >= 2 && mean !== 0 ? (100 * sd) / Math.abs(mean) : NaN,
    nUsed: n,
    nDropped: dropped,
  };
}

/**
 * Median of the finite values.
 * @param values - numbers in any unit; NaN dropped; not modified
 * @returns the median in the values' unit; NaN when no finite value
 */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/**
 * Quantile of the finite values (linear interpolation between order statistics, type 7).
 * @param values - numbers in any unit; NaN dropped; not modified
 * @param q - quantile, 0–1
 * @returns the quantile in the values' unit; NaN when no finite value
 * @see Hyndman RJ, Fan Y. Sample quantiles in statistical packages. Am Stat. 1996;50(4):361–365.
 *   doi:10.1080/00031305.1996.10473566
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(Array.from(values).filter(Number.isFinite)).sort();
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
