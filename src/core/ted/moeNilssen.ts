/** Step and stride regularity from the unbiased autocorrelation (Moe-Nilssen & Helbostad 2004). */
import { computeUnbiasedAutocorrelation } from './autocorrelation';
import { DEFAULT_DOMINANT_FREQUENCY_PARAMS, estimateDominantFrequency } from './spectrum';
import type { SignalEvidence, TedReason, TedValue } from './types';
import { missingTedValue } from './types';

/** Parameters of {@link estimateRegularityMoeNilssen}. */
export interface RegularityParams {
  /** Half-width of the lag window searched around the expected step/stride lag, fraction of a step (0–0.5). */
  searchHalfWidthFrac: number;
  /** Fewer strides than this in the series makes every value low-confidence (count). */
  minStridesForOk: number;
  /** Step regularity below this is called weak periodicity (−1 to 1). */
  minRegularityForOk: number;
  /** Spectral peak prominence below this is called weak periodicity (0–1). */
  minPeakPowerFracForOk: number;
}

/** Defaults of {@link estimateRegularityMoeNilssen}. */
export const DEFAULT_REGULARITY_PARAMS: Readonly<RegularityParams> = Object.freeze({
  searchHalfWidthFrac: 0.3,
  minStridesForOk: 4,
  minRegularityForOk: 0.3,
  minPeakPowerFracForOk: 0.2,
});

/**
 * Estimate dominant frequency, step and stride period and regularity of one gait series.
 * @param values - uniformly sampled series whose fundamental is the step frequency (inter-ankle
 *   distance, vertical pelvis position); NaN = missing; not modified
 * @param fsHz - sample rate, Hz (> 0)
 * @param params - search window and confidence thresholds
 * @returns dominant frequency (Hz), step / stride period (s), step / stride regularity (−1 to 1)
 * @remarks The paper's first dominant peak of the unbiased autocorrelation (Ad1) is the step
 * regularity, the second (Ad2) the stride regularity; their lags are step and stride time. The
 * paper applied this to trunk acceleration; we apply it to position series from video that repeat
 * once per step, which keeps the meaning of the peaks. To avoid picking the stride peak as the
 * step peak in asymmetric gait, the step lag is searched near 1/f of the spectral peak
 * ({@link estimateDominantFrequency}) and the stride lag near twice the step lag; lags and peak
 * heights are refined by a parabola through three lags. NaN samples are skipped pairwise.
 * @see Moe-Nilssen R, Helbostad JL. Estimation of gait cycle characteristics by trunk
 * accelerometry. J Biomech 2004;37(1):121–126. doi:10.1016/S0021-9290(03)00233-1
 */
export function estimateRegularityMoeNilssen(
  values: Float64Array,
  fsHz: number,
  params: RegularityParams = DEFAULT_REGULARITY_PARAMS,
): SignalEvidence {
  const freq = estimateDominantFrequency(values, fsHz, DEFAULT_DOMINANT_FREQUENCY_PARAMS);
  const dropped = freq.nDropped;
  if (!Number.isFinite(freq.frequencyHz)) {
    const r: TedReason[] = freq.nUsed < 8 ? ['too-many-missing-frames'] : ['weak-periodicity'];
    const m = (unit: string): TedValue => missingTedValue(unit, r, dropped);
    return {
      dominantFrequencyHz: m('Hz'),
      stepPeriodS: m('s'),
      stridePeriodS: m('s'),
      stepRegularity: m(''),
      strideRegularity: m(''),
    };
  }
  const stepLag = fsHz / freq.frequencyHz;
  const acf = computeUnbiasedAutocorrelation(
    values,
    Math.ceil((2 + 2 * params.searchHalfWidthFrac) * stepLag) + 1,
  );
  const half = params.searchHalfWidthFrac * stepLag;
  const step = findPeak(acf.coef, stepLag - half, stepLag + half);
  const stride = Number.isFinite(step.lag)
    ? findPeak(acf.coef, 2 * step.lag - half, 2 * step.lag + half)
    : { lag: NaN, value: NaN };
  const reasons: TedReason[] = [];
  const strides = (values.length / fsHz) * (freq.frequencyHz / 2);
  if (strides < params.minStridesForOk) reasons.push('too-few-strides');
  if (
    freq.peakPowerFrac < params.minPeakPowerFracForOk ||
    !(step.value >= params.minRegularityForOk)
  )
    reasons.push('weak-periodicity');
  const make = (v: number, unit: string, nUsed: number): TedValue =>
    Number.isFinite(v)
      ? {
          value: v,
          unit,
          nUsed,
          nDropped: dropped,
          confidence: reasons.length ? 'low' : 'ok',
          reasons: [...reasons],
        }
      : missingTedValue(
          unit,
          ['weak-periodicity', ...reasons.filter((r) => r !== 'weak-periodicity')],
          dropped,
        );
  const pairsAt = (lag: number): number =>
    Number.isFinite(lag) ? (acf.pairs[Math.round(lag)] ?? 0) : 0;
  return {
    dominantFrequencyHz: make(freq.frequencyHz, 'Hz', freq.nUsed),
    stepPeriodS: make(step.lag / fsHz, 's', pairsAt(step.lag)),
    stridePeriodS: make(stride.lag / fsHz, 's', pairsAt(stride.lag)),
    stepRegularity: make(step.value, '', pairsAt(step.lag)),
    strideRegularity: make(stride.value, '', pairsAt(stride.lag)),
  };
}

// Highest local maximum of coef with lag in [fromLag, toLag], parabola-refined; NaN if none.
function findPeak(
  coef: Float64Array,
  fromLag: number,
  toLag: number,
): { lag: number; value: number } {
  let best = -1;
  const lo = Math.max(1, Math.ceil(fromLag));
  const hi = Math.min(coef.length - 2, Math.floor(toLag));
  for (let m = lo; m <= hi; m++) {
    const c = coef[m]!;
    if (c >= coef[m - 1]! && c >= coef[m + 1]! && (best < 0 || c > coef[best]!)) best = m;
  }
  if (best < 0) return { lag: NaN, value: NaN };
  const a = coef[best - 1]!;
  const b = coef[best]!;
  const c = coef[best + 1]!;
  const den = a - 2 * b + c;
  if (!(den < 0)) return { lag: best, value: b };
  const off = (0.5 * (a - c)) / den;
  return { lag: best + off, value: b - 0.25 * (a - c) * off };
}
