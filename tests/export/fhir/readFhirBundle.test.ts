import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/core/params/types';
import { LOINC_4M_GAIT_SPEED } from '../../../src/export/fhir/gaitCodes';
import { readFhirBundle } from '../../../src/export/fhir/readFhirBundle';
import { writeFhirBundle } from '../../../src/export/fhir/writeFhirBundle';
import type { FhirExportInput } from '../../../src/export/fhir/writeFhirBundle';
import { makeSyntheticParameters } from '../fixtures/syntheticBundle';

const input = (over: Partial<FhirExportInput> = {}): FhirExportInput => ({
  patientCode: 'P-0042',
  effectiveIso: '2025-01-02T10:00:00Z',
  issuedIso: '2025-01-02T10:05:00Z',
  walkedDistanceM: 8,
  parameters: makeSyntheticParameters(),
  ...over,
});

// fhir 4.12's cached profiles (profiles/types.json) are FHIR R4 (4.0.1); Fhir() validates against R4 by default.
const fhir = new Fhir();

describe('writeFhirBundle(input)', () => {
  it('writeFhirBundle(input) produces a Bundle that the fhir package validates against R4 without errors', () => {
    const bundle = JSON.parse(writeFhirBundle(input())) as Record<string, unknown>;
    const result = fhir.validate(bundle);
    const errors = result.messages.filter((m) => m.severity === 'error');
    expect(errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(bundle.type).toBe('collection');
  });

  it('fhir.validate(bundle) does catch a broken Observation (the validator is not a no-op)', () => {
    const bundle = JSON.parse(writeFhirBundle(input())) as {
      entry: { resource: Record<string, unknown> }[];
    };
    bundle.entry[1]!.resource.status = 'done-ish';
    delete bundle.entry[1]!.resource.code;
    expect(fhir.validate(bundle).valid).toBe(false);
  });

  it('writeFhirBundle(input) uses UCUM units and the local code system, without LOINC for an 8 m walk', () => {
    const text = writeFhirBundle(input());
    const bundle = JSON.parse(text) as {
      entry: {
        resource: {
          code?: { coding: { system: string; code: string }[] };
          valueQuantity?: { system: string; code: string; unit: string };
        };
      }[];
    };
    const cadence = bundle.entry.find(
      (e) => e.resource.code?.coding[0]?.code === 'cadence',
    )!.resource;
    expect(cadence.valueQuantity).toMatchObject({
      system: 'http://unitsofmeasure.org',
      code: '/min',
      unit: 'steps/min',
    });
    expect(cadence.code!.coding[0]!.system).toBe('https://gaitlens.app/fhir/CodeSystem/gait');
    expect(text).not.toContain(LOINC_4M_GAIT_SPEED);
  });

  it('writeFhirBundle(input) adds LOINC 83172-7 to gait speed only for a 4 m walk', () => {
    const text = writeFhirBundle(input({ walkedDistanceM: 4 }));
    expect(text.match(/83172-7/g)).toHaveLength(1);
  });

  it('writeFhirBundle(input) leaves out refused parameters and the Patient when there is no code', () => {
    const refused: Parameter = {
      ...makeSyntheticParameters()[0]!,
      all: { ...makeSyntheticParameters()[0]!.all, mean: null },
    };
    const back = readFhirBundle(
      writeFhirBundle(input({ patientCode: null, parameters: [refused] })),
    );
    expect(back.values).toEqual([]);
    expect(back.patientCode).toBeNull();
  });
});

describe('readFhirBundle(writeFhirBundle(input))', () => {
  it('readFhirBundle(text) returns every pooled and per-side mean within 6 significant digits, with its nUsed', () => {
    const params = makeSyntheticParameters();
    const back = readFhirBundle(writeFhirBundle(input()));
    expect(back.patientCode).toBe('P-0042');
    expect(back.effectiveIso).toBe('2025-01-02T10:00:00Z');
    expect(back.nSkipped).toBe(0);
    let n = 0;
    for (const p of params) {
      for (const side of ['all', 'left', 'right'] as const) {
        const want = p[side]?.mean;
        const got = back.values.find((v) => v.key === p.key && v.side === side);
        if (want === undefined || want === null) {
          expect(got).toBeUndefined();
          continue;
        }
        expect(Math.abs(got!.value - want)).toBeLessThanOrEqual(Math.abs(want) * 1e-6);
        expect(got!.nUsed, `${p.key} ${side}`).toBe(p[side]!.nUsed);
        n++;
      }
    }
    expect(back.values).toHaveLength(n);
  });

  it('readFhirBundle(text) rejects a Bundle that is not a collection, with the path', () => {
    expect(() => readFhirBundle('{"resourceType":"Bundle","type":"document","entry":[]}')).toThrow(
      expect.objectContaining({ code: 'schema', path: 'type' }) as Error,
    );
    expect(() => readFhirBundle('{"resourceType":"Bundle"')).toThrow(
      expect.objectContaining({ code: 'not-json' }) as Error,
    );
  });
});

describe('writeFhirBundle(input with intervals)', () => {
  it('writeFhirBundle(input) notes the steps used and the excluded one with its reason, and validates against R4', () => {
    const stepTime = makeSyntheticParameters().find((p) => p.key === 'stepTimeS')!;
    const dropped = { ...stepTime, all: { ...stepTime.all, nUsed: 3, nDropped: 1 } };
    const row = (startS: number, over = {}) => ({
      side: 'left' as const,
      startSide: 'right' as const,
      startS,
      endS: startS + 0.55,
      usedPooled: true,
      usedBySide: true,
      excludedReason: null,
      ...over,
    });
    const intervals = {
      steps: [
        row(0.1),
        row(0.65),
        row(1.2),
        row(1.75, { usedPooled: false, usedBySide: false, excludedReason: 'crosses-bouts' }),
      ],
      strides: [],
    };
    const text = writeFhirBundle(input({ parameters: [dropped], intervals }));
    expect(fhir.validate(JSON.parse(text)).messages.filter((m) => m.severity === 'error')).toEqual(
      [],
    );
    expect(text).toContain('Mean of 3 steps (1 excluded: crosses-bouts 1), SD 0.02, quality A.');
    expect(readFhirBundle(text).values.find((v) => v.side === 'all')!.nUsed).toBe(3);
  });
});
