/** Form drafts of the save form and their conversion to store records. */
import type { Patient } from '../../core/norms/types';
import type { CameraView, PatientRecord, SessionRecord, Sex } from '../../store/types';

/** The new-patient fields as typed (strings until saved). */
export interface PatientDraft {
  code: string;
  birthYear: string;
  sex: Sex;
  heightCm: string;
  notes: string;
}

/** The session fields as typed. */
export interface SessionDraft {
  /** `datetime-local` value, local time `YYYY-MM-DDTHH:MM`. */
  date: string;
  aid: string;
  footwear: string;
  distanceM: string;
  cameraView: CameraView;
  operatorNotes: string;
}

/** Camera views offered in the form, with labels. */
export const CAMERA_VIEWS: readonly [CameraView, string][] = [
  ['sagittal-left', 'Side view, patient’s left side to the camera'],
  ['sagittal-right', 'Side view, patient’s right side to the camera'],
  ['frontal-approaching', 'Front view, walking towards the camera'],
  ['frontal-leaving', 'Back view, walking away from the camera'],
  ['oblique', 'Oblique'],
  ['unknown', 'Not recorded'],
];

/** An empty new-patient draft. */
export const EMPTY_PATIENT: Readonly<PatientDraft> = Object.freeze({
  code: '',
  birthYear: '',
  sex: 'unknown',
  heightCm: '',
  notes: '',
});

/**
 * A new-patient draft from what the results screen was analysed with.
 * @param p - age (y), sex and height (cm) given on the results screen
 * @param year - the current year (the birth year is year − age)
 * @returns the draft with birth year, sex and height filled where known
 */
export function patientDraftFrom(p: Patient, year = new Date().getFullYear()): PatientDraft {
  return {
    ...EMPTY_PATIENT,
    birthYear: p.ageYears !== undefined ? String(year - Math.round(p.ageYears)) : '',
    sex: p.sex === 'f' ? 'female' : p.sex === 'm' ? 'male' : 'unknown',
    heightCm: p.heightCm !== undefined ? String(p.heightCm) : '',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A session draft for a date.
 * @param date - the assessment time (default now)
 * @param from - metadata of an already saved session to start from
 * @returns the draft, date in local time
 */
export function sessionDraft(
  date = new Date(),
  from?: Omit<SessionRecord, 'id' | 'patientId'>,
): SessionDraft {
  const d = from ? new Date(from.dateIso) : date;
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return {
    date: local,
    aid: from?.condition.aid ?? 'none',
    footwear: from?.condition.footwear ?? '',
    distanceM: from?.condition.distanceM?.toString() ?? '',
    cameraView: from?.condition.cameraView ?? 'sagittal-left',
    operatorNotes: from?.operatorNotes ?? '',
  };
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/**
 * A patient record from a draft (the form's constraints have checked the ranges).
 * @param d - the draft
 * @param id - the new record's key
 * @param createdIso - creation time
 * @returns the record; empty numbers become null
 */
export function toPatientRecord(d: PatientDraft, id: string, createdIso: string): PatientRecord {
  return {
    id,
    code: d.code.trim(),
    birthYear: num(d.birthYear),
    sex: d.sex,
    heightCm: num(d.heightCm),
    notes: d.notes,
    createdIso,
  };
}

/**
 * Session metadata from a draft.
 * @param d - the draft
 * @returns date (ISO 8601, UTC), condition (distance m or null) and notes
 */
export function toSessionMeta(d: SessionDraft): Omit<SessionRecord, 'id' | 'patientId'> {
  const date = new Date(d.date);
  return {
    dateIso: (Number.isNaN(date.getTime()) ? new Date() : date).toISOString(),
    condition: {
      aid: d.aid.trim(),
      footwear: d.footwear.trim(),
      distanceM: num(d.distanceM),
      cameraView: d.cameraView,
    },
    operatorNotes: d.operatorNotes,
  };
}
