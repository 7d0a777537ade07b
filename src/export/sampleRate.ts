/**
 * The checks every reader makes on a file's sampling rate: that it is a possible rate, and that it
 * agrees with the file's own time stamps (TRC Time column, skeleton frame times).
 */

/**
 * Highest sampling rate a reader accepts, Hz. Not physiological: it is well above what optical
 * motion-capture and video record (hundreds of Hz at full resolution, tens of kHz in reduced-field
 * modes), so only a corrupted or wrongly written value goes beyond it.
 */
export const MAX_SAMPLE_RATE_HZ = 100_000;

/** Relative error of a stated rate that the time stamps may show (2 %, see {@link rateFitsTimes}). */
export const RATE_TOLERANCE_FRAC = 0.02;

/**
 * Whether a stated rate is a possible sampling rate.
 * @param rateHz - the rate as written in the file, Hz
 * @returns true for a finite rate in (0, {@link MAX_SAMPLE_RATE_HZ}]
 */
export function isPossibleRate(rateHz: number): boolean {
  return Number.isFinite(rateHz) && rateHz > 0 && rateHz <= MAX_SAMPLE_RATE_HZ;
}

/**
 * Whether a stated sampling rate agrees with the time stamps of the samples.
 * @param rateHz - the rate the file states, Hz (> 0)
 * @param firstS - time of the first sample, s
 * @param lastS - time of the last sample, s (> firstS)
 * @param count - number of samples (≥ 2; with fewer there is nothing to compare, and it returns true)
 * @returns true when `rateHz × (lastS − firstS)` is within half a sample plus 2 % of `count − 1`, the
 *   number of intervals the samples span
 * @remarks Half a sample absorbs time stamps rounded to the nearest sample (or printed with few
 *   decimals) and the first/last-sample convention of rates computed as samples ÷ duration; 2 % absorbs
 *   the jitter of variable-frame-rate video and a nominal rate such as 60 for 59.94 Hz. A rate off by 3 %
 *   or more over a few seconds, or by a factor such as 2 from three samples on, is refused.
 */
export function rateFitsTimes(
  rateHz: number,
  firstS: number,
  lastS: number,
  count: number,
): boolean {
  if (count < 2) return true;
  const intervals = count - 1;
  const spanned = rateHz * (lastS - firstS);
  return Math.abs(spanned - intervals) <= 0.5 + RATE_TOLERANCE_FRAC * intervals;
}
