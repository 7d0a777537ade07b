import type { GaitEvent, Side } from '../events/types';
import { smooth } from './smooth';
import {
  rampDistance,
  SWING_EXCESS_SLOPE,
  SWING_EXCESS_TOTAL,
  swingExcessIntegral,
} from './swingSpeedProfile';

/** Sagittal foot geometry of the synthetic walker (metres, degrees, seconds). */
export interface FootGeometry {
  /** Heel-to-toe length, m. */
  footLengthM: number;
  /** Heel and toe landmark heights with the foot flat, m. */
  heelHeightM: number;
  toeHeightM: number;
  /** Toe-up pitch at heel strike and toe-down pitch at toe-off, degrees. */
  heelStrikePitchDeg: number;
  toeOffPitchDeg: number;
  /** Peak heel lift above the straight path in mid-swing, m. */
  swingClearanceM: number;
  /** Time over which the heel's forward speed falls from walking speed to 0 after heel strike,
   *  and the toe's rises from 0 to walking speed before toe-off, s. */
  contactRampS: number;
}

/** Position of the heel and toe (forward x, up z) and the foot pitch at one instant. */
export interface FootPose {
  heelX: number;
  heelZ: number;
  toeX: number;
  toeZ: number;
  pitchRad: number;
}

/**
 * Heel and toe of one foot at time t for a synthetic walk (sagittal plane, metres).
 * @param t - time, s
 * @param side - which foot
 * @param events - the walk's events (sorted by time)
 * @param pelvisX - forward pelvis position at a time, m
 * @param heelAheadM - heel distance ahead of the pelvis at heel strike, m
 * @param g - foot geometry
 * @returns heel and toe position (m) and pitch (rad, toe up positive)
 * @remarks Stance: heel rocker (pitch from heel-strike pitch to 0 over the first 15 %), flat foot,
 *   then forefoot rocker about the toe from 60 % of stance to toe-off. Swing: the heel's forward
 *   speed follows the measured swing profile of a healthy adult (walking speed at both ends, peak
 *   ≈ 3.3 × walking speed late in swing, then a steep slowing into heel strike), scaled to cover
 *   the step, and the heel is lifted by a sine bump while the pitch moves from the toe-off to the
 *   heel-strike value. Heel strikes land at the pelvis
 *   position plus `heelAheadM`. Contact is smooth, as in marker data: the heel lands at walking
 *   speed and slows to rest over `contactRampS`, and before toe-off the toe rolls forward from rest
 *   to walking speed over `contactRampS`; both ramps match the swing's acceleration, so forward
 *   positions have continuous velocity and acceleration. (In the gaitmap mocap of a healthy adult
 *   the heel's forward speed at the labelled heel strike is 1.0–1.07 × walking speed and 0.2 × at
 *   +30 ms; the toe's is 0.5–0.6 × before toe-off and 0.96–0.98 × at it.) Before the first / after
 *   the last event the foot stands still.
 */
export function footPose(
  t: number,
  side: Side,
  events: GaitEvent[],
  pelvisX: (t: number) => number,
  heelAheadM: number,
  g: FootGeometry,
): FootPose {
  const own = events.filter((e) => e.side === side);
  const last = (type: GaitEvent['type'], before: number, strict = false) =>
    [...own]
      .reverse()
      .find((e) => e.type === type && (strict ? e.timeS < before : e.timeS <= before));
  const next = (type: GaitEvent['type'], after: number) =>
    own.find((e) => e.type === type && e.timeS > after);
  const hsRad = (g.heelStrikePitchDeg * Math.PI) / 180;
  const toRad = (-g.toeOffPitchDeg * Math.PI) / 180;
  const rampS = g.contactRampS;
  const landingX = (hs: number): number => pelvisX(hs) + heelAheadM;
  const pitchAt = (u: number): number =>
    u < 0.15 ? hsRad * (1 - smooth(u / 0.15)) : u > 0.6 ? toRad * smooth((u - 0.6) / 0.4) : 0;
  // One swing (toe-off `to` → heel strike `hs`): walking speed and the heel / toe accelerations at
  // its ends (for the contact ramps to match them).
  const swingOf = (to: number, hs: number) => {
    const durS = hs - to;
    const v = (pelvisX(hs) - pelvisX(to)) / durS;
    const prevHs = last('heel-strike', to, true);
    // heel at toe-off: landing spot, forefoot rocker, and about v·ramp/2 from each contact ramp
    const startX = prevHs
      ? landingX(prevHs.timeS) + g.footLengthM * (1 - Math.cos(toRad)) + v * rampS
      : pelvisX(to) - 0.3;
    const alpha = (landingX(hs) - startX - v * durS) / (v * durS * SWING_EXCESS_TOTAL);
    const pitchAcc = (6 * (hsRad - toRad)) / (durS * durS);
    return {
      v,
      heelEndAcc: (v * alpha * SWING_EXCESS_SLOPE.end) / durS,
      toeStartAcc:
        (v * alpha * SWING_EXCESS_SLOPE.start) / durS - g.footLengthM * Math.sin(toRad) * pitchAcc,
    };
  };
  const stancePose = (hs: number, to: number, time: number): FootPose => {
    const prevTo = last('toe-off', hs);
    const nextHs = Number.isFinite(to) ? next('heel-strike', to) : undefined;
    let heelX = landingX(hs);
    if (prevTo) {
      const s = swingOf(prevTo.timeS, hs);
      heelX += rampDistance(time - hs, rampS, [s.v, s.heelEndAcc], [0, 0]);
    }
    let roll = 0;
    if (nextHs) {
      const s = swingOf(to, nextHs.timeS);
      const start = to - rampS;
      roll = time > start ? rampDistance(time - start, rampS, [0, 0], [s.v, s.toeStartAcc]) : 0;
    }
    const u = Math.min(1, Math.max(0, (time - hs) / (to - hs)));
    const pitch = pitchAt(u);
    if (pitch >= 0) return fromHeel(heelX, g.heelHeightM, pitch, g);
    const toeX = heelX + g.footLengthM + roll;
    const toeZ = g.toeHeightM;
    return {
      toeX,
      toeZ,
      pitchRad: pitch,
      heelX: toeX - g.footLengthM * Math.cos(pitch),
      heelZ: toeZ - g.footLengthM * Math.sin(pitch) + (g.heelHeightM - g.toeHeightM),
    };
  };
  const hsBefore = last('heel-strike', t);
  const toBefore = last('toe-off', t);
  const hsAfter = next('heel-strike', t);
  const inSwing = toBefore && hsAfter && (!hsBefore || toBefore.timeS > hsBefore.timeS);
  if (!inSwing) {
    if (!hsBefore) return fromHeel(pelvisX(t) + heelAheadM, g.heelHeightM, 0, g);
    const nextTo = next('toe-off', hsBefore.timeS);
    return stancePose(hsBefore.timeS, nextTo ? nextTo.timeS : Infinity, t);
  }
  const prevHs = last('heel-strike', toBefore.timeS, true);
  const start = prevHs
    ? stancePose(prevHs.timeS, toBefore.timeS, toBefore.timeS)
    : fromHeel(pelvisX(toBefore.timeS) - 0.3, g.heelHeightM, toRad, g);
  const endX = landingX(hsAfter.timeS);
  const durS = hsAfter.timeS - toBefore.timeS;
  const u = (t - toBefore.timeS) / durS;
  const v = (pelvisX(hsAfter.timeS) - pelvisX(toBefore.timeS)) / durS;
  const alpha = (endX - start.heelX - v * durS) / (v * durS * SWING_EXCESS_TOTAL);
  const heelX = start.heelX + v * durS * (u + alpha * swingExcessIntegral(u));
  const heelZ =
    start.heelZ +
    (g.heelHeightM - start.heelZ) * smooth(u) +
    g.swingClearanceM * Math.sin(Math.PI * u);
  const pitch = toRad + (hsRad - toRad) * smooth(u);
  return fromHeel(heelX, heelZ, pitch, g);
}

// Foot pose from the heel position and pitch.
function fromHeel(heelX: number, heelZ: number, pitchRad: number, g: FootGeometry): FootPose {
  return {
    heelX,
    heelZ,
    pitchRad,
    toeX: heelX + g.footLengthM * Math.cos(pitchRad),
    toeZ: heelZ + g.footLengthM * Math.sin(pitchRad) + (g.toeHeightM - g.heelHeightM),
  };
}
