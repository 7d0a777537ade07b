import type { ParamKey } from '../params/types';
import type { SpatiotemporalNormRow } from './normData';
import type { Patient } from './types';

/** Options of {@link selectNormRow}. */
export interface NormSelectionParams {
  /** Youngest age, years, for the adult norms (children get no spatiotemporal norm here). */
  adultAgeYears: number;
  /** How far outside a group's age range, years (0–20), the nearest group may still be used. */
  maxAgeExtrapolationYears: number;
}

/** Defaults: adults from 18 y; a group may be stretched by up to 5 years. */
export const DEFAULT_NORM_SELECTION_PARAMS: Readonly<NormSelectionParams> = Object.freeze({
  adultAgeYears: 18,
  maxAgeExtrapolationYears: 5,
});

/** The chosen norm row, or null, with a note saying why none applies or what was stretched. */
export interface NormSelection {
  row: SpatiotemporalNormRow | null;
  note: string;
}

// Years between the age and the row's age range (0 inside it).
function ageDistanceYears(row: SpatiotemporalNormRow, ageYears: number): number {
  if (ageYears < row.ageMinYears) return row.ageMinYears - ageYears;
  if (row.ageMaxYears !== null && ageYears > row.ageMaxYears) return ageYears - row.ageMaxYears;
  return 0;
}

/**
 * Pick the normative row that matches a patient best for one parameter.
 * @param rows - candidate rows (e.g. SPATIOTEMPORAL_NORMS.rows); not modified
 * @param key - the parameter, e.g. `cadenceStepsPerMin`
 * @param patient - age (years), sex and height; only age and sex are used here
 * @param params - adult age limit and age extrapolation ({@link DEFAULT_NORM_SELECTION_PARAMS})
 * @returns `{ row, note }`: row null with the reason in note (`age unknown`, `no paediatric
 *   norm …`, `no verified norm …`, `no norm for age …`), or the row and a note ('' or what was stretched)
 * @remarks
 * Rows must match the sex (a row for both sexes matches anyone; without a known sex only rows for
 * both sexes match) and contain the age. Among those the order is: lower `priority` (a large
 * population study before a small lab sample, see docs/norms.md), then a sex-specific row, then the
 * narrowest age range, then the largest n. If no range contains the age, the nearest row within
 * maxAgeExtrapolationYears is used and the note says so. A non-finite age counts as unknown.
 */
export function selectNormRow(
  rows: readonly SpatiotemporalNormRow[],
  key: ParamKey,
  patient: Readonly<Patient>,
  params: Readonly<NormSelectionParams> = DEFAULT_NORM_SELECTION_PARAMS,
): NormSelection {
  const age = patient.ageYears;
  if (age === undefined || !Number.isFinite(age)) return { row: null, note: 'age unknown' };
  if (age < params.adultAgeYears) {
    return { row: null, note: `no paediatric norm bundled for ${key}` };
  }
  const candidates = rows.filter(
    (r) =>
      r.key === key && (r.sex === 'all' || (patient.sex !== undefined && r.sex === patient.sex)),
  );
  if (candidates.length === 0) return { row: null, note: `no verified norm bundled for ${key}` };
  const width = (r: SpatiotemporalNormRow) => (r.ageMaxYears ?? 120) - r.ageMinYears;
  const ranked = [...candidates].sort(
    (a, b) =>
      ageDistanceYears(a, age) - ageDistanceYears(b, age) ||
      a.priority - b.priority ||
      Number(a.sex === 'all') - Number(b.sex === 'all') ||
      width(a) - width(b) ||
      b.n - a.n,
  );
  const best = ranked[0] as SpatiotemporalNormRow;
  const distance = ageDistanceYears(best, age);
  if (distance === 0) return { row: best, note: '' };
  const range = `${best.ageMinYears}–${best.ageMaxYears ?? ''} y`;
  if (distance > params.maxAgeExtrapolationYears) {
    return { row: null, note: `no norm for age ${age} y (nearest group ${range})` };
  }
  return {
    row: best,
    note: `age ${age} y outside the reference range ${range}; nearest group used`,
  };
}
