/** The norms' patient descriptor (src/core/norms) from a stored pseudonymous patient. */
import type { Patient } from '../core/norms/types';
import type { PatientRecord } from './types';

/**
 * Describe a stored patient for the analysis on the date of a session.
 * @param patient - birth year, sex and height (cm) of the record
 * @param dateIso - ISO 8601 date of the session
 * @returns `ageYears` = session year − birth year (0–120; only the birth year is stored, so the age
 *   may be one year too high before the birthday), `sex` `f`/`m` (absent for other/unknown) and
 *   `heightCm` (50–250); fields outside their range or not given are left out
 */
export function analysisPatient(
  patient: Pick<PatientRecord, 'birthYear' | 'sex' | 'heightCm'>,
  dateIso: string,
): Patient {
  const out: Patient = {};
  const year = new Date(dateIso).getUTCFullYear();
  if (patient.birthYear !== null && Number.isFinite(year)) {
    const age = year - patient.birthYear;
    if (age >= 0 && age <= 120) out.ageYears = age;
  }
  if (patient.sex === 'female') out.sex = 'f';
  if (patient.sex === 'male') out.sex = 'm';
  if (patient.heightCm !== null && patient.heightCm >= 50 && patient.heightCm <= 250)
    out.heightCm = patient.heightCm;
  return out;
}
