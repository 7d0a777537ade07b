/**
 * Registry of the export formats: name, file extension, MIME type, writer and reader. The CLI
 * (`gaitlens export`) and the UI list and call formats through it. Every format is skeleton-only: none
 * carries pixels, video or images. Passphrase encryption (crypto/encryptBundle.ts) wraps the JSON bundle and
 * is async, so it is not a registry entry.
 */
import type { GaitEvent } from '../core/events/types';
import type { IntervalSelection } from '../core/params/selectIntervals';
import type { Parameter } from '../core/params/types';
import { readC3d } from './c3d/readC3d';
import { writeC3d } from './c3d/writeC3d';
import { readLandmarksCsv } from './csv/readLandmarksCsv';
import { readStepsCsv } from './csv/readStepsCsv';
import { readStridesCsv } from './csv/readStridesCsv';
import { writeLandmarksCsv } from './csv/writeLandmarksCsv';
import { writeStepsCsv } from './csv/writeStepsCsv';
import { writeStridesCsv } from './csv/writeStridesCsv';
import { readFhirBundle } from './fhir/readFhirBundle';
import { writeFhirBundle } from './fhir/writeFhirBundle';
import type { GaitBundle } from './json/bundleTypes';
import { readBundleJson } from './json/readBundleJson';
import { readSkeletonJson } from './json/readSkeletonJson';
import { writeBundleJson } from './json/writeBundleJson';
import { writeSkeletonJson } from './json/writeSkeletonJson';
import { exportMetresPerUnit } from './exportSource';
import { readTrc } from './trc/readTrc';
import { writeTrc } from './trc/writeTrc';

/** What every writer is given: one session. */
export interface ExportSource {
  /** The session as a bundle (patient pseudonym, metadata, skeleton, detected events and edits, results). */
  bundle: GaitBundle;
  /** Final events, manual edits applied (`MeasurementsResult.events`, src/core/analysis); used by C3D. */
  finalEvents: readonly GaitEvent[];
  /** Measured parameters (`MeasurementsResult.parameters`, src/core/analysis); used by FHIR. */
  parameters: readonly Parameter[];
  /** Steps and strides the parameters used, and why others were excluded
   *  (`MeasurementsResult.intervals`); used by the step and stride CSVs and FHIR. */
  intervals: IntervalSelection;
}

/** Identifier of an export format. */
export type ExportFormatId =
  | 'bundle-json'
  | 'skeleton-json'
  | 'landmarks-csv'
  | 'steps-csv'
  | 'strides-csv'
  | 'trc'
  | 'c3d'
  | 'fhir-json';

/** One export format. */
export interface ExportFormat {
  id: ExportFormatId;
  /** Short English label (the UI shows its own translated label for the id). */
  label: string;
  /** File-name ending including the dot, e.g. `.trc`. */
  extension: string;
  mimeType: string;
  /** Text formats return a string (UTF-8), binary formats bytes. */
  write: (source: ExportSource) => string | Uint8Array;
  /** The format's reader (its result type is the reader's own). */
  read: (input: string | Uint8Array) => unknown;
}

const text = (input: string | Uint8Array): string =>
  typeof input === 'string' ? input : new TextDecoder().decode(input);
const bytes = (input: string | Uint8Array): Uint8Array =>
  typeof input === 'string' ? new TextEncoder().encode(input) : input;

/** Every export format, in the order the UI lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = Object.freeze([
  {
    id: 'bundle-json',
    label: 'GaitLens bundle (JSON)',
    extension: '.gaitlens.json',
    mimeType: 'application/json',
    write: (s) => writeBundleJson(s.bundle),
    read: (i) => readBundleJson(text(i)),
  },
  {
    id: 'skeleton-json',
    label: 'Skeleton (JSON)',
    extension: '.skeleton.json',
    mimeType: 'application/json',
    write: (s) => writeSkeletonJson(s.bundle.skeleton),
    read: (i) => readSkeletonJson(text(i)),
  },
  {
    id: 'landmarks-csv',
    label: 'Landmarks per frame (CSV)',
    extension: '.landmarks.csv',
    mimeType: 'text/csv',
    write: (s) => writeLandmarksCsv(s.bundle.skeleton),
    read: (i) => readLandmarksCsv(text(i)),
  },
  {
    id: 'steps-csv',
    label: 'Steps (CSV)',
    extension: '.steps.csv',
    mimeType: 'text/csv',
    write: (s) => writeStepsCsv(s.intervals),
    read: (i) => readStepsCsv(text(i)),
  },
  {
    id: 'strides-csv',
    label: 'Strides (CSV)',
    extension: '.strides.csv',
    mimeType: 'text/csv',
    write: (s) => writeStridesCsv(s.intervals),
    read: (i) => readStridesCsv(text(i)),
  },
  {
    id: 'trc',
    label: 'OpenSim markers (TRC)',
    extension: '.trc',
    mimeType: 'text/plain',
    write: (s) => writeTrc(s.bundle.skeleton, { metresPerUnit: exportMetresPerUnit(s) }),
    read: (i) => readTrc(text(i)),
  },
  {
    id: 'c3d',
    label: 'C3D',
    extension: '.c3d',
    mimeType: 'application/octet-stream',
    write: (s) =>
      writeC3d(s.bundle.skeleton, s.finalEvents, { metresPerUnit: exportMetresPerUnit(s) }),
    read: (i) => readC3d(bytes(i)),
  },
  {
    id: 'fhir-json',
    label: 'FHIR R4 Observations (JSON)',
    extension: '.fhir.json',
    mimeType: 'application/fhir+json',
    write: (s) =>
      writeFhirBundle({
        patientCode: s.bundle.patient?.code ?? null,
        effectiveIso: s.bundle.session.dateIso,
        issuedIso: s.bundle.createdIso,
        walkedDistanceM: s.bundle.session.condition.distanceM,
        parameters: s.parameters,
        intervals: s.intervals,
      }),
    read: (i) => readFhirBundle(text(i)),
  },
] satisfies ExportFormat[]);

/**
 * Find a format by id.
 * @param id - the format id
 * @returns the format
 */
export function exportFormat(id: ExportFormatId): ExportFormat {
  const f = EXPORT_FORMATS.find((x) => x.id === id);
  if (!f) throw new RangeError(`Unknown export format "${id}"`);
  return f;
}
