import { describe, expect, it } from 'vitest';
import { formatSigned, formatValue, quantityOfKey } from '../../../src/core/tokens/quantities';

describe('quantityOfKey', () => {
  it('quantityOfKey(key) strips the unit suffix and converts to snake_case', () => {
    expect(quantityOfKey('cadenceStepsPerMin')).toEqual({ quantity: 'cadence', unit: 'steps/min' });
    expect(quantityOfKey('doubleSupportPct')).toEqual({ quantity: 'double_support', unit: '%' });
    expect(quantityOfKey('speedMPerS')).toEqual({ quantity: 'speed', unit: 'm/s' });
    expect(quantityOfKey('stepLengthM')).toEqual({ quantity: 'step_length', unit: 'm' });
    expect(quantityOfKey('stanceS')).toEqual({ quantity: 'stance_time', unit: 's' });
    expect(quantityOfKey('kneeFlexionPeakSwingDeg')).toEqual({
      quantity: 'knee_flexion_peak_swing',
      unit: 'deg',
    });
  });
});

describe('formatValue / formatSigned', () => {
  it('formatValue(value, unit, decimals) attaches % without a space, omits an empty unit and prints NaN as not measured', () => {
    expect(formatValue(31, '%', 1)).toBe('31.0%');
    expect(formatValue(0.854, '', 2)).toBe('0.85');
    expect(formatValue(NaN, 's', 2)).toBe('not measured');
    expect(formatValue(-0.001, 's', 2)).toBe('0.00 s');
  });

  it('formatSigned(value, decimals) always shows the sign', () => {
    expect(formatSigned(2.096, 1)).toBe('+2.1');
    expect(formatSigned(-0.44, 1)).toBe('-0.4');
    expect(formatSigned(-0.01, 1)).toBe('+0.0');
  });
});
