import type { Patient } from '../src/core/norms/types';

/** parseArgs options shared by the commands that take a patient description. */
export const PATIENT_OPTIONS = Object.freeze({
  'height-cm': { type: 'string' },
  age: { type: 'string' },
  sex: { type: 'string' },
} as const);

/**
 * Read `--height-cm`, `--age` and `--sex` into a patient description.
 * @param values - parsed option values
 * @returns the patient, or null when a value is invalid (height 50–250 cm, age 0–120 y, sex f|m)
 */
export function parsePatientArgs(values: {
  'height-cm'?: string;
  age?: string;
  sex?: string;
}): Patient | null {
  const num = (s: string | undefined, lo: number, hi: number): number | null | undefined => {
    if (s === undefined) return undefined;
    const v = Number(s);
    return Number.isFinite(v) && v >= lo && v <= hi ? v : null;
  };
  const heightCm = num(values['height-cm'], 50, 250);
  const ageYears = num(values.age, 0, 120);
  if (heightCm === null || ageYears === null) return null;
  if (values.sex !== undefined && values.sex !== 'f' && values.sex !== 'm') return null;
  const patient: Patient = {};
  if (heightCm !== undefined) patient.heightCm = heightCm;
  if (ageYears !== undefined) patient.ageYears = ageYears;
  if (values.sex !== undefined) patient.sex = values.sex;
  return patient;
}
