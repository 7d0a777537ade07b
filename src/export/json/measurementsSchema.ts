/**
 * Zod schema of the measurements a bundle carries (`gaitlens.measurements/1`, docs/measurements-format.md):
 * only what the exports write is checked (parameters, events, counts); other fields pass unchanged.
 */
import { z } from 'zod';
import type { ParamKey } from '../../core/params/types';
import { gaitEventSchema } from './gaitEventSchema';
import { PARAM_LIMITS, withinLimit } from './measurementLimits';

const count = z.number().int('must be a whole number').min(0, 'must not be negative');
const nonNegative = z.number().min(0, 'must not be negative');

const paramStatSchema = z.looseObject({
  mean: z.number().nullable(),
  sd: nonNegative.nullable(),
  cvPct: nonNegative.nullable(),
  nUsed: count,
  nDropped: count,
  grade: z.enum(['A', 'B', 'C']).nullable(),
  reasons: z.array(z.string()),
});

const SIDES = ['all', 'left', 'right'] as const;

const parameterSchema = z
  .looseObject({
    key: z.string(),
    unit: z.string(),
    all: paramStatSchema,
    left: paramStatSchema.optional(),
    right: paramStatSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const limit = PARAM_LIMITS[p.key as ParamKey] as (typeof PARAM_LIMITS)[ParamKey] | undefined;
    if (!limit) return;
    for (const side of SIDES) {
      const mean = p[side]?.mean;
      if (mean === null || mean === undefined || withinLimit(mean, limit)) continue;
      const lo = `${limit.minExclusive ? 'above' : 'at least'} ${limit.min}`;
      ctx.addIssue({
        code: 'custom',
        message: `${p.key} ${mean} ${p.unit} is not possible: it must be ${lo} and at most ${limit.max} ${p.unit} (${limit.why})`,
        path: [side, 'mean'],
      });
    }
  });

const sideCounts = z.looseObject({ left: count, right: count });

/** Schema of a measurements result inside a bundle (loose: fields it does not name pass as they are). */
export const measurementsSchema = z.looseObject({
  format: z.string().optional(),
  events: z.array(gaitEventSchema).optional(),
  parameters: z.array(parameterSchema).optional(),
  counts: z.looseObject({ heelStrike: sideCounts, toeOff: sideCounts }).optional(),
  cycles: z.looseObject({ left: count, right: count, dropped: count }).optional(),
});
