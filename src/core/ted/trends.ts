/** Cadence and step-length trends within a walking bout (festination, slowing). */
import type { GaitEvent } from '../events/types';
import type { UniformSeries } from './resampleUniform';
import type { TedReason, TedValue, TrendPattern } from './types';
import { missingTedValue } from './types';

/** Parameters of {@link estimateBoutTrends}. */
export interface BoutTrendParams {
  /** Steps outside these fractions of the median step time are dropped (missed or spurious events). */
  minStepFrac: number;
  maxStepFrac: number;
  /** Fewer steps gives NaN (count). */
  minSteps: number;
  /** Fewer steps makes the values low-confidence (count). */
  minStepsForOk: number;
  /** A change over the bout at least this large counts as a trend, % of the mean (> 0). */
  trendThresholdPct: number;
  /** Half-width of the window around each heel strike in which the step length is the largest inter-ankle distance, s. */
  stepLengthWindowS: number;
}

/** Defaults of {@link estimateBoutTrends}. The 10 % threshold is a GaitLens screening choice, not a published cut-off. */
export const DEFAULT_BOUT_TREND_PARAMS: Readonly<BoutTrendParams> = Object.freeze({
  minStepFrac: 0.5,
  maxStepFrac: 2,
  minSteps: 4,
  minStepsForOk: 8,
  trendThresholdPct: 10,
  stepLengthWindowS: 0.1,
});

/** Result of {@link estimateBoutTrends}; nUsed counts steps. */
export interface BoutTrends {
  cadenceChangePct: TedValue;
  stepLengthChangePct: TedValue;
  pattern: TrendPattern;
}

/**
 * Fit linear trends of cadence and step length against time and name the pattern.
 * @param events - gait events; heel strikes of both sides define steps; not modified
 * @param interAnkle - inter-ankle distance on a uniform grid, m (NaN = missing), or null
 * @param params - filters, minimum counts and trend threshold
 * @returns change over the bout of cadence and step length (% of mean, + = increasing) and the pattern
 * @remarks Each step (successive heel strikes of opposite sides) gives cadence 60 / stepTime at
 * its midpoint time; its step length is the largest inter-ankle distance within ±0.1 s of the
 * ending heel strike (feet are furthest apart at initial contact). Least-squares slopes times the
 * bout duration, over the mean, give the change in %. Patterns: `festination` = cadence rises and
 * step length falls by at least the threshold; `slowing` = the product (≈ speed) falls by at least
 * the threshold; `accelerating` = it rises by at least the threshold; else `steady`;
 * `undetermined` with fewer than `minSteps` steps. Steps bounded by same-side strikes are dropped.
 */
export function estimateBoutTrends(
  events: readonly GaitEvent[],
  interAnkle: UniformSeries | null,
  params: BoutTrendParams = DEFAULT_BOUT_TREND_PARAMS,
): BoutTrends {
  const hs = events
    .filter((e) => e.type === 'heel-strike' && Number.isFinite(e.timeS))
    .sort((a, b) => a.timeS - b.timeS);
  const steps = hs
    .slice(1)
    .map((e, i) => ({ t0: hs[i]!.timeS, t1: e.timeS, alt: e.side !== hs[i]!.side }));
  const durations = steps.map((s) => s.t1 - s.t0).sort((a, b) => a - b);
  const median = durations[Math.floor(durations.length / 2)] ?? NaN;
  const kept = steps.filter(
    (s) =>
      s.alt &&
      s.t1 - s.t0 >= params.minStepFrac * median &&
      s.t1 - s.t0 <= params.maxStepFrac * median,
  );
  const dropped = steps.length - kept.length;
  if (kept.length < params.minSteps) {
    const r: TedReason[] = hs.length === 0 ? ['no-events'] : ['too-few-steps'];
    return {
      cadenceChangePct: missingTedValue('%', r, dropped),
      stepLengthChangePct: missingTedValue('%', r, dropped),
      pattern: 'undetermined',
    };
  }
  const reasons: TedReason[] = kept.length < params.minStepsForOk ? ['too-few-steps'] : [];
  const cad = changePct(kept.map((s) => [(s.t0 + s.t1) / 2, 60 / (s.t1 - s.t0)] as const));
  const lengths = kept
    .map(
      (s) =>
        [s.t1, interAnkle ? maxNear(interAnkle, s.t1, params.stepLengthWindowS) : NaN] as const,
    )
    .filter(([, v]) => Number.isFinite(v));
  const len = lengths.length >= params.minSteps ? changePct(lengths) : NaN;
  const value = (v: number, n: number, d: number): TedValue =>
    Number.isFinite(v)
      ? {
          value: v,
          unit: '%',
          nUsed: n,
          nDropped: d,
          confidence: reasons.length ? 'low' : 'ok',
          reasons: [...reasons],
        }
      : missingTedValue('%', ['too-few-steps'], d);
  const th = params.trendThresholdPct;
  const speed = Number.isFinite(len) ? ((1 + cad / 100) * (1 + len / 100) - 1) * 100 : cad;
  let pattern: TrendPattern = 'steady';
  if (cad >= th && len <= -th) pattern = 'festination';
  else if (speed <= -th) pattern = 'slowing';
  else if (speed >= th) pattern = 'accelerating';
  return {
    cadenceChangePct: value(cad, kept.length, dropped),
    stepLengthChangePct: value(len, lengths.length, steps.length - lengths.length),
    pattern,
  };
}

// Least-squares slope × time span / mean, in %.
function changePct(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  const mt = points.reduce((s, p) => s + p[0], 0) / n;
  const mv = points.reduce((s, p) => s + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [t, v] of points) {
    num += (t - mt) * (v - mv);
    den += (t - mt) ** 2;
  }
  const span = points[n - 1]![0] - points[0]![0];
  return den > 0 && mv !== 0 ? ((num / den) * span * 100) / mv : NaN;
}

// Largest non-NaN value of the series within ±halfS of time t; NaN if none.
function maxNear(series: UniformSeries, t: number, halfS: number): number {
  const i0 = Math.max(0, Math.ceil((t - halfS - series.startS) * series.fsHz));
  const i1 = Math.min(
    series.values.length - 1,
    Math.floor((t + halfS - series.startS) * series.fsHz),
  );
  let best = NaN;
  for (let i = i0; i <= i1; i++) {
    const v = series.values[i]!;
    if (!Number.isNaN(v) && !(v <= best)) best = v;
  }
  return best;
}
