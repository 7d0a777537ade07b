/**
 * Pure shaping of `Parameter`s into the rows of the results table: values with their spread,
 * cycle counts, norm, z, flag, quality grade and the reasons in words. No DOM.
 */
import type { Side } from '../../core/events/types';
import type { StepTimeAsymmetry } from '../../core/params/computeAsymmetry';
import { intervalsFor } from '../../core/params/intervalsFor';
import type { IntervalExclusion, IntervalSelection } from '../../core/params/selectIntervals';
import type {
  NormComparison,
  NormFlag,
  Parameter,
  ParamKey,
  ParamStat,
  QualityGrade,
} from '../../core/params/types';
import { FLAG_TEXT, paramLabel, reasonText, referenceName } from './labels';

/** Decimals shown per unit (about the resolution of video at 30 fps). */
const DECIMALS: Readonly<Record<string, number>> = { 'steps/min': 1, s: 3, '%': 1, 'm/s': 2, m: 2 };

/**
 * Format a number for display with a true minus sign.
 * @param value - the number (NaN or null give `—`)
 * @param decimals - digits after the point (0–6)
 * @returns e.g. `−1.81`
 */
export function formatNumber(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(decimals).replace(/^-/, '−');
}

/** One cell of the table: one statistic (pooled, left or right) of one parameter. */
export interface StatCell {
  /** The mean in the unit, or `—` when refused. */
  value: string;
  /** `SD 0.021 · CV 3.4 %` when available, else ``. */
  spread: string;
  /** Cycles or steps used. */
  nUsed: number;
  refused: boolean;
  /** `z −1.81` when a norm applies, else ``. */
  z: string;
  flag: NormFlag;
  flagText: string;
  grade: QualityGrade | null;
  /** Reasons in words; a refused value starts with `not measured: …`. */
  notes: string[];
}

/** The normative reference of a row. */
export interface NormSummary {
  /** Citation key, `` when no norm applies. */
  reference: string;
  /** Short reference name, e.g. `Fukuchi et al. 2018`. */
  referenceName: string;
  population: string;
  /** `117.7 ± 6.1` in the parameter's unit, or ``. */
  meanSd: string;
  /** Why no norm applies, e.g. `age unknown`; `` when one applies. */
  note: string;
}

/** One row of the parameter table. */
export interface ParameterRow {
  key: ParamKey;
  /** e.g. `Cadence (steps/min)`. */
  label: string;
  all: StatCell;
  left: StatCell | null;
  right: StatCell | null;
  /** Reasons shared by every measured cell of the row, said once for the row (removed from the cells). */
  notes: string[];
  norm: NormSummary;
}

/**
 * Shape one statistic into a table cell.
 * @param stat - the statistic (mean, sd, cvPct in %, nUsed, grade, reasons)
 * @param norm - its norm comparison, if computed
 * @param unit - the parameter's unit (sets the decimals)
 * @returns the cell, with reasons in words
 */
export function formatStatCell(
  stat: ParamStat,
  norm: NormComparison | undefined,
  unit: string,
): StatCell {
  const d = DECIMALS[unit] ?? 2;
  const refused = stat.mean === null;
  const words = stat.reasons.map((r) => reasonText(r));
  const notes = refused ? [`not measured: ${words.join('; ') || 'no value'}`] : words;
  const spread = [
    stat.sd !== null ? `SD ${formatNumber(stat.sd, d)}` : '',
    stat.cvPct !== null ? `CV ${formatNumber(stat.cvPct, 1)} %` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const flag = norm?.flag ?? 'no-norm';
  return {
    value: formatNumber(stat.mean, d),
    spread,
    nUsed: stat.nUsed,
    refused,
    z: norm?.z !== null && norm?.z !== undefined ? `z ${formatNumber(norm.z, 2)}` : '',
    flag,
    flagText: FLAG_TEXT[flag],
    grade: stat.grade,
    notes,
  };
}

/**
 * The norm shown for a parameter: the pooled one, else the first side with one.
 * @param p - parameter with `norm` filled by src/core/norms
 * @returns reference, population, mean ± SD in the unit, or why no norm applies
 * @remarks Norms are per limb or pooled, so one reference serves the whole row. A refused value has
 *   no comparison (`no value`), so the note of another cell (e.g. `age unknown`) is preferred.
 */
export function summariseNorm(p: Parameter): NormSummary {
  const d = DECIMALS[p.unit] ?? 2;
  const list = [p.norm?.all, p.norm?.left, p.norm?.right].filter(
    (n): n is NormComparison => n !== undefined,
  );
  const hit = list.find((n) => n.reference !== '' && n.mean !== null);
  if (hit) {
    return {
      reference: hit.reference,
      referenceName: referenceName(hit.reference),
      population: hit.population,
      meanSd: `${formatNumber(hit.mean, d)} ± ${formatNumber(hit.sd, d)}`,
      note: '',
    };
  }
  const note = list.map((n) => n.note).find((n) => n && n !== 'no value') ?? list[0]?.note ?? '';
  return { reference: '', referenceName: '', population: '', meanSd: '', note: note || 'none' };
}

/**
 * Shape every parameter into a table row.
 * @param parameters - `analysis.measurements.parameters`; not modified
 * @returns rows in the order of the input; a reason that applies to every measured value of a row
 *   (e.g. few cycles) is given once in the row's `notes` instead of in each cell
 */
export function parameterRows(parameters: readonly Parameter[]): ParameterRow[] {
  return parameters.map((p) => {
    const all = formatStatCell(p.all, p.norm?.all, p.unit);
    const left = p.left ? formatStatCell(p.left, p.norm?.left, p.unit) : null;
    const right = p.right ? formatStatCell(p.right, p.norm?.right, p.unit) : null;
    const measured = [all, left, right].filter((c): c is StatCell => c !== null && !c.refused);
    const notes =
      measured.length > 1
        ? measured[0]!.notes.filter((n) => measured.every((c) => c.notes.includes(n)))
        : [];
    for (const c of measured) c.notes = c.notes.filter((n) => !notes.includes(n));
    return {
      key: p.key,
      label: paramLabel(p.key, p.unit),
      all,
      left,
      right,
      notes,
      norm: summariseNorm(p),
    };
  });
}

/**
 * Step-time asymmetry in words.
 * @param a - the asymmetry (symmetry index %, ratio, left − right difference s)
 * @returns e.g. `symmetry index 4.2 % · ratio 1.04 · left − right 0.023 s`, or `not measured: …`
 */
export function formatAsymmetry(a: StepTimeAsymmetry): string {
  if (a.symmetryIndexPct === null) {
    return `not measured: ${a.reasons.map((r) => reasonText(r)).join('; ') || 'no value'}`;
  }
  return [
    `symmetry index ${formatNumber(a.symmetryIndexPct, 1)} %`,
    `ratio ${formatNumber(a.symmetryRatio, 2)}`,
    `left − right ${formatNumber(a.differenceS, 3)} s`,
  ].join(' · ');
}

/** Why an interval was left out, in words. */
export const EXCLUSION_TEXT: Readonly<Record<IntervalExclusion, string>> = Object.freeze({
  'outside-bout': 'outside the straight walking',
  'crosses-bouts': 'across a turn or pause',
  incomplete: 'toe-off or other-foot event missing or doubled',
  'out-of-order': 'events out of order',
  'implausible-duration': 'implausible duration (missed or extra heel strike)',
  'same-side': 'same foot twice in a row (left out of the per-side values only)',
});

/** Steps and strides used by the results, in words. */
export interface IntervalUseText {
  /** e.g. `7 used · left 3 · right 3 by side · 1 left out: same foot twice in a row (…)`. */
  steps: string;
  /** e.g. `left 2 · right 3 · 1 left out: implausible duration (…)`. */
  strides: string;
}

/**
 * The steps and strides behind the table, counted from the same selection as the parameters and
 * the CSV exports.
 * @param selection - `measurements.intervals`; undefined for results saved before it existed
 * @returns the counts in words, or null without a selection
 */
export function formatIntervalUse(
  selection: IntervalSelection | undefined,
): IntervalUseText | null {
  if (!selection) return null;
  const leftOut = (reasons: IntervalExclusion[]): string => {
    if (reasons.length === 0) return '';
    const by = new Map<IntervalExclusion, number>();
    for (const r of reasons) by.set(r, (by.get(r) ?? 0) + 1);
    const words = [...by].map(([r, k]) =>
      by.size > 1 ? `${k} ${EXCLUSION_TEXT[r]}` : EXCLUSION_TEXT[r],
    );
    return ` · ${reasons.length} left out: ${words.join('; ')}`;
  };
  const reasonsOf = (rows: { excludedReason: IntervalExclusion | null }[]): IntervalExclusion[] =>
    rows.flatMap((r) => (r.excludedReason ? [r.excludedReason] : []));
  const n = (key: ParamKey, side: Side | 'all'): number =>
    intervalsFor(selection, key, side).used.length;
  return {
    steps:
      `${n('stepTimeS', 'all')} used · left ${n('stepTimeS', 'left')} · right ${n('stepTimeS', 'right')} by side` +
      leftOut(reasonsOf(selection.steps)),
    strides:
      `left ${n('strideTimeS', 'left')} · right ${n('strideTimeS', 'right')}` +
      leftOut(reasonsOf(selection.strides)),
  };
}
