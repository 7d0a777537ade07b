import type { GaitEvent, Side } from '../events/types';

/** Sagittal foot geometry of the synthetic walker (metres, degrees). */
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
}

/** Position of the heel and toe (forward x, up z) and the foot pitch at one instant. */
export interface FootPose {
  heelX: number;
  heelZ: number;
  toeX: number;
  toeZ: number;
  pitchRad: number;
}

const smooth = (u: number): number => u * u * (3 - 2 * u);

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
 *   then forefoot rocker about the toe from 60 % of stance to toe-off. Swing: the heel follows a
 *   cubic Hermite path whose end velocities equal the walking speed, lifted by a sine bump, while
 *   the pitch moves from the toe-off to the heel-strike value. Heel strikes land at the pelvis
 *   position plus `heelAheadM`. Before the first / after the last event the foot stands still.
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
  const hsBefore = [...own].reverse().find((e) => e.type === 'heel-strike' && e.timeS <= t);
  const toBefore = [...own].reverse().find((e) => e.type === 'toe-off' && e.timeS <= t);
  const hsAfter = own.find((e) => e.type === 'heel-strike' && e.timeS > t);
  const hsRad = (g.heelStrikePitchDeg * Math.PI) / 180;
  const toRad = (-g.toeOffPitchDeg * Math.PI) / 180;
  const stancePose = (hs: number, to: number, time: number): FootPose => {
    const heelX = pelvisX(hs) + heelAheadM;
    const u = Math.min(1, Math.max(0, (time - hs) / (to - hs)));
    const pitch =
      u < 0.15 ? hsRad * (1 - smooth(u / 0.15)) : u > 0.6 ? toRad * smooth((u - 0.6) / 0.4) : 0;
    if (pitch >= 0) {
      return fromHeel(heelX, g.heelHeightM, pitch, g);
    }
    const toeX = heelX + g.footLengthM;
    const toeZ = g.toeHeightM;
    return {
      toeX,
      toeZ,
      pitchRad: pitch,
      heelX: toeX - g.footLengthM * Math.cos(pitch),
      heelZ: toeZ - g.footLengthM * Math.sin(pitch) + (g.heelHeightM - g.toeHeightM),
    };
  };
  const inSwing = toBefore && hsAfter && (!hsBefore || toBefore.timeS > hsBefore.timeS);
  if (!inSwing) {
    if (!hsBefore) return fromHeel(pelvisX(t) + heelAheadM, g.heelHeightM, 0, g);
    const nextTo = own.find((e) => e.type === 'toe-off' && e.timeS > hsBefore.timeS);
    return stancePose(hsBefore.timeS, nextTo ? nextTo.timeS : Infinity, t);
  }
  const prevHs = [...own]
    .reverse()
    .find((e) => e.type === 'heel-strike' && e.timeS < toBefore.timeS);
  const start = prevHs
    ? stancePose(prevHs.timeS, toBefore.timeS, toBefore.timeS)
    : fromHeel(pelvisX(toBefore.timeS) - 0.3, g.heelHeightM, toRad, g);
  const endX = pelvisX(hsAfter.timeS) + heelAheadM;
  const durS = hsAfter.timeS - toBefore.timeS;
  const u = (t - toBefore.timeS) / durS;
  const v = (pelvisX(hsAfter.timeS) - pelvisX(toBefore.timeS)) / durS;
  const h00 = 2 * u ** 3 - 3 * u ** 2 + 1;
  const h10 = u ** 3 - 2 * u ** 2 + u;
  const h01 = -2 * u ** 3 + 3 * u ** 2;
  const h11 = u ** 3 - u ** 2;
  const heelX = h00 * start.heelX + h10 * v * durS + h01 * endX + h11 * v * durS;
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
