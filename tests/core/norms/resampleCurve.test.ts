import { describe, expect, it } from 'vitest';
import { resampleCurve } from '../../../src/core/norms/resampleCurve';

describe('resampleCurve(values, nPoints)', () => {
  it('resampleCurve(line of 51 points, 101) stays on the line', () => {
    const line = Array.from({ length: 51 }, (_, i) => 3 * i * 2 - 7); // value = 3·pct − 7
    resampleCurve(line, 101).forEach((v, p) => expect(v).toBeCloseTo(3 * p - 7, 12));
  });

  it('resampleCurve(values, same length) returns an equal copy, not the input', () => {
    const v = [1, 2, 3];
    const r = resampleCurve(v, 3);
    expect(r).toEqual(v);
    expect(r).not.toBe(v);
  });

  it('resampleCurve([0, NaN, 2], 5) keeps exact samples and spreads NaN only between them', () => {
    const r = resampleCurve([0, NaN, 2], 5);
    expect(r[0]).toBe(0);
    expect(r[4]).toBe(2);
    expect([r[1], r[2], r[3]].every((x) => Number.isNaN(x))).toBe(true);
  });
});
