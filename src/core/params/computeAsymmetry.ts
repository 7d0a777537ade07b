import type { Parameter, ParamReason, QualityGrade } from './types';

/** Step-time asymmetry between the sides. */
export interface StepTimeAsymmetry {
  /** Symmetry index, % (0 = symmetric): 100·|L − R| / (0.5·(L + R)); null when refused. */
  symmetryIndexPct: number | null;
  /** Symmetry ratio, larger over smaller mean step time (≥ 1); null when refused. */
  symmetryRatio: number | null;
  /** Signed difference of the mean step times, left − right, s; null when refused. */
  differenceS: number | null;
  grade: QualityGrade | null;
  reasons: ParamReason[];
}

/**
 * Step-time asymmetry from the per-side step-time parameter.
 * @param parameters - computed parameters (the `stepTimeS` entry is used); not modified
 * @returns symmetry index (%), symmetry ratio (≥ 1), left − right difference (s), grade and reasons
 * @remarks Refused with the reasons of whichever side's mean step time is refused; the grade is the
 *   worse of the two sides. Missing data: a missing `stepTimeS` entry refuses with `no-events`.
 * @see Robinson RO, Herzog W, Nigg BM. Use of force platform variables to quantify the effects of
 *   chiropractic manipulation on gait symmetry. J Manipulative Physiol Ther. 1987;10(4):172–176.
 * @see Patterson KK, Gage WH, Brooks D, Black SE, McIlroy WE. Evaluation of gait symmetry after stroke:
 *   a comparison of current methods and recommendations for standardization. Gait Posture.
 *   2010;31(2):241–246. doi:10.1016/j.gaitpost.2009.10.014
 */
export function computeAsymmetry(parameters: Parameter[]): StepTimeAsymmetry {
  const p = parameters.find((q) => q.key === 'stepTimeS');
  const l = p?.left;
  const r = p?.right;
  if (!l || !r || l.mean === null || r.mean === null) {
    const reasons = [
      ...new Set([...(l?.reasons ?? ['no-events']), ...(r?.reasons ?? [])]),
    ] as ParamReason[];
    return { symmetryIndexPct: null, symmetryRatio: null, differenceS: null, grade: null, reasons };
  }
  const grade = [l.grade, r.grade].sort().pop() ?? null;
  return {
    symmetryIndexPct: (100 * Math.abs(l.mean - r.mean)) / (0.5 * (l.mean + r.mean)),
    symmetryRatio: Math.max(l.mean, r.mean) / Math.min(l.mean, r.mean),
    differenceS: l.mean - r.mean,
    grade,
    reasons: [...new Set([...l.reasons, ...r.reasons])],
  };
}
