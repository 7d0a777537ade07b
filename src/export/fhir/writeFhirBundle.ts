/** Writer of a FHIR R4 Bundle (type collection) of gait Observations (reader: readFhirBundle.ts). */
import { STEP_PARAMS, intervalsFor } from '../../core/params/intervalsFor';
import type { IntervalSelection } from '../../core/params/selectIntervals';
import type { Parameter } from '../../core/params/types';
import {
  GAIT_CODES,
  GAIT_CODE_SYSTEM,
  LOINC_4M_GAIT_SPEED,
  LOINC_SYSTEM,
  PATIENT_CODE_SYSTEM,
  UCUM_SYSTEM,
} from './gaitCodes';

/** What goes into the FHIR export. */
export interface FhirExportInput {
  /** Pseudonymous patient code; null to leave the Patient out. */
  patientCode: string | null;
  /** ISO 8601 date-time of the assessment (Observation.effectiveDateTime). */
  effectiveIso: string;
  /** ISO 8601 instant the export was made (Bundle.timestamp, Observation.issued). */
  issuedIso: string;
  /** Walked distance, m; null when not measured. Only exactly 4 m adds the LOINC 4-metre gait speed code. */
  walkedDistanceM: number | null;
  parameters: readonly Parameter[];
  /** Steps and strides the parameters used (`MeasurementsResult.intervals`): the notes name the
   *  reasons of the excluded ones; without it they give the count only. */
  intervals?: IntervalSelection;
}

type Json = Record<string, unknown>;

function quantity(value: number, key: Parameter['key']): Json {
  const c = GAIT_CODES[key];
  return { value: Number(value.toPrecision(6)), unit: c.unit, system: UCUM_SYSTEM, code: c.ucum };
}

// `Mean of 7 steps (1 excluded: implausible-duration 1), SD 0.02, quality C.`
function statNote(p: Parameter, intervals: IntervalSelection | undefined): string {
  const s = p.all;
  const use = intervals ? intervalsFor(intervals, p.key, 'all') : null;
  const kind = use?.kind ?? (STEP_PARAMS.has(p.key) ? 'steps' : 'cycles');
  const reasons = new Map<string, number>();
  for (const r of use?.excluded ?? []) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  const missing = s.nDropped - (use?.excluded.length ?? s.nDropped);
  if (missing > 0) reasons.set('missing-data', missing);
  const why = [...reasons].map(([r, k]) => `${r} ${k}`).join(', ');
  const excluded = s.nDropped > 0 ? ` (${s.nDropped} excluded${why ? `: ${why}` : ''})` : '';
  const sd = s.sd === null ? '' : `, SD ${Number(s.sd.toPrecision(3))}`;
  return `Mean of ${s.nUsed} ${kind}${excluded}${sd}${s.grade ? `, quality ${s.grade}` : ''}.`;
}

// Component with the number of steps or cycles behind the pooled value or a side's.
function countComponent(p: Parameter, side: 'all' | 'left' | 'right'): Json[] {
  const stat = p[side];
  if (!stat) return [];
  const c = GAIT_CODES[p.key];
  const code = side === 'all' ? `${c.code}-n-used` : `${c.code}-${side}-n-used`;
  const display = `${c.display}${side === 'all' ? '' : `, ${side}`}: number of ${STEP_PARAMS.has(p.key) ? 'steps' : 'cycles'} used`;
  return [
    {
      code: { coding: [{ system: GAIT_CODE_SYSTEM, code, display }] },
      valueInteger: stat.nUsed,
    },
  ];
}

function observation(p: Parameter, input: FhirExportInput, patientUrl: string | null): Json | null {
  const mean = p.all.mean;
  if (mean === null || !Number.isFinite(mean)) return null;
  const c = GAIT_CODES[p.key];
  const coding: Json[] = [{ system: GAIT_CODE_SYSTEM, code: c.code, display: c.display }];
  if (
    p.key === 'speedMPerS' &&
    input.walkedDistanceM !== null &&
    Math.abs(input.walkedDistanceM - 4) < 1e-9
  ) {
    coding.push({ system: LOINC_SYSTEM, code: LOINC_4M_GAIT_SPEED });
  }
  const components = (['left', 'right'] as const).flatMap((side) => {
    const v = p[side]?.mean;
    if (v === null || v === undefined || !Number.isFinite(v)) return [];
    const code = `${c.code}-${side}`;
    return [
      {
        code: { coding: [{ system: GAIT_CODE_SYSTEM, code, display: `${c.display}, ${side}` }] },
        valueQuantity: quantity(v, p.key),
      },
    ];
  });
  const counts = (['all', 'left', 'right'] as const).flatMap((side) => countComponent(p, side));
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'exam' },
        ],
      },
    ],
    code: { coding, text: c.display },
    ...(patientUrl ? { subject: { reference: patientUrl } } : {}),
    effectiveDateTime: input.effectiveIso,
    issued: input.issuedIso,
    valueQuantity: quantity(mean, p.key),
    note: [
      {
        text: `${statNote(p, input.intervals)} Video pose estimation (GaitLens); not a diagnostic device.`,
      },
    ],
    method: { text: 'Markerless video pose estimation (BlazePose), GaitLens' },
    component: [...components, ...counts],
  };
}

/**
 * Write gait parameters as a FHIR R4 Bundle of type `collection`.
 * @param input - patient pseudonym, dates, walked distance and parameters; not modified
 * @returns the Bundle as JSON text: an optional Patient (identifier = pseudonym, nothing else) and one
 *   Observation per parameter with a pooled mean (valueQuantity in UCUM), per-side means as components,
 *   the number of steps or cycles behind each (components `<code>-n-used`, `<code>-<side>-n-used`,
 *   valueInteger) and a note with that count and the excluded intervals by reason
 * @remarks Refused parameters (mean null) are left out. Codes come from the local system
 *   `https://gaitlens.app/fhir/CodeSystem/gait`; see gaitCodes.ts for why LOINC is used only for a 4 m walk.
 */
export function writeFhirBundle(input: FhirExportInput): string {
  const entries: Json[] = [];
  let patientUrl: string | null = null;
  if (input.patientCode !== null) {
    patientUrl = `urn:uuid:${globalThis.crypto.randomUUID()}`;
    entries.push({
      fullUrl: patientUrl,
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: PATIENT_CODE_SYSTEM, value: input.patientCode }],
      },
    });
  }
  for (const p of input.parameters) {
    const resource = observation(p, input, patientUrl);
    if (resource) entries.push({ fullUrl: `urn:uuid:${globalThis.crypto.randomUUID()}`, resource });
  }
  return JSON.stringify(
    { resourceType: 'Bundle', type: 'collection', timestamp: input.issuedIso, entry: entries },
    null,
    1,
  );
}
