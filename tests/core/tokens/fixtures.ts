/** Hand-built measurement inputs for token, report and grounding tests. */
import type {
  NormComparison,
  Parameter,
  ParamKey,
  ParamStat,
} from '../../../src/core/params/types';

/** A parameter summary with mean, nUsed and optional grade / reasons. */
export function stat(
  mean: number | null,
  nUsed = 10,
  grade: ParamStat['grade'] = 'A',
  reasons: ParamStat['reasons'] = [],
): ParamStat {
  return { mean, sd: null, cvPct: null, nUsed, nDropped: 0, grade, reasons };
}

/** A norm comparison of `value` with mean ± sd; z and flag (|z| > 2) computed here. */
export function normOf(
  value: number,
  mean: number,
  sd: number,
  reference = 'TestNorm',
): NormComparison {
  const z = (value - mean) / sd;
  return {
    reference,
    population: 'adults',
    mean,
    sd,
    z,
    flag: z > 2 ? 'above' : z < -2 ? 'below' : 'within',
    note: '',
  };
}

/** A pooled-only parameter, optionally with a norm (mean, sd). */
export function pooled(
  key: ParamKey,
  unit: string,
  mean: number | null,
  norm?: [number, number],
): Parameter {
  return {
    key,
    unit,
    all: stat(mean),
    ...(norm && mean !== null ? { norm: { all: normOf(mean, ...norm) } } : {}),
  };
}

/** A sided parameter: pooled mean, left and right means, optional norm applied to all three. */
export function sided(
  key: ParamKey,
  unit: string,
  all: number,
  left: number,
  right: number,
  norm?: [number, number],
): Parameter {
  return {
    key,
    unit,
    all: stat(all),
    left: stat(left, 5),
    right: stat(right, 5),
    ...(norm
      ? {
          norm: {
            all: normOf(all, ...norm),
            left: normOf(left, ...norm),
            right: normOf(right, ...norm),
          },
        }
      : {}),
  };
}
