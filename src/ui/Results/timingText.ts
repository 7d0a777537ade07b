import type { MeasurementsResult } from '../../core/analysis/types';
import { formatNumber } from './formatParameter';

/**
 * The filter-bias correction of the event times, in words.
 * @param c - corrections per side and type, s; null when off; undefined for results saved before it
 * @returns e.g. "corrected for the low-pass filter’s bias: heel strike L +8 / R +3 ms, toe-off L −2 / R none ms"
 */
export function timingText(c: MeasurementsResult['timingCorrectionS']): string {
  if (c === undefined) return 'no filter-bias correction (analysed before it existed)';
  if (c === null) return 'no filter-bias correction (turned off)';
  const ms = (v: number): string =>
    v === 0 ? 'none' : `${v > 0 ? '+' : '−'}${formatNumber(Math.abs(1000 * v), 0)}`;
  return (
    `corrected for the low-pass filter’s bias: heel strike L ${ms(c['left|heel-strike'])} / ` +
    `R ${ms(c['right|heel-strike'])} ms, toe-off L ${ms(c['left|toe-off'])} / R ${ms(c['right|toe-off'])} ms`
  );
}
