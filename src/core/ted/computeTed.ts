/** Rhythm evidence (TED) of one walking bout: frequency, regularity, harmonics, coordination, trends, key frames. */
import { computeKeyFrames } from './keyFrames';
import { computeHarmonicRatioMenz } from './menz';
import { estimateRegularityMoeNilssen } from './moeNilssen';
import { computePhaseCoordinationPlotnik } from './plotnik';
import { fillShortGaps, resampleUniform } from './resampleUniform';
import { estimateBoutTrends } from './trends';
import type { SignalEvidence, TedInput, TedReason, TedResult, TedValue } from './types';
import { TED_FORMAT } from './types';

/** Parameters of {@link computeTed}. */
export interface TedParams {
  /** Gaps of missing samples up to this length are bridged linearly before analysis, s (≥ 0). */
  maxGapS: number;
  /** A bout shorter than this is analysed but every value is flagged (reason `too-short`), s. */
  minDurationForOkS: number;
  /** More missing samples than this fraction in a series flags it (reason `too-many-missing-frames`), 0–1. */
  maxMissingFrac: number;
}

/** Defaults of {@link computeTed}. */
export const DEFAULT_TED_PARAMS: Readonly<TedParams> = Object.freeze({
  maxGapS: 0.15,
  minDurationForOkS: 6,
  maxMissingFrac: 0.3,
});

/**
 * Compute interpretable rhythm evidence from the skeleton series and gait events.
 * @param input - frame times (s), inter-ankle distance (m), vertical pelvis position (image
 *   fraction), gait events; NaN = missing; not modified
 * @param params - gap bridging and quality thresholds
 * @returns step frequency, step/stride regularity, step symmetry ratio, harmonic ratio, PCI and
 *   mean phase, cadence/step-length trend with pattern, key frames, per-signal evidence, quality
 * @remarks Both series are resampled to a uniform grid at the median frame interval and gaps up
 * to `maxGapS` are bridged. Each series goes through {@link estimateRegularityMoeNilssen}; the
 * headline values come from the series with the higher step regularity (inter-ankle on ties).
 * Harmonic ratio ({@link computeHarmonicRatioMenz}) uses vertical pelvis motion over heel-strike
 * to heel-strike strides of both sides (or, without events, consecutive windows of two spectral
 * step periods). PCI ({@link computePhaseCoordinationPlotnik}), trends
 * ({@link estimateBoutTrends}) and key frames ({@link computeKeyFrames}) use the events. Short
 * clips are not refused: values that can be computed come back with confidence `low` and
 * reasons; `quality.ok` is false only when no rhythm value at all could be computed.
 */
export function computeTed(input: TedInput, params: TedParams = DEFAULT_TED_PARAMS): TedResult {
  const times = input.timesS;
  const durationS = times.length > 1 ? times[times.length - 1]! - times[0]! : 0;
  const prep = (v: Float64Array): ReturnType<typeof resampleUniform> => {
    const r = resampleUniform(times, v);
    return { ...r, values: fillShortGaps(r.values, Math.round(params.maxGapS * r.fsHz) || 0) };
  };
  const ankle = prep(input.interAnkleDistanceM);
  const pelvis = prep(input.pelvisVerticalFrac);
  const global: TedReason[] = [];
  if (durationS < params.minDurationForOkS) global.push('too-short');
  const missing = (v: Float64Array): number =>
    v.reduce((c, x) => c + (Number.isNaN(x) ? 1 : 0), 0) / Math.max(1, v.length);
  if (
    Math.min(missing(input.interAnkleDistanceM), missing(input.pelvisVerticalFrac)) >
    params.maxMissingFrac
  )
    global.push('too-many-missing-frames');
  const hsCount = input.events.filter((e) => e.type === 'heel-strike').length;
  if (hsCount === 0) global.push('no-events');
  else if (hsCount < 6) global.push('too-few-steps');
  const sig = {
    interAnkle: estimateRegularityMoeNilssen(ankle.values, ankle.fsHz),
    pelvisVertical: estimateRegularityMoeNilssen(pelvis.values, pelvis.fsHz),
  };
  const ra = sig.interAnkle.stepRegularity.value;
  const rp = sig.pelvisVertical.stepRegularity.value;
  const primarySignal =
    Number.isFinite(ra) && !(rp > ra)
      ? 'interAnkle'
      : Number.isFinite(rp)
        ? 'pelvisVertical'
        : 'none';
  const best: SignalEvidence =
    primarySignal === 'pelvisVertical' ? sig.pelvisVertical : sig.interAnkle;
  const windows = strideWindows(input, best.dominantFrequencyHz.value, pelvis.startS, durationS);
  const hr = computeHarmonicRatioMenz(pelvis, windows);
  const pci = computePhaseCoordinationPlotnik(input.events);
  const trends = estimateBoutTrends(input.events, ankle);
  const degrade = (v: TedValue): TedValue => {
    const add = global.filter((r) => !v.reasons.includes(r));
    if (!Number.isFinite(v.value) || add.length === 0) return v;
    return { ...v, confidence: 'low', reasons: [...v.reasons, ...add] };
  };
  const ratio = best.stepRegularity.value / best.strideRegularity.value;
  const symmetry: TedValue = Number.isFinite(ratio)
    ? { ...best.strideRegularity, value: ratio }
    : { ...best.strideRegularity, value: NaN, confidence: 'none' };
  const result: TedResult = {
    format: TED_FORMAT,
    stepFrequencyHz: degrade(best.dominantFrequencyHz),
    stepRegularity: degrade(best.stepRegularity),
    strideRegularity: degrade(best.strideRegularity),
    stepSymmetryRatio: degrade(symmetry),
    harmonicRatio: degrade(hr),
    phaseCoordinationIndexPct: degrade(pci.pciPct),
    meanPhaseDeg: degrade(pci.meanPhaseDeg),
    cadenceChangePct: degrade(trends.cadenceChangePct),
    stepLengthChangePct: degrade(trends.stepLengthChangePct),
    trendPattern: trends.pattern,
    primarySignal,
    signals: sig,
    keyFrames: computeKeyFrames(input.events, times),
    durationS,
    quality: { ok: false, reasons: global },
  };
  const any = [
    result.stepFrequencyHz,
    result.phaseCoordinationIndexPct,
    result.cadenceChangePct,
  ].some((v) => Number.isFinite(v.value));
  if (!any && !global.includes('weak-periodicity')) global.push('weak-periodicity');
  result.quality = { ok: any, reasons: [...global] };
  return result;
}

// Heel-strike-to-heel-strike stride windows of both sides, or spectral windows without events.
function strideWindows(
  input: TedInput,
  stepFrequencyHz: number,
  startS: number,
  durationS: number,
): Array<{ startS: number; endS: number }> {
  const out: Array<{ startS: number; endS: number }> = [];
  for (const side of ['left', 'right'] as const) {
    const hs = input.events
      .filter((e) => e.side === side && e.type === 'heel-strike' && Number.isFinite(e.timeS))
      .map((e) => e.timeS)
      .sort((a, b) => a - b);
    for (let i = 0; i + 1 < hs.length; i++) out.push({ startS: hs[i]!, endS: hs[i + 1]! });
  }
  const lengths = out.map((w) => w.endS - w.startS).sort((a, b) => a - b);
  const med = lengths[Math.floor(lengths.length / 2)];
  if (med !== undefined)
    return out.filter((w) => w.endS - w.startS >= 0.5 * med && w.endS - w.startS <= 1.5 * med);
  if (!(stepFrequencyHz > 0)) return out;
  const strideS = 2 / stepFrequencyHz;
  for (let t = startS; t + strideS <= startS + durationS; t += strideS)
    out.push({ startS: t, endS: t + strideS });
  return out;
}
