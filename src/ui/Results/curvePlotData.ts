/**
 * Pure shaping of joint-angle curves and their normative bands into plot series (0–100 % of the
 * gait cycle): the patient's mean ± SD per side and the norm's mean ± SD. No DOM, no uPlot.
 */
import type { Side } from '../../core/events/types';
import type { KinematicJoint, KinematicsResult } from '../../core/kinematics/types';
import type { CurveWithNorm } from '../../core/pipeline/types';
import { JOINT_LABELS, SIDE_LABELS, referenceName } from './labels';

/** What one series draws. */
export type CurveSeriesRole = 'mean' | 'upper' | 'lower';

/** One plotted series, 101 values (deg; null where missing). */
export interface CurveSeries {
  source: Side | 'norm';
  role: CurveSeriesRole;
  label: string;
  values: (number | null)[];
}

/** Per-side facts printed under a plot. */
export interface CurveSideFacts {
  side: Side;
  nCycles: number;
  nDropped: number;
  /** Mean |z| against the band and share of points outside ±2 SD, %; null without norm. */
  meanAbsZ: number | null;
  outsidePct: number | null;
}

/** Everything one joint plot needs. */
export interface CurvePlotData {
  joint: KinematicJoint;
  title: string;
  /** 0, 1, …, 100 (% of the gait cycle). */
  xPct: number[];
  series: CurveSeries[];
  /** Pairs of indices into `series` (upper, lower) to shade between. */
  bands: { upper: number; lower: number; source: Side | 'norm' }[];
  sides: CurveSideFacts[];
  /** The band's reference, or null when no norm applies (see `noNormReason`). */
  norm: { reference: string; referenceName: string; population: string; note: string } | null;
  noNormReason: string;
}

const SIDES: readonly Side[] = ['left', 'right'];

function finiteOrNull(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

function addMeanSd(
  out: CurvePlotData,
  source: Side | 'norm',
  label: string,
  mean: readonly number[],
  sd: readonly number[] | null,
): void {
  const at = (i: number, k: number) =>
    finiteOrNull(sd ? (mean[i] ?? NaN) + k * (sd[i] ?? NaN) : NaN);
  const base = out.series.length;
  out.series.push({
    source,
    role: 'mean',
    label,
    values: out.xPct.map((_, i) => finiteOrNull(mean[i])),
  });
  const upper = out.xPct.map((_, i) => at(i, 1));
  if (!upper.some((v) => v !== null)) return;
  out.series.push({ source, role: 'upper', label: `${label} +1 SD`, values: upper });
  out.series.push({
    source,
    role: 'lower',
    label: `${label} −1 SD`,
    values: out.xPct.map((_, i) => at(i, -1)),
  });
  out.bands.push({ upper: base + 1, lower: base + 2, source });
}

/**
 * Plot data of one joint: left and right mean ± SD of the patient and the normative band.
 * @param kinematics - `analysis.kinematics`; not modified
 * @param curveNorms - `analysis.curveNorms`; not modified
 * @param joint - hip, knee or ankle
 * @returns series (deg, 101 points each, null where missing), bands to shade, cycle counts per
 *   side and the norm's reference, or the reason no norm applies
 * @remarks SD is the point-wise sample SD over cycles; with one cycle it is NaN and no patient band
 *   is drawn. The normative band is the published mean ± 1 SD.
 */
export function curvePlotData(
  kinematics: KinematicsResult,
  curveNorms: readonly CurveWithNorm[],
  joint: KinematicJoint,
): CurvePlotData {
  const out: CurvePlotData = {
    joint,
    title: JOINT_LABELS[joint],
    xPct: Array.from({ length: 101 }, (_, i) => i),
    series: [],
    bands: [],
    sides: [],
    norm: null,
    noNormReason: '',
  };
  for (const side of SIDES) {
    const c = kinematics.curves[joint][side];
    if (!c) continue;
    addMeanSd(out, side, `${SIDE_LABELS[side]} (n = ${c.nCycles})`, c.mean, c.sd);
    const cmp = curveNorms.find((n) => n.joint === joint && n.side === side)?.comparison ?? null;
    out.sides.push({
      side,
      nCycles: c.nCycles,
      nDropped: c.nDropped,
      meanAbsZ: cmp ? finiteOrNull(cmp.meanAbsZ) : null,
      outsidePct: cmp ? finiteOrNull(cmp.outsidePct) : null,
    });
  }
  const band = curveNorms.find((n) => n.joint === joint)?.band;
  if (band?.mean) {
    addMeanSd(out, 'norm', `Norm: ${referenceName(band.reference)}`, band.mean, band.sd);
    out.norm = {
      reference: band.reference,
      referenceName: referenceName(band.reference),
      population: band.population,
      note: band.note,
    };
  } else {
    out.noNormReason = band?.note || (out.sides.length ? 'no norm for this joint' : 'no curve');
  }
  return out;
}
