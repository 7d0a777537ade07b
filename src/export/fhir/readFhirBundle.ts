/** Reader of GaitLens's FHIR R4 Bundle of gait Observations (writer: writeFhirBundle.ts). */
import { z } from 'zod';
import type { ParamKey } from '../../core/params/types';
import { parseJsonText } from '../json/parseJsonText';
import { toInputFormatError } from '../json/toInputFormatError';
import { GAIT_CODE_SYSTEM, PATIENT_CODE_SYSTEM, paramKeyOfCode } from './gaitCodes';

/** One parameter value read from an Observation. */
export interface FhirParamValue {
  key: ParamKey;
  /** `all` for the Observation's value, `left`/`right` for its components. */
  side: 'all' | 'left' | 'right';
  value: number;
  /** UCUM code of the unit, e.g. `m/s`, `/min`. */
  ucum: string;
  /** Steps or cycles behind the value (component `<code>[-side]-n-used`); null when absent. */
  nUsed: number | null;
}

/** What the reader finds in a Bundle. */
export interface FhirReadResult {
  patientCode: string | null;
  effectiveIso: string | null;
  values: FhirParamValue[];
  /** Resources that are not GaitLens gait Observations (skipped). */
  nSkipped: number;
}

const coding = z.looseObject({ system: z.string().optional(), code: z.string().optional() });
const concept = z.looseObject({ coding: z.array(coding).optional() });
const quantity = z.looseObject({ value: z.number(), code: z.string().optional() });
const resource = z.looseObject({
  resourceType: z.string(),
  identifier: z
    .array(z.looseObject({ system: z.string().optional(), value: z.string().optional() }))
    .optional(),
  code: concept.optional(),
  effectiveDateTime: z.string().optional(),
  valueQuantity: quantity.optional(),
  component: z
    .array(
      z.looseObject({
        code: concept,
        valueQuantity: quantity.optional(),
        valueInteger: z.number().int().nonnegative().optional(),
      }),
    )
    .optional(),
});
const bundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  entry: z.array(z.looseObject({ resource })).max(10_000).default([]),
});

const localCode = (c: z.infer<typeof concept> | undefined): string | undefined =>
  c?.coding?.find((x) => x.system === GAIT_CODE_SYSTEM)?.code;

/**
 * Read a FHIR Bundle written by {@link writeFhirBundle} back into parameter values.
 * @param text - the Bundle's JSON text
 * @returns the patient pseudonym, the effective date and one value per parameter and side, with the
 *   number of steps or cycles behind it
 * @throws InputFormatError `not-json`, `too-large`, or `schema` (with the JSON path) for a Bundle that is not a
 *   collection or an Observation without a numeric value
 */
export function readFhirBundle(text: string): FhirReadResult {
  const parsed = bundle.safeParse(parseJsonText(text, 'FHIR Bundle'));
  if (!parsed.success) throw toInputFormatError(parsed.error, 'FHIR Bundle');
  const out: FhirReadResult = { patientCode: null, effectiveIso: null, values: [], nSkipped: 0 };
  for (const { resource: r } of parsed.data.entry) {
    if (r.resourceType === 'Patient') {
      out.patientCode =
        r.identifier?.find((i) => i.system === PATIENT_CODE_SYSTEM)?.value ?? out.patientCode;
      continue;
    }
    const key =
      r.resourceType === 'Observation' ? paramKeyOfCode(localCode(r.code) ?? '') : undefined;
    if (!key || !r.valueQuantity) {
      out.nSkipped++;
      continue;
    }
    out.effectiveIso ??= r.effectiveDateTime ?? null;
    const base = localCode(r.code) ?? '';
    const count = (side: FhirParamValue['side']): number | null =>
      r.component?.find(
        (c) => localCode(c.code) === `${base}${side === 'all' ? '' : `-${side}`}-n-used`,
      )?.valueInteger ?? null;
    const value = (side: FhirParamValue['side'], q: z.infer<typeof quantity>): FhirParamValue => ({
      key,
      side,
      value: q.value,
      ucum: q.code ?? '',
      nUsed: count(side),
    });
    out.values.push(value('all', r.valueQuantity));
    for (const c of r.component ?? []) {
      const side = localCode(c.code)?.match(/-(left|right)$/)?.[1] as 'left' | 'right' | undefined;
      if (side && c.valueQuantity) out.values.push(value(side, c.valueQuantity));
    }
  }
  return out;
}
