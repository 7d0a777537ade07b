/** Harmonic ratio of vertical pelvis motion per stride (Menz, Lord & Fitzpatrick 2003). */
import type { UniformSeries } from './resampleUniform';
import type { TedReason, TedValue } from './types';
import { missingTedValue } from './types';

/** Parameters of {@link computeHarmonicRatioMenz}. */
export interface HarmonicRatioParams {
  /** Harmonics of the stride frequency used (Menz et al. used 20); also capped at 0.45 × sample rate. */
  maxHarmonics: number;
  /** A stride window with more missing samples than this fraction is dropped (0–1). */
  maxMissingFrac: number;
  /** Fewer usable strides than this makes the value low-confidence (count). */
  minStridesForOk: number;
  /** Differentiate twice (weight harmonic k by k²) so position gives the acceleration ratio. */
  fromPosition: boolean;
}

/** Defaults of {@link computeHarmonicRatioMenz}. */
export const DEFAULT_HARMONIC_RATIO_PARAMS: Readonly<HarmonicRatioParams> = Object.freeze({
  maxHarmonics: 10,
  maxMissingFrac: 0.1,
  minStridesForOk: 4,
  fromPosition: true,
});

/**
 * Compute the vertical harmonic ratio: sum of even over sum of odd stride harmonics, median over strides.
 * @param series - vertical pelvis position on a uniform grid (NaN = missing); not modified
 * @param strideWindowsS - start and end of each stride, s (e.g. successive heel strikes of one side)
 * @param params - harmonics, missing-data and confidence settings
 * @returns the median ratio over usable strides (dimensionless, > 0; higher = smoother, more
 *   symmetric); nUsed / nDropped count strides
 * @remarks Each stride is resampled (linear interpolation) to n + 1 points spanning exactly
 * start to end, n = round(duration × rate), so its harmonics fall on Fourier bins. It is detrended by the line through its first sample and the first
 * sample of the next stride (zero for a periodic signal, so no leakage), and its Fourier amplitudes at
 * k / strideTime (k = 1…K) are computed. For vertical motion the ratio is Σ even / Σ odd amplitudes.
 * Deviations from the paper: Menz used trunk acceleration and 20 harmonics; we use pelvis
 * position from video, weight harmonic k by k² (the exact effect of differentiating twice, so the
 * ratio is that of the acceleration) and default to 10 harmonics because 30-fps video carries
 * little above 10 Hz and jitter grows with k². Gaps of missing samples are filled linearly when
 * they are under `maxMissingFrac` of the window; otherwise the stride is dropped.
 * @see Menz HB, Lord SR, Fitzpatrick RC. Acceleration patterns of the head and pelvis when walking
 * on level and irregular surfaces. Gait Posture 2003;18(1):35–46. doi:10.1016/S0966-6362(02)00159-5
 */
export function computeHarmonicRatioMenz(
  series: UniformSeries,
  strideWindowsS: ReadonlyArray<{ startS: number; endS: number }>,
  params: HarmonicRatioParams = DEFAULT_HARMONIC_RATIO_PARAMS,
): TedValue {
  const ratios: number[] = [];
  let dropped = 0;
  for (const w of strideWindowsS) {
    const n = Math.round((w.endS - w.startS) * series.fsHz);
    const x = n >= 8 ? sampleWindow(series, w.startS, w.endS, n) : null;
    if (!x) {
      dropped++;
      continue;
    }
    const missing = x.reduce((c, v) => c + (Number.isNaN(v) ? 1 : 0), 0);
    if (missing > params.maxMissingFrac * n || Number.isNaN(x[0]!) || Number.isNaN(x[n]!)) {
      dropped++;
      continue;
    }
    const k = Math.min(params.maxHarmonics, Math.floor(0.45 * n));
    const r = ratioOfWindow(interpolate(x), k, params.fromPosition);
    if (Number.isFinite(r)) ratios.push(r);
    else dropped++;
  }
  if (ratios.length === 0) return missingTedValue('', ['too-few-strides'], dropped);
  ratios.sort((a, b) => a - b);
  const mid = ratios.length / 2;
  const value =
    ratios.length % 2 ? ratios[Math.floor(mid)]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  const reasons: TedReason[] = ratios.length < params.minStridesForOk ? ['too-few-strides'] : [];
  return {
    value,
    unit: '',
    nUsed: ratios.length,
    nDropped: dropped,
    confidence: reasons.length ? 'low' : 'ok',
    reasons,
  };
}

// Σ even / Σ odd harmonic amplitudes of one window (n + 1 samples, the last = next stride start).
function ratioOfWindow(x: Float64Array, harmonics: number, fromPosition: boolean): number {
  const n = x.length - 1;
  const driftPerSample = (x[n]! - x[0]!) / n;
  let even = 0;
  let odd = 0;
  for (let k = 1; k <= harmonics; k++) {
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      const d = x[i]! - driftPerSample * i;
      re += d * Math.cos((2 * Math.PI * k * i) / n);
      im -= d * Math.sin((2 * Math.PI * k * i) / n);
    }
    const amp = Math.hypot(re, im) * (fromPosition ? k * k : 1);
    if (k % 2 === 0) even += amp;
    else odd += amp;
  }
  return odd > 0 ? even / odd : NaN;
}

// n + 1 samples spanning [startS, endS] exactly, linearly interpolated; null if outside the series.
function sampleWindow(
  series: UniformSeries,
  startS: number,
  endS: number,
  n: number,
): Float64Array | null {
  const last = series.values.length - 1;
  const out = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) {
    const pos = (startS + ((endS - startS) * j) / n - series.startS) * series.fsHz;
    const i = Math.floor(pos + 1e-9);
    if (i < 0 || i > last || (i === last && pos - i > 1e-9)) return null;
    const f = pos - i;
    out[j] =
      f < 1e-9
        ? series.values[i]!
        : series.values[i]! + f * (series.values[i + 1]! - series.values[i]!);
  }
  return out;
}

// Linear interpolation of interior NaN runs (ends are known to be valid).
function interpolate(x: Float64Array): Float64Array {
  const out = Float64Array.from(x);
  let last = 0;
  for (let i = 1; i < out.length; i++) {
    if (Number.isNaN(out[i]!)) continue;
    for (let m = last + 1; m < i; m++)
      out[m] = out[last]! + ((out[i]! - out[last]!) * (m - last)) / (i - last);
    last = i;
  }
  return out;
}
