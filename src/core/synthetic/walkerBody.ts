import type { GaitEvent } from '../events/types';
import { footPose } from './footPath';
import type { FootGeometry } from './footPath';

/** Body proportions and motion of the synthetic walker. */
export interface WalkerBodyParams {
  /** Standing height, m (1.2–2.1). */
  heightM: number;
  /** Walking speed, m/s (0.2–2.5). */
  speedMPerS: number;
  /** Stride time, s (for the pelvis bob and arm swing). */
  strideS: number;
}

/** Default foot geometry (adult, trainers). */
export const DEFAULT_FOOT_GEOMETRY: Readonly<FootGeometry> = Object.freeze({
  footLengthM: 0.2,
  heelHeightM: 0.03,
  toeHeightM: 0.02,
  heelStrikePitchDeg: 20,
  toeOffPitchDeg: 35,
  swingClearanceM: 0.08,
  contactRampS: 0.04,
});

type P3 = [forwardM: number, upM: number, lateralM: number];

// Knee by two-link inverse kinematics (knee in front of the hip–ankle line).
function knee(hip: P3, ankle: P3, thighM: number, shankM: number): P3 {
  const dx = ankle[0] - hip[0];
  const dz = ankle[1] - hip[1];
  const d = Math.min(Math.hypot(dx, dz), thighM + shankM - 1e-6);
  const cosA = (thighM * thighM + d * d - shankM * shankM) / (2 * thighM * d);
  const a = Math.acos(Math.max(-1, Math.min(1, cosA)));
  const phi = Math.atan2(dz, dx) + a;
  return [
    hip[0] + thighM * Math.cos(phi),
    hip[1] + thighM * Math.sin(phi),
    (hip[2] + ankle[2]) / 2,
  ];
}

/**
 * The 33 BlazePose landmarks of the synthetic walker at time t, in a sagittal world frame.
 * @param t - time, s
 * @param events - all scheduled events (sorted; see `gaitSchedule().allEvents`)
 * @param p - height (m), speed (m/s), stride time (s)
 * @returns 33 points [forward m, up m, lateral m] in BlazePose order (left side at lateral +)
 * @remarks Segment lengths are Winter's fractions of height (thigh 0.245 H, shank 0.246 H). The pelvis
 *   moves forward at constant speed at 0.5 H with a 1.5 cm bob at twice the stride frequency; feet
 *   follow `footPose`, knees come from two-link inverse kinematics (straight when out of reach),
 *   arms swing opposite to the legs, and the head sits above the shoulders. Missing data: none.
 * @see Winter DA. Biomechanics and Motor Control of Human Movement, 4th ed. Wiley; 2009. Fig. 4.1.
 *   doi:10.1002/9780470549148
 */
export function walkerLandmarks(t: number, events: GaitEvent[], p: WalkerBodyParams): P3[] {
  const H = p.heightM;
  const pelvisX = (time: number): number => p.speedMPerS * time;
  const pelvis: P3 = [pelvisX(t), 0.5 * H + 0.015 * Math.cos((4 * Math.PI * t) / p.strideS), 0];
  const stepLengthM = (p.speedMPerS * p.strideS) / 2;
  const out: P3[] = new Array(33);
  const swing = Math.sin((2 * Math.PI * t) / p.strideS);
  for (const [side, lat, first] of [
    ['left', 0.1, 23],
    ['right', -0.1, 24],
  ] as const) {
    const f = footPose(t, side, events, pelvisX, 0.45 * stepLengthM, DEFAULT_FOOT_GEOMETRY);
    const heel: P3 = [f.heelX, f.heelZ, lat];
    const toe: P3 = [f.toeX, f.toeZ, lat];
    const c = Math.cos(f.pitchRad);
    const s = Math.sin(f.pitchRad);
    const ankle: P3 = [f.heelX + 0.05 * c - 0.06 * s, f.heelZ + 0.05 * s + 0.06 * c, lat];
    const hip: P3 = [pelvis[0], pelvis[1], lat * 0.9];
    out[first] = hip;
    out[first + 2] = knee(hip, ankle, 0.245 * H, 0.246 * H);
    out[first + 4] = ankle;
    out[first + 6] = heel;
    out[first + 8] = toe;
    const arm = side === 'left' ? swing : -swing;
    const shoulder: P3 = [pelvis[0], pelvis[1] + 0.3 * H, lat * 1.8];
    const elbow: P3 = [shoulder[0] + 0.08 * arm, shoulder[1] - 0.18 * H, lat * 1.9];
    const wrist: P3 = [elbow[0] + 0.12 * arm, elbow[1] - 0.14 * H, lat * 1.9];
    const k = side === 'left' ? 0 : 1;
    out[11 + k] = shoulder;
    out[13 + k] = elbow;
    out[15 + k] = wrist;
    for (const j of [17, 19, 21]) out[j + k] = [wrist[0] + 0.03, wrist[1] - 0.05, wrist[2]];
    out[7 + k] = [shoulder[0] - 0.02, shoulder[1] + 0.12 * H, lat * 0.8];
    out[9 + k] = [shoulder[0] + 0.08, shoulder[1] + 0.08 * H, lat * 0.3];
    for (const j of k === 0 ? [1, 2, 3] : [4, 5, 6])
      out[j] = [shoulder[0] + 0.08, shoulder[1] + 0.11 * H, lat * 0.4];
  }
  out[0] = [pelvis[0] + 0.1, pelvis[1] + 0.39 * H, 0];
  return out;
}
