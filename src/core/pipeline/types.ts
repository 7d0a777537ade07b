/**
 * The whole analysis of one recording, from skeleton to report (format `gaitlens.analysis/1`):
 * the contract between src/core, the analysis worker, the views, the store and the CLI.
 */
import type { MeasurementsResult, EventMethod } from '../analysis/types';
import type { EventEdit } from '../events/types';
import type { GroundingResult } from '../grounding/types';
import type { KinematicJoint, KinematicsResult } from '../kinematics/types';
import type { CurveNormComparison, NormCurveBand, Patient } from '../norms/types';
import type { Report } from '../report/types';
import type { TedResult } from '../ted/types';
import type { TokenSet } from '../tokens/types';
import type { Side } from '../events/types';

/** Format tag of a pipeline result. */
export const ANALYSIS_FORMAT = 'gaitlens.analysis/1' as const;

/** Inputs beyond the skeleton: who the patient is and what was edited by hand. */
export interface AnalyzeRecordingOptions {
  patient?: Patient;
  /** Manual event edits, applied on top of detected events. */
  edits?: EventEdit[];
  /** Known walked distance for scale, m. */
  walkDistanceM?: number;
  eventMethod?: EventMethod;
}

/** A joint curve of one side compared with its normative band. */
export interface CurveWithNorm {
  joint: KinematicJoint;
  side: Side;
  band: NormCurveBand;
  comparison: CurveNormComparison | null;
}

/** Everything measured and written for one recording; plain, cloneable data. */
export interface AnalysisResult {
  format: typeof ANALYSIS_FORMAT;
  patient: Patient;
  /** Measurements with `norm` filled on every parameter. */
  measurements: MeasurementsResult;
  kinematics: KinematicsResult;
  curveNorms: CurveWithNorm[];
  ted: TedResult;
  tokens: TokenSet;
  /** The template report (the default; an LLM report may replace its rationale later). */
  report: Report;
  /** Grounding of the template report's text against the tokens (must be 100 %). */
  grounding: GroundingResult;
}
