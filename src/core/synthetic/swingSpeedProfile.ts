/**
 * Forward speed of the synthetic walker's feet: the measured swing profile and the contact ramps.
 */
import { smooth } from './smooth';

// Forward speed of the heel and of the toe over swing (toe-off = 0, heel strike = 1, 21 knots), in
// multiples of walking speed: means of 55 swings of the gaitmap mocap (healthy adult, 1.29 m/s;
// MIT licence, see ../shared/data/mocap/gaitmap), measured for this walker.
const HEEL_SWING_SPEED = [
  2.18, 1.87, 1.86, 2.03, 2.19, 2.31, 2.43, 2.58, 2.75, 2.92, 3.09, 3.22, 3.31, 3.29, 3.22, 3.07,
  2.83, 2.47, 2.02, 1.53, 1.02,
];
const TOE_SWING_SPEED = [
  1.01, 1.93, 2.51, 2.73, 2.86, 3.02, 3.18, 3.29, 3.37, 3.43, 3.47, 3.46, 3.42, 3.32, 3.16, 2.89,
  2.53, 2.13, 1.75, 1.38, 1.03,
];

/** Excess forward speed over swing, knots at u = k/20: the toe's profile early, the heel's late
 *  (blended by smoothstep), minus a line so that it is 0 at both ends (speed = walking speed). */
const SWING_EXCESS: readonly number[] = (() => {
  const n = HEEL_SWING_SPEED.length - 1;
  const p = HEEL_SWING_SPEED.map((h, k) => {
    const w = smooth(k / n);
    return (1 - w) * TOE_SWING_SPEED[k]! + w * h;
  });
  return p.map((v, k) => v - 1 - ((p[0]! - 1) * (n - k) + (p[n]! - 1) * k) / n);
})();

/**
 * Integral of the excess swing speed {@link SWING_EXCESS} (piecewise linear) from 0 to u.
 * @param u - normalised swing time, 0–1 (clamped)
 * @returns ∫₀ᵘ excess du, dimensionless (walking speed × swing time units)
 */
export function swingExcessIntegral(u: number): number {
  const n = SWING_EXCESS.length - 1;
  const x = Math.min(1, Math.max(0, u)) * n;
  let sum = 0;
  for (let k = 0; k < n && k < x; k++) {
    const a = SWING_EXCESS[k]!;
    const b = SWING_EXCESS[k + 1]!;
    const f = Math.min(1, x - k);
    sum += (a * f + ((b - a) * f * f) / 2) / n;
  }
  return sum;
}

/** Slope of the excess speed at the start and end of swing, per unit of normalised time. */
export const SWING_EXCESS_SLOPE = {
  start: (SWING_EXCESS[1]! - SWING_EXCESS[0]!) * (SWING_EXCESS.length - 1),
  end:
    (SWING_EXCESS[SWING_EXCESS.length - 1]! - SWING_EXCESS[SWING_EXCESS.length - 2]!) *
    (SWING_EXCESS.length - 1),
};
export const SWING_EXCESS_TOTAL = swingExcessIntegral(1);

/**
 * Distance covered by a speed that follows a cubic Hermite ramp, m.
 * @param tau - time since the ramp began, s (clamped to 0–durS)
 * @param durS - ramp duration, s
 * @param start - speed (m/s) and acceleration (m/s²) at the start
 * @param end - speed (m/s) and acceleration (m/s²) at the end
 * @returns ∫₀^τ v dt, m
 */
export function rampDistance(
  tau: number,
  durS: number,
  start: [number, number],
  end: [number, number],
): number {
  const [v0, a0] = start;
  const [v1, a1] = end;
  const u = Math.min(1, Math.max(0, tau / durS));
  const u2 = u * u;
  const u3 = u2 * u;
  const u4 = u3 * u;
  const i00 = u - u3 + u4 / 2;
  const i10 = u2 / 2 - (2 * u3) / 3 + u4 / 4;
  const i01 = u3 - u4 / 2;
  const i11 = -u3 / 3 + u4 / 4;
  return durS * (v0 * i00 + a0 * durS * i10 + v1 * i01 + a1 * durS * i11);
}
