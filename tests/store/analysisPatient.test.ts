import { describe, expect, it } from 'vitest';
import { analysisPatient } from '../../src/store/analysisPatient';

describe('analysisPatient(patient, dateIso)', () => {
  it('analysisPatient(record, date) gives age = session year − birth year, sex f/m and height cm', () => {
    expect(
      analysisPatient(
        { birthYear: 1957, sex: 'female', heightCm: 164 },
        '2025-01-02T10:00:00.000Z',
      ),
    ).toEqual({ ageYears: 68, sex: 'f', heightCm: 164 });
    expect(analysisPatient({ birthYear: 2000, sex: 'male', heightCm: null }, '2024-06-30')).toEqual(
      { ageYears: 24, sex: 'm' },
    );
  });

  it('analysisPatient(record, date) leaves out unknown sex, missing values and out-of-range ones', () => {
    expect(analysisPatient({ birthYear: null, sex: 'other', heightCm: 30 }, '2025-01-02')).toEqual(
      {},
    );
    expect(
      analysisPatient({ birthYear: 2030, sex: 'unknown', heightCm: 251 }, '2025-01-02'),
    ).toEqual({});
  });
});
