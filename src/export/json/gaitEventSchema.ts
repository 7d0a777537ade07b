/** Zod schemas of gait events and manual event edits, shared by the bundle, measurements and backup schemas. */
import { z } from 'zod';

const side = z.enum(['left', 'right']);
const eventType = z.enum(['heel-strike', 'toe-off']);
const timeS = z.number().min(0, 'time must not be negative');

/** Schema of one gait event. */
export const gaitEventSchema = z.strictObject({
  side,
  type: eventType,
  timeS,
  frame: z.number().int().min(0),
  confidenceFrac: z.number().min(0).max(1),
  source: z.enum(['zeni', 'foot-velocity', 'manual', 'import']),
});

/** Schema of one manual event edit. */
export const eventEditSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), event: gaitEventSchema }),
  z.strictObject({ op: z.literal('delete'), side, type: eventType, timeS }),
  z.strictObject({
    op: z.literal('move'),
    side,
    type: eventType,
    fromTimeS: timeS,
    toTimeS: timeS,
  }),
]);
