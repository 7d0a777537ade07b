/** Strict zod schema of the GaitLens JSON bundle `gaitlens.bundle/1` (see docs/export-formats.md). */
import { z } from 'zod';
import { BUNDLE_FORMAT } from './bundleTypes';
import type { GaitBundle } from './bundleTypes';
import { MAX_SHORT_TEXT, skeletonSchema } from './skeletonSchema';

/** Longest free-text field (notes), characters. */
export const MAX_NOTES_TEXT = 20_000;
/** Most events (and edits) a bundle may hold. */
export const MAX_EVENTS = 20_000;

const shortText = z.string().max(MAX_SHORT_TEXT);
const notes = z.string().max(MAX_NOTES_TEXT);
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

/** Schema of the bundle's patient (pseudonymous). */
export const bundlePatientSchema = z.strictObject({
  code: z.string().min(1, 'patient code must not be empty').max(64),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  heightCm: z.number().min(30).max(272).nullable(),
  notes,
});

/** Schema of the bundle's session metadata. */
export const bundleSessionSchema = z.strictObject({
  dateIso: z.iso.datetime({ offset: true }).or(z.iso.date()),
  condition: z.strictObject({
    aid: shortText,
    footwear: shortText,
    distanceM: z.number().gt(0).max(10_000).nullable(),
    cameraView: z.enum([
      'sagittal-left',
      'sagittal-right',
      'frontal-approaching',
      'frontal-leaving',
      'oblique',
      'unknown',
    ]),
  }),
  operatorNotes: notes,
});

/** Schema of a whole bundle; parsing yields a {@link GaitBundle}. */
export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  createdIso: shortText,
  software: shortText,
  patient: bundlePatientSchema.nullable(),
  session: bundleSessionSchema,
  skeleton: skeletonSchema,
  events: z.array(gaitEventSchema).max(MAX_EVENTS),
  eventEdits: z.array(eventEditSchema).max(MAX_EVENTS),
  measurements: z.json(),
  tokens: z.json(),
  report: z.json(),
});

// Compile-time check: what the schema accepts is a GaitBundle.
const _isBundle = (b: z.output<typeof bundleSchema>): GaitBundle => b;
void _isBundle;
