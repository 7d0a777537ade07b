/** Types of the norms stage: patient descriptors and curve comparisons (see docs/norms.md). */
import type { KinematicJoint } from '../kinematics/types';

/** What the norms are matched on. Every field is optional; without age no norm applies. */
export interface Patient {
  /** Age, years (0–120). */
  ageYears?: number;
  sex?: 'f' | 'm';
  /** Standing height, cm (50–250); used for the dimensionless walking speed of children. */
  heightCm?: number;
}

/** |z| at or below this is `within`; above it `above` / `below` (≈ 95 % of a normal population). */
export const NORM_Z_LIMIT = 2;

/** A normative band for one joint curve, 101 points (0–100 % of the gait cycle). */
export interface NormCurveBand {
  joint: KinematicJoint;
  /** Mean and SD, deg, 101 points; null when no norm applies (see note). */
  mean: number[] | null;
  sd: number[] | null;
  /** Citation key (e.g. `Fukuchi2018`, `Schwartz2008`); empty when no norm applies. */
  reference: string;
  /** Population the band describes, e.g. `healthy adults 21–37 y, overground comfortable speed`. */
  population: string;
  /** Why no norm applies, or caveats of the one chosen (age extrapolated, speed band assumed…). */
  note: string;
}

/** Point-wise comparison of a patient curve with a normative band. */
export interface CurveNormComparison {
  /** z per point, (value − mean) / sd; NaN where the curve or the band is missing. */
  zByPct: number[];
  /** Mean of |z| over the used points; NaN when none. */
  meanAbsZ: number;
  /** Largest |z|; NaN when none. */
  maxAbsZ: number;
  /** Share of the used points with |z| > NORM_Z_LIMIT, % (0–100); NaN when none. */
  outsidePct: number;
  /** Points compared and points skipped (NaN in the curve or the band, or SD ≤ 0). */
  nUsed: number;
  nDropped: number;
  reference: string;
  population: string;
}
