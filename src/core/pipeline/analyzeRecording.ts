import { measureGait, prepareGait } from '../analysis/analyzeGait';
import { fromSkeleton } from '../preprocess/fromSkeleton';
import { computeGrounding } from '../grounding/computeGrounding';
import { computeKinematics } from '../kinematics/computeKinematics';
import { heelStrikesFromEvents } from '../kinematics/heelStrikesFromEvents';
import { inferWalkingDirection } from '../kinematics/inferWalkingDirection';
import { kinematicsInputFromTrajectories } from '../kinematics/kinematicsInputFromTrajectories';
import type { KinematicJoint, KinematicsResult } from '../kinematics/types';
import { applyNorms } from '../norms/applyNorms';
import { compareCurveToNorm } from '../norms/compareCurveToNorm';
import { normBandForCurve } from '../norms/normBandForCurve';
import type { Patient } from '../norms/types';
import { computeTemplateReport } from '../report/computeTemplateReport';
import { writeReportText } from '../report/writeReportText';
import type { Skeleton } from '../skeleton/types';
import { computeTed } from '../ted/computeTed';
import { tedInputFromSkeleton } from '../ted/tedInputFromSkeleton';
import { computeTokens } from '../tokens/computeTokens';
import type { KinematicsValueLike } from '../tokens/types';
import type { AnalysisResult, AnalyzeRecordingOptions, CurveWithNorm } from './types';
import { ANALYSIS_FORMAT } from './types';

const SIDES = ['left', 'right'] as const;
const CURVE_JOINTS: readonly KinematicJoint[] = ['hip', 'knee', 'ankle'];

function curveNorms(k: KinematicsResult, patient: Patient, speedMPerS?: number): CurveWithNorm[] {
  const out: CurveWithNorm[] = [];
  for (const joint of CURVE_JOINTS) {
    const band = normBandForCurve(joint, patient, speedMPerS);
    for (const side of SIDES) {
      const curve = k.curves[joint][side];
      if (!curve) continue;
      out.push({
        joint,
        side,
        band,
        comparison: band.mean ? compareCurveToNorm(curve.mean, band) : null,
      });
    }
  }
  return out;
}

function kinematicTokens(k: KinematicsResult): KinematicsValueLike[] {
  const out: KinematicsValueLike[] = [];
  for (const joint of CURVE_JOINTS) {
    for (const side of SIDES) {
      const s = k.summary[joint][side];
      if (!s) continue;
      out.push({ key: `${joint}RomDeg`, side, value: s.romDeg, nUsed: s.nCycles });
      out.push({ key: `${joint}PeakFlexionDeg`, side, value: s.peakFlexionDeg, nUsed: s.nCycles });
    }
  }
  return out;
}

/**
 * Run the whole analysis of one recording: events and parameters, norms, joint angles, rhythm
 * evidence, tokens, the template report and its grounding check.
 * @param skeleton - the subject's skeleton (gaitlens.skeleton/1); not modified
 * @param options - patient (age y, sex, height cm), manual event edits, walked distance (m)
 * @returns plain data (gaitlens.analysis/1); refusals are reported in each stage's `quality`
 * @remarks Pure and deterministic: the same inputs give the same result in the page, the
 * analysis worker, the CLI and tests. Manual edits only change events and what follows them.
 */
export function analyzeRecording(
  skeleton: Skeleton,
  options: AnalyzeRecordingOptions = {},
): AnalysisResult {
  const patient = options.patient ?? {};
  const prepared = prepareGait(fromSkeleton(skeleton), {
    heightCm: patient.heightCm,
    walkDistanceM: options.walkDistanceM,
    eventMethod: options.eventMethod,
  });
  const raw = measureGait(prepared, options.edits ?? []);
  const measurements = { ...raw, parameters: applyNorms(raw.parameters, patient) };
  const label = raw.direction.label;
  const walkingDirection =
    label === 'right-to-left' || label === 'left-to-right' ? label : undefined;
  // Angles from the cleaned trajectories (gaps filled, filtered, leg swaps repaired).
  const kinematics = computeKinematics(
    kinematicsInputFromTrajectories(
      prepared.preprocess.trajectories,
      walkingDirection ?? inferWalkingDirection(skeleton) ?? 'left-to-right',
    ),
    heelStrikesFromEvents(measurements.events),
  );
  const speed = measurements.parameters.find((p) => p.key === 'speedMPerS')?.all.mean ?? undefined;
  const ted = computeTed(tedInputFromSkeleton(skeleton, measurements.events));
  const tokens = computeTokens({
    parameters: measurements.parameters,
    kinematics: kinematicTokens(kinematics),
    ted,
    quality: measurements.quality,
  });
  const report = computeTemplateReport(tokens);
  return {
    format: ANALYSIS_FORMAT,
    patient,
    measurements,
    kinematics,
    curveNorms: curveNorms(kinematics, patient, speed),
    ted,
    tokens,
    report,
    grounding: computeGrounding(writeReportText(report), tokens),
  };
}
