import { describe, expect, it } from 'vitest';
import { toJsonValue } from '../../src/store/toJsonValue';

describe('toJsonValue(value)', () => {
  it('toJsonValue(v) turns NaN and ±Infinity into null and copies deeply', () => {
    const v = { a: NaN, b: [1, Infinity, -Infinity], c: { d: 'x' } };
    const out = toJsonValue(v);
    expect(out).toEqual({ a: null, b: [1, null, null], c: { d: 'x' } });
    expect((out as { c: object }).c).not.toBe(v.c);
  });
});
