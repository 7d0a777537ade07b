import type { Side } from '../events/types';
import type { SagittalAngleParams } from './sagittalAngles';
import { computeSagittalAngles, DEFAULT_SAGITTAL_ANGLE_PARAMS } from './sagittalAngles';
import type { SegmentCyclesParams } from './segmentCycles';
import { DEFAULT_SEGMENT_CYCLES_PARAMS, segmentCycles } from './segmentCycles';
import { summariseCurve } from './summariseCurve';
import type {
  HeelStrikesS,
  KinematicJoint,
  KinematicsInput,
  KinematicsReason,
  KinematicsResult,
  LimbPointSeries,
} from './types';
import { KINEMATIC_JOINTS } from './types';

/** Options of {@link computeKinematics}. */
export interface KinematicsParams extends SagittalAngleParams, SegmentCyclesParams {
  /** Fewest usable cycles for a joint's curve on a side (1–20); fewer and that side is left out. */
  minCycles: number;
}

/** Defaults: the angle and segmentation defaults, and at least 3 cycles per side. */
export const DEFAULT_KINEMATICS_PARAMS: Readonly<KinematicsParams> = Object.freeze({
  ...DEFAULT_SAGITTAL_ANGLE_PARAMS,
  ...DEFAULT_SEGMENT_CYCLES_PARAMS,
  minCycles: 3, // gait-methods notes: refuse a side with fewer than ~3 usable cycles
});

const SIDES: readonly Side[] = ['left', 'right'];

// True when every landmark series of the limb has the frame count n.
function limbMatches(limb: LimbPointSeries, n: number): boolean {
  return Object.values(limb).every(
    (p) => p === undefined || (p.x.length === n && p.y.length === n && (!p.z || p.z.length === n)),
  );
}

// An empty result (no curves, no summary) with the given reasons.
function emptyResult(reasons: KinematicsReason[]): KinematicsResult {
  const curves = {} as KinematicsResult['curves'];
  const summary = {} as KinematicsResult['summary'];
  for (const joint of KINEMATIC_JOINTS) {
    curves[joint] = {};
    summary[joint] = {};
  }
  return { curves, summary, quality: { ok: false, reasons } };
}

/**
 * Sagittal joint-angle curves per gait cycle, time-normalised to 0–100 %, with ROM and peaks.
 * @param input - frame times (s), landmark series per side, 2-D/3-D, walking direction; not modified
 * @param heelStrikesS - heel-strike times per side, s (e.g. from the events stage)
 * @param params - angle, segmentation and minimum-cycle options ({@link DEFAULT_KINEMATICS_PARAMS})
 * @returns `curves[joint][side]` = { cycles (101 values each, deg), mean, sd, nCycles, nDropped,
 *   dropped }, `summary[joint][side]` = ROM and peaks with the % of cycle where they occur, and
 *   `quality` { ok, reasons }
 * @remarks
 * Angles follow docs/angle-conventions.md (hip/knee flexion +, ankle dorsiflexion +, anterior
 * pelvis/trunk tilt +; the walking direction sets the sign). Each side is segmented by its own heel
 * strikes (0 % = that side's heel strike), as in the Fukuchi 2018 and Schwartz 2008 norms. A joint
 * side with fewer than minCycles usable cycles is left out and reported as
 * `too-few-cycles-<side>`. Pelvis tilt needs ASIS/PSIS markers, which pose models lack; without
 * them it is reported as `pelvis-tilt-not-observable`. `quality.ok` is true when at least one side
 * has a hip, knee or ankle curve. Bad input (empty, mismatched lengths, no heel strikes) is
 * returned as reasons, never thrown. Missing data: see computeSagittalAngles and segmentCycles.
 * @see Fukuchi CA, Fukuchi RK, Duarte M (2018). A public dataset of overground and treadmill walking
 *   kinematics and kinetics in healthy individuals. PeerJ 6:e4640. doi:10.7717/peerj.4640
 */
export function computeKinematics(
  input: Readonly<KinematicsInput>,
  heelStrikesS: Readonly<HeelStrikesS>,
  params: Readonly<KinematicsParams> = DEFAULT_KINEMATICS_PARAMS,
): KinematicsResult {
  const n = input.timesS.length;
  const sides = SIDES.filter((side) => input[side] !== undefined);
  if (n === 0 || sides.length === 0) return emptyResult(['empty-input']);
  if (sides.some((side) => !limbMatches(input[side] as LimbPointSeries, n))) {
    return emptyResult(['frame-times-mismatch']);
  }
  if (sides.every((side) => (heelStrikesS[side]?.length ?? 0) < 2)) {
    return emptyResult(['no-heel-strikes']);
  }
  const result = emptyResult([]);
  const reasons = new Set<KinematicsReason>();
  let anyMainCurve = false;
  for (const side of sides) {
    const limb = input[side] as LimbPointSeries;
    const angles = computeSagittalAngles(limb, input.walkingDirection, input.space, params);
    const strikes = heelStrikesS[side] ?? [];
    for (const joint of KINEMATIC_JOINTS) {
      if (joint === 'pelvisTilt' && !(limb.asis && limb.psis)) {
        reasons.add('pelvis-tilt-not-observable');
        continue;
      }
      const curves = segmentCycles(angles[joint], input.timesS, strikes, params);
      if (curves.nCycles < params.minCycles) {
        reasons.add(side === 'left' ? 'too-few-cycles-left' : 'too-few-cycles-right');
        continue;
      }
      result.curves[joint][side] = curves;
      result.summary[joint][side] = summariseCurve(curves);
      anyMainCurve ||= isMainJoint(joint);
    }
  }
  return { ...result, quality: { ok: anyMainCurve, reasons: [...reasons] } };
}

// Hip, knee and ankle decide whether the kinematics are usable at all.
function isMainJoint(joint: KinematicJoint): boolean {
  return joint === 'hip' || joint === 'knee' || joint === 'ankle';
}
