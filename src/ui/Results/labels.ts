/**
 * Display labels of the results page: parameter names with units, joint names, flags, grades and
 * quality reasons in words. Core results carry only codes and unit-suffixed keys; words live here.
 */
import type { AnalysisReason } from '../../core/analysis/types';
import type { GaitEventType, Side } from '../../core/events/types';
import type { KinematicJoint, KinematicsReason } from '../../core/kinematics/types';
import { NORM_REFERENCES, type NormReferenceKey } from '../../core/norms/references';
import { GATE_CYCLES } from '../../core/params/gradeStat';
import type { NormFlag, ParamKey, ParamReason, QualityGrade } from '../../core/params/types';

/** Name of each parameter as a clinician reads it (the unit is added from `Parameter.unit`). */
export const PARAM_LABELS: Readonly<Record<ParamKey, string>> = Object.freeze({
  cadenceStepsPerMin: 'Cadence',
  stepTimeS: 'Step time',
  strideTimeS: 'Stride time',
  stancePct: 'Stance',
  swingPct: 'Swing',
  stanceS: 'Stance time',
  swingS: 'Swing time',
  singleSupportPct: 'Single support',
  doubleSupportPct: 'Double support',
  speedMPerS: 'Walking speed',
  stepLengthM: 'Step length',
  strideLengthM: 'Stride length',
});

/**
 * Label of a parameter with its unit.
 * @param key - parameter key
 * @param unit - unit string of the parameter (e.g. `steps/min`)
 * @returns e.g. `Cadence (steps/min)`; `%` units read `% of gait cycle`
 */
export function paramLabel(key: ParamKey, unit: string): string {
  const u = unit === '%' ? '% of gait cycle' : unit;
  return `${PARAM_LABELS[key] ?? key} (${u})`;
}

/** Joint names of the angle plots. */
export const JOINT_LABELS: Readonly<Record<KinematicJoint, string>> = Object.freeze({
  hip: 'Hip flexion (+) / extension (−)',
  knee: 'Knee flexion (+) / extension (−)',
  ankle: 'Ankle dorsiflexion (+) / plantarflexion (−)',
  pelvisTilt: 'Pelvic tilt',
  trunkTilt: 'Trunk tilt',
});

/** Side names. */
export const SIDE_LABELS: Readonly<Record<Side, string>> = Object.freeze({
  left: 'Left',
  right: 'Right',
});

/** Event type names. */
export const EVENT_LABELS: Readonly<Record<GaitEventType, string>> = Object.freeze({
  'heel-strike': 'Heel strike',
  'toe-off': 'Toe-off',
});

/** A flag in words (never colour alone). */
export const FLAG_TEXT: Readonly<Record<NormFlag, string>> = Object.freeze({
  within: 'within norm',
  above: 'above norm',
  below: 'below norm',
  'no-norm': 'no norm',
});

/** Quality grades in words. */
export const GRADE_TEXT: Readonly<Record<QualityGrade, string>> = Object.freeze({
  A: 'A · good',
  B: 'B · usable',
  C: 'C · poor',
});

/**
 * One quality reason in words.
 * @param reason - reason code of a parameter or of the whole analysis
 * @param nCycles - gait cycles used (for `few-cycles`); omit when the count is of steps
 * @returns a short phrase, e.g. `only 3 cycles: interpret with caution`
 * @remarks Parameter counts (`nUsed`) may be steps, not cycles, so tables omit `nCycles`.
 */
export function reasonText(reason: ParamReason | AnalysisReason, nCycles?: number): string {
  switch (reason) {
    case 'too-few-cycles':
      return 'fewer than 2 complete gait cycles on a side';
    case 'few-cycles':
      return nCycles === undefined
        ? `fewer than ${GATE_CYCLES.fewBelow} gait cycles: interpret with caution`
        : `only ${nCycles} cycles: interpret with caution`;
    case 'variability-needs-more-cycles':
      return `SD and CV need at least ${GATE_CYCLES.minForVariability} gait cycles`;
    case 'not-walking':
      return 'no steady walking across the picture or toward / away from the camera';
    case 'too-many-missing-frames':
      return 'the patient was out of view in too many frames';
    case 'view-does-not-allow':
      return 'this camera view does not show it';
    case 'no-scale':
      return 'no scale: enter the patient’s height';
    case 'no-events':
      return 'no gait events on this side';
    case 'pelvis-proxy':
      return 'pelvis position estimated from the hips';
    case 'frontal-view':
      return 'filmed from the front: times only, no lengths';
  }
  return reason;
}

/**
 * Why a joint curve is missing or limited, in words.
 * @param reason - kinematics reason code
 * @returns a short phrase
 */
export function kinematicsReasonText(reason: KinematicsReason): string {
  const text: Record<KinematicsReason, string> = {
    'empty-input': 'no skeleton data',
    'frame-times-mismatch': 'frame times do not match the data',
    'no-heel-strikes': 'no heel strikes to cut gait cycles',
    'too-few-cycles-left': 'too few left gait cycles for a curve',
    'too-few-cycles-right': 'too few right gait cycles for a curve',
    'pelvis-tilt-not-observable': 'pelvic tilt cannot be seen in video',
  };
  return text[reason] ?? reason;
}

/**
 * Short name of a normative reference key.
 * @param key - citation key (e.g. `Fukuchi2018`), may be empty
 * @returns e.g. `Fukuchi et al. 2018`, the key itself when unknown, or `` for none
 */
export function referenceName(key: string): string {
  const names: Record<NormReferenceKey, string> = {
    Fukuchi2018: 'Fukuchi et al. 2018',
    FukuchiBMClab: 'Fukuchi et al. (BMClab data)',
    Kasovic2021: 'Kasovic et al. 2021',
    Schwartz2008: 'Schwartz et al. 2008',
  };
  return names[key as NormReferenceKey] ?? key;
}

/**
 * Full citation of a normative reference, for a tooltip.
 * @param key - citation key
 * @returns the citation, or `` when unknown
 */
export function referenceCitation(key: string): string {
  return NORM_REFERENCES[key as NormReferenceKey]?.citation ?? '';
}
