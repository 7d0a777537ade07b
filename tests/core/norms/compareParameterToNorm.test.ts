import { describe, expect, it } from 'vitest';
import { compareParameterToNorm, flagFromZ } from '../../../src/core/norms/compareParameterToNorm';
import { applyNorms } from '../../../src/core/norms/applyNorms';
import type { Parameter, ParamStat } from '../../../src/core/params/types';
import { readCsv } from './readCsv';

/** Float precision: z is computed from bundled numbers with 4 decimals. */
const Z_TOL = 1e-9;
const facts = readCsv('../shared/data/norms/adult/spatiotemporal_published_facts.csv');

describe('compareParameterToNorm(key, value, patient)', () => {
  it('compareParameterToNorm(cadence, published comfortable adult cadence, 30 y man) is within', () => {
    // openacl's comfortable-class cadence of the Fukuchi adults: a published value independent of the bundled row.
    const fact = facts.find(
      (r) => r.variable === 'cadence' && (r.condition ?? '').includes('comfortable'),
    );
    const cadence = Number(fact?.mean);
    expect(cadence).toBeGreaterThan(100);
    const c = compareParameterToNorm('cadenceStepsPerMin', cadence, { ageYears: 30, sex: 'm' });
    expect(c.flag).toBe('within');
    expect(c.reference).toBe('FukuchiBMClab');
    expect(c.population).toContain('22–37 y, male');
    expect(c.z).toBeCloseTo((cadence - (c.mean ?? NaN)) / (c.sd ?? NaN), 12);
    expect(Math.abs(c.z ?? NaN)).toBeLessThan(1);
  });

  it('compareParameterToNorm(speed, 1.24 m/s, 70 y woman) uses Kasovic 2021 and gives z 0', () => {
    const c = compareParameterToNorm('speedMPerS', 1.24, { ageYears: 70, sex: 'f' });
    expect(c).toMatchObject({
      reference: 'Kasovic2021',
      mean: 1.24,
      sd: 0.28,
      flag: 'within',
      note: '',
    });
    expect(Math.abs(c.z ?? NaN)).toBeLessThan(Z_TOL);
  });

  it('compareParameterToNorm(speed, 0.6 m/s, 70 y) is below (z = −2.29) and 1.9 m/s above', () => {
    const slow = compareParameterToNorm('speedMPerS', 0.6, { ageYears: 70 });
    expect(slow.z).toBeCloseTo((0.6 - 1.24) / 0.28, 12);
    expect(slow.flag).toBe('below');
    expect(compareParameterToNorm('speedMPerS', 1.9, { ageYears: 70 }).flag).toBe('above');
  });

  it('compareParameterToNorm(speed, value, 45 y, no sex) uses the Fukuchi row for both sexes', () => {
    const c = compareParameterToNorm('speedMPerS', 1.25, { ageYears: 45 });
    expect(c.reference).toBe('Fukuchi2018');
    expect(c.population).toContain('21–84 y, both sexes');
  });

  it('compareParameterToNorm(value, no age) is no-norm with note "age unknown"', () => {
    const c = compareParameterToNorm('cadenceStepsPerMin', 110, { sex: 'f' });
    expect(c).toEqual({
      reference: '',
      population: '',
      mean: null,
      sd: null,
      z: null,
      flag: 'no-norm',
      note: 'age unknown',
    });
  });

  it('compareParameterToNorm(child, adult-only parameter, null value, stance) is no-norm with the reason', () => {
    expect(compareParameterToNorm('cadenceStepsPerMin', 130, { ageYears: 8 }).note).toMatch(
      /paediatric/,
    );
    expect(compareParameterToNorm('cadenceStepsPerMin', null, { ageYears: 30 }).note).toBe(
      'no value',
    );
    expect(compareParameterToNorm('stancePct', 61, { ageYears: 30 }).note).toMatch(
      /no verified norm/,
    );
  });

  it('compareParameterToNorm(age 19 / age 95) stretches the nearest group by ≤ 5 y, else refuses', () => {
    const c19 = compareParameterToNorm('cadenceStepsPerMin', 115, { ageYears: 19 });
    expect(c19.flag).toBe('within');
    expect(c19.note).toMatch(/outside the reference range 21–37 y/);
    expect(compareParameterToNorm('cadenceStepsPerMin', 115, { ageYears: 95 }).flag).toBe(
      'no-norm',
    );
  });

  it('flagFromZ(z) uses |z| ≤ 2 as within', () => {
    expect([
      flagFromZ(2),
      flagFromZ(-2),
      flagFromZ(2.01),
      flagFromZ(-2.01),
      flagFromZ(NaN),
    ]).toEqual(['within', 'within', 'above', 'below', 'no-norm']);
  });
});

describe('applyNorms(parameters, patient)', () => {
  const stat = (mean: number | null): ParamStat => ({
    mean,
    sd: null,
    cvPct: null,
    nUsed: 4,
    nDropped: 0,
    grade: 'A',
    reasons: [],
  });
  const params: Parameter[] = [
    { key: 'cadenceStepsPerMin', unit: 'steps/min', all: stat(116) },
    { key: 'stepLengthM', unit: 'm', all: stat(0.64), left: stat(0.5), right: stat(null) },
  ];

  it('applyNorms(parameters, 30 y) fills norm for all and each present side without modifying the input', () => {
    const before = structuredClone(params);
    const out = applyNorms(params, { ageYears: 30 });
    expect(params).toEqual(before);
    expect(out[0]?.norm?.all?.flag).toBe('within');
    expect(out[0]?.norm?.left).toBeUndefined();
    expect(out[1]?.norm?.left?.flag).toBe('below'); // 0.50 m vs 0.64 ± 0.06 m
    expect(out[1]?.norm?.right?.note).toBe('no value');
    expect(structuredClone(out)).toEqual(out);
  });

  it('applyNorms(parameters, {}) gives no-norm "age unknown" for every stat that has a value', () => {
    const out = applyNorms(params, {});
    const notes = out
      .flatMap((p) => Object.values(p.norm ?? {}))
      .map((n) => `${n.flag}: ${n.note}`);
    expect(notes).toEqual([
      'no-norm: age unknown',
      'no-norm: age unknown',
      'no-norm: age unknown',
      'no-norm: no value',
    ]);
  });
});
