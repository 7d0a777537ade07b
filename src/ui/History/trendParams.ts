/** The parameters followed across sessions (trends, comparison) and how to read them from stored measurements. */
import type { MeasurementsResult } from '../../core/analysis/types';
import type { ParamKey, QualityGrade } from '../../core/params/types';
import type { JsonValue } from '../../store/types';

/** A followed quantity. */
export interface TrendParam {
  id: ParamKey | 'stepTimeAsymmetryPct';
  label: string;
  unit: string;
  /** Decimals shown. */
  digits: number;
}

/** What the history shows over time: speed, cadence, step-time asymmetry, double support and more. */
export const TREND_PARAMS: readonly TrendParam[] = [
  { id: 'speedMPerS', label: 'Walking speed', unit: 'm/s', digits: 2 },
  { id: 'cadenceStepsPerMin', label: 'Cadence', unit: 'steps/min', digits: 1 },
  {
    id: 'stepTimeAsymmetryPct',
    label: 'Step-time asymmetry (symmetry index)',
    unit: '%',
    digits: 1,
  },
  { id: 'doubleSupportPct', label: 'Double support', unit: '% of cycle', digits: 1 },
  { id: 'stepTimeS', label: 'Step time', unit: 's', digits: 3 },
  { id: 'strideTimeS', label: 'Stride time', unit: 's', digits: 3 },
  { id: 'stancePct', label: 'Stance', unit: '% of cycle', digits: 1 },
  { id: 'stepLengthM', label: 'Step length', unit: 'm', digits: 2 },
];

/** One value of a session with its uncertainty and the normative band. */
export interface TrendValue {
  /** Mean, null when refused (with reasons). */
  mean: number | null;
  /** SD over cycles (null when too few cycles). */
  sd: number | null;
  nUsed: number;
  grade: QualityGrade | null;
  reasons: string[];
  /** Normative mean ± SD and its reference, when one applies. */
  norm: { mean: number; sd: number; reference: string } | null;
}

const REFUSED: TrendValue = {
  mean: null,
  sd: null,
  nUsed: 0,
  grade: null,
  reasons: [],
  norm: null,
};

/**
 * Read one followed value from a stored measurements result (`gaitlens.measurements/1`).
 * @param stored - the session's stored measurements (JSON)
 * @param p - the quantity
 * @returns its value, or a refused value with reasons when absent
 */
export function trendValue(stored: JsonValue, p: TrendParam): TrendValue {
  const m = stored as unknown as MeasurementsResult | null;
  if (!m || !Array.isArray(m.parameters)) return { ...REFUSED, reasons: ['no-measurements'] };
  if (p.id === 'stepTimeAsymmetryPct') {
    const a = m.asymmetry?.stepTime;
    const nUsed = m.parameters.find((q) => q.key === 'stepTimeS')?.all.nUsed ?? 0;
    if (!a) return { ...REFUSED, reasons: ['no-events'] };
    return { ...REFUSED, mean: a.symmetryIndexPct, nUsed, grade: a.grade, reasons: a.reasons };
  }
  const q = m.parameters.find((x) => x.key === p.id);
  if (!q) return { ...REFUSED, reasons: ['not-measured'] };
  const n = q.norm?.all;
  return {
    mean: q.all.mean,
    sd: q.all.sd,
    nUsed: q.all.nUsed,
    grade: q.all.grade,
    reasons: q.all.reasons,
    norm:
      n && n.mean !== null && n.sd !== null
        ? { mean: n.mean, sd: n.sd, reference: n.reference }
        : null,
  };
}

/**
 * Format a value for display.
 * @param v - the value
 * @param p - the quantity (decimals)
 * @returns e.g. `1.21 ± 0.05 (B, n = 6)` or `refused (too-few-cycles)`
 */
export function formatTrendValue(v: TrendValue, p: TrendParam): string {
  if (v.mean === null) return `not measured${v.reasons.length ? ` (${v.reasons.join(', ')})` : ''}`;
  const sd = v.sd !== null ? ` ± ${v.sd.toFixed(p.digits)}` : '';
  return `${v.mean.toFixed(p.digits)}${sd} (grade ${v.grade ?? '–'}, n = ${v.nUsed})`;
}
