/** Records for store tests, built on the export fixtures. */
import { makeSyntheticEvents, makeSyntheticSkeleton } from '../export/fixtures/syntheticSkeleton';
import type { PatientRecord, SessionBundle } from '../../src/store/types';

let counter = 0;

/**
 * A database name no other test uses (fake-indexeddb keeps databases for the whole test file).
 * @returns a fresh name
 */
export function freshDbName(): string {
  counter += 1;
  return `gaitlens-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A patient record.
 * @param code - pseudonym
 * @returns the record with a fixed id derived from the code
 */
export function makePatient(code = 'P-0042'): PatientRecord {
  return {
    id: `patient-${code}`,
    code,
    birthYear: 1957,
    sex: 'female',
    heightCm: 164,
    notes: '<script>x</script>',
    createdIso: '2025-01-01T09:00:00.000Z',
  };
}

/**
 * A session with skeleton, events, measurements and report.
 * @param patientId - owner
 * @param id - session key
 * @param dateIso - assessment date
 * @returns the session bundle
 */
export function makeSessionBundle(
  patientId: string,
  id = 'session-1',
  dateIso = '2025-01-02T10:00:00.000Z',
): SessionBundle {
  return {
    session: {
      id,
      patientId,
      dateIso,
      condition: { aid: 'none', footwear: 'shoes', distanceM: 8, cameraView: 'sagittal-left' },
      operatorNotes: 'trial 1',
    },
    skeleton: makeSyntheticSkeleton(20),
    // Only the events inside the 20 frames (0–0.63 s): a bundle refuses events outside its recording.
    events: makeSyntheticEvents().filter((e) => e.timeS <= 0.63),
    edits: [{ op: 'delete', side: 'left', type: 'toe-off', timeS: 0.72 }],
    measurements: { speedMPerS: 1.21 },
    report: { text: 'ok' },
  };
}
