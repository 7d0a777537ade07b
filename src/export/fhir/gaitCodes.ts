/**
 * Codes and UCUM units of the gait Observations. GaitLens uses its own code system: a speed from a free walk
 * of any length is not LOINC 83172-7 (gait speed over a 4-metre walk), so LOINC is added only when the walked
 * distance really was 4 m. No other LOINC code is claimed.
 */
import type { ParamKey } from '../../core/params/types';

/** GaitLens's local code system for gait parameters. */
export const GAIT_CODE_SYSTEM = 'https://gaitlens.app/fhir/CodeSystem/gait';
/** Identifier system of the pseudonymous patient code. */
export const PATIENT_CODE_SYSTEM = 'https://gaitlens.app/fhir/NamingSystem/patient-code';
/** UCUM's system URI. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** LOINC's system URI. */
export const LOINC_SYSTEM = 'http://loinc.org';
/** LOINC code of gait speed over a 4-metre walk; used only when the walked distance is 4 m. */
export const LOINC_4M_GAIT_SPEED = '83172-7';

/** Code, display text and UCUM unit of one parameter. */
export interface GaitCode {
  code: string;
  display: string;
  /** UCUM code (case-sensitive form). */
  ucum: string;
  /** Human-readable unit for `Quantity.unit`. */
  unit: string;
}

/**
 * One code per parameter key. Cadence uses UCUM `/min` (steps are counts, dimensionless in UCUM) with the
 * display unit `steps/min`; `{steps}/min` would mean the same, but `/min` is the canonical form.
 */
export const GAIT_CODES: Readonly<Record<ParamKey, GaitCode>> = Object.freeze({
  speedMPerS: { code: 'gait-speed', display: 'Gait speed', ucum: 'm/s', unit: 'm/s' },
  cadenceStepsPerMin: { code: 'cadence', display: 'Cadence', ucum: '/min', unit: 'steps/min' },
  stepTimeS: { code: 'step-time', display: 'Step time', ucum: 's', unit: 's' },
  strideTimeS: { code: 'stride-time', display: 'Stride time', ucum: 's', unit: 's' },
  stanceS: { code: 'stance-time', display: 'Stance time', ucum: 's', unit: 's' },
  swingS: { code: 'swing-time', display: 'Swing time', ucum: 's', unit: 's' },
  stancePct: { code: 'stance-phase', display: 'Stance phase (% of stride)', ucum: '%', unit: '%' },
  swingPct: { code: 'swing-phase', display: 'Swing phase (% of stride)', ucum: '%', unit: '%' },
  singleSupportPct: {
    code: 'single-support',
    display: 'Single support (% of stride)',
    ucum: '%',
    unit: '%',
  },
  doubleSupportPct: {
    code: 'double-support',
    display: 'Double support (% of stride)',
    ucum: '%',
    unit: '%',
  },
  stepLengthM: { code: 'step-length', display: 'Step length', ucum: 'm', unit: 'm' },
  strideLengthM: { code: 'stride-length', display: 'Stride length', ucum: 'm', unit: 'm' },
});

/**
 * Find the parameter key of a local code.
 * @param code - a code of {@link GAIT_CODE_SYSTEM}, without side suffix
 * @returns the key, or undefined for an unknown code
 */
export function paramKeyOfCode(code: string): ParamKey | undefined {
  return (Object.keys(GAIT_CODES) as ParamKey[]).find((k) => GAIT_CODES[k].code === code);
}
