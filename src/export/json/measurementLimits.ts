/**
 * The widest values a measured gait parameter can physically take: a bundle whose measurements lie
 * outside them is refused (readBundleJson), so that no export writes, say, "Cadence -5 /min". These are
 * limits of what is possible, far outside any norm; they never judge a patient.
 */
import type { ParamKey } from '../../core/params/types';

/** Allowed range of one parameter, in its unit. */
export interface ParamLimit {
  /** Smallest value (exclusive when `minExclusive`). */
  min: number;
  max: number;
  minExclusive?: boolean;
  /** Why the limits are where they are (shown in the refusal). */
  why: string;
}

const DURATION: ParamLimit = {
  min: 0,
  max: 60,
  minExclusive: true,
  why: 'a duration; no step or stride of gait lasts a minute',
};
const PERCENT: ParamLimit = {
  min: 0,
  max: 100,
  why: 'a share of the gait cycle',
};

/**
 * Limits per parameter key.
 * @remarks Speed, step length and cadence are bounded by the fastest human running: Usain Bolt's 100 m
 *   world record (Berlin 2009, 9.58 s in 41 steps: 2.44 m and 4.3 steps/s on average, peak speed about
 *   12.3 m/s; Graubner R, Nixdorf E. Biomechanical analysis of the sprint and hurdles events at the 2009
 *   IAAF World Championships in Athletics. New Studies in Athletics 2011;26(1/2):19–53). The limits lie
 *   well above those values. Step and stride length, and speed, may be negative (a step-to gait can land
 *   the leading heel behind the other; a step backwards), so only their size is limited.
 */
export const PARAM_LIMITS: Readonly<Record<ParamKey, ParamLimit>> = Object.freeze({
  cadenceStepsPerMin: {
    min: 0,
    max: 400,
    minExclusive: true,
    why: 'sprinting reaches about 260–280 steps/min',
  },
  stepTimeS: DURATION,
  strideTimeS: DURATION,
  stanceS: DURATION,
  swingS: DURATION,
  stancePct: PERCENT,
  swingPct: PERCENT,
  singleSupportPct: PERCENT,
  doubleSupportPct: PERCENT,
  speedMPerS: { min: -15, max: 15, why: 'sprinting peaks at about 12.3 m/s' },
  stepLengthM: { min: -4, max: 4, why: 'sprint steps are about 2.4–2.8 m' },
  strideLengthM: { min: -8, max: 8, why: 'a sprint stride is about 5 m' },
});

/**
 * Whether a value lies within a limit.
 * @param v - the value, in the parameter's unit
 * @param limit - its limit
 * @returns true inside the range
 */
export function withinLimit(v: number, limit: ParamLimit): boolean {
  return (limit.minExclusive ? v > limit.min : v >= limit.min) && v <= limit.max;
}
