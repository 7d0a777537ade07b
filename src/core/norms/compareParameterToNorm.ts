import type { NormComparison, NormFlag, ParamKey } from '../params/types';
import { SPATIOTEMPORAL_NORMS } from './normData';
import type { NormSelectionParams } from './selectNormRow';
import { DEFAULT_NORM_SELECTION_PARAMS, selectNormRow } from './selectNormRow';
import type { Patient } from './types';
import { NORM_Z_LIMIT } from './types';

/**
 * Flag a z-score against the ±NORM_Z_LIMIT band.
 * @param z - z-score (any real); NaN gives `no-norm`
 * @returns `within` when |z| ≤ 2, `above` when z > 2, `below` when z < −2
 */
export function flagFromZ(z: number): NormFlag {
  if (!Number.isFinite(z)) return 'no-norm';
  if (z > NORM_Z_LIMIT) return 'above';
  if (z < -NORM_Z_LIMIT) return 'below';
  return 'within';
}

/**
 * A comparison that says no norm applies, and why.
 * @param note - the reason shown to the clinician, e.g. `age unknown`
 * @returns a NormComparison with flag `no-norm`, null numbers and empty reference
 */
export function noNorm(note: string): NormComparison {
  return { reference: '', population: '', mean: null, sd: null, z: null, flag: 'no-norm', note };
}

/**
 * Compare one parameter value with the bundled norm that matches the patient.
 * @param key - the parameter, e.g. `cadenceStepsPerMin`
 * @param value - the patient's value in the parameter's unit (steps/min, s, %, m/s, m); null or
 *   NaN gives `no-norm` with note `no value`
 * @param patient - age (years), sex; without age no norm applies (note `age unknown`)
 * @param params - adult age limit and age extrapolation ({@link DEFAULT_NORM_SELECTION_PARAMS})
 * @returns a NormComparison: reference key, population, normative mean and SD, z = (value −
 *   mean) / SD, flag (`within` |z| ≤ 2, `above`, `below`, `no-norm`) and a note
 * @remarks
 * The row is chosen by {@link selectNormRow}. Adults: speed from Kasović 2021 (≥ 60 y, usual
 * pace) or Fukuchi 2018 (overground comfortable speed), cadence, step and stride length and step
 * and stride time from the Fukuchi/BMClab treadmill data at comfortable speed (V5; a treadmill
 * norm for an overground measurement, stated in `population`). Stance, swing and double support
 * have no verified adult row yet and give `no-norm`; children get no spatiotemporal norm. The ±2
 * SD limit marks about 95 % of a normally distributed healthy population; a flag is a prompt to
 * look, not a diagnosis.
 * @see Fukuchi CA, Fukuchi RK, Duarte M (2018). PeerJ 6:e4640. doi:10.7717/peerj.4640
 * @see Kasovic M, Stefan L, Stefan A (2021). Clin Interv Aging 16:225-230. doi:10.2147/CIA.S290071
 */
export function compareParameterToNorm(
  key: ParamKey,
  value: number | null,
  patient: Readonly<Patient>,
  params: Readonly<NormSelectionParams> = DEFAULT_NORM_SELECTION_PARAMS,
): NormComparison {
  if (value === null || !Number.isFinite(value)) return noNorm('no value');
  const { row, note } = selectNormRow(SPATIOTEMPORAL_NORMS.rows, key, patient, params);
  if (!row) return noNorm(note);
  const z = (value - row.mean) / row.sd;
  return {
    reference: row.reference,
    population: `${row.population}, ${row.condition}`,
    mean: row.mean,
    sd: row.sd,
    z,
    flag: flagFromZ(z),
    note,
  };
}
