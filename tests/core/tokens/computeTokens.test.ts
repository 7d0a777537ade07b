import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/core/params/types';
import { computeTokens } from '../../../src/core/tokens/computeTokens';
import type { TokenInput } from '../../../src/core/tokens/types';
import { pooled, sided, stat } from './fixtures';

const OK = { ok: true, reasons: [] };

describe('computeTokens', () => {
  it('computeTokens({cadence with norm, refused speed}) matches the reviewed golden JSON', () => {
    const speed: Parameter = {
      key: 'speedMPerS',
      unit: 'm/s',
      all: { ...stat(null, 0, null, ['no-scale']) },
    };
    const set = computeTokens({
      parameters: [speed, pooled('cadenceStepsPerMin', 'steps/min', 173.7, [115, 28])],
      quality: OK,
    });
    const golden: unknown = JSON.parse(
      readFileSync('tests/core/tokens/golden/minimal.tokens.json', 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(set))).toEqual(golden);
  });

  it('computeTokens(sided step time) adds left, right and a symmetry index 100·|L−R|/mean(L,R)', () => {
    const set = computeTokens({
      parameters: [sided('stepTimeS', 's', 0.66, 0.5, 0.81)],
      quality: OK,
    });
    expect(set.tokens.map((t) => t.id)).toEqual([
      'step_time',
      'step_time.left',
      'step_time.right',
      'step_time_asym',
    ]);
    const asym = set.tokens[3]!;
    expect(asym.value).toBeCloseTo((100 * 0.31) / 0.655, 10);
    expect(asym.unit).toBe('%');
    expect(asym.quality.nUsed).toBe(5);
  });

  it('computeTokens(asymmetryPct given) uses the supplied asymmetry instead of computing one', () => {
    const set = computeTokens({
      parameters: [sided('stepTimeS', 's', 0.66, 0.5, 0.81)],
      asymmetryPct: { stepTimeS: 40 },
      quality: OK,
    });
    expect(set.tokens.find((t) => t.id === 'step_time_asym')?.value).toBe(40);
  });

  it('computeTokens(parameters in any order) emits them in the fixed PARAM_ORDER', () => {
    const set = computeTokens({
      parameters: [
        pooled('doubleSupportPct', '%', 31),
        pooled('stepLengthM', 'm', 0.5),
        pooled('cadenceStepsPerMin', 'steps/min', 110),
      ],
      quality: OK,
    });
    expect(set.tokens.map((t) => t.quantity)).toEqual(['cadence', 'step_length', 'double_support']);
    expect(set.tokens.map((t) => t.decimals)).toEqual([1, 2, 1]);
  });

  it('computeTokens(kinematics and TED) names kinematics from their keys and maps TED confidence none to NaN', () => {
    const input: TokenInput = {
      parameters: [],
      kinematics: [
        { key: 'kneeFlexionPeakSwingDeg', side: 'right', value: 55 },
        { key: 'armSwingRomDeg', side: 'left', value: 20 },
        { key: 'kneeFlexionPeakSwingDeg', side: 'left', value: 60 },
      ],
      quality: OK,
    };
    const set = computeTokens(input);
    expect(set.tokens.map((t) => t.id)).toEqual([
      'arm_swing_rom.left',
      'knee_flexion_peak_swing.left',
      'knee_flexion_peak_swing.right',
    ]);
    expect(set.tokens[0]!.unit).toBe('deg');
  });

  it('computeTokens(input) does not modify its input and the result survives structuredClone', () => {
    const input: TokenInput = {
      parameters: [sided('stepTimeS', 's', 0.66, 0.5, 0.81, [0.55, 0.05])],
      quality: OK,
    };
    const copy = structuredClone(input);
    const set = computeTokens(input);
    expect(input).toEqual(copy);
    expect(structuredClone(set)).toEqual(set);
  });
});
