/** Strict zod schema of the GaitLens JSON bundle `gaitlens.bundle/1` (see docs/export-formats.md). */
import { z } from 'zod';
import { BUNDLE_FORMAT } from './bundleTypes';
import type { GaitBundle } from './bundleTypes';
import { eventEditSchema, gaitEventSchema } from './gaitEventSchema';
import { measurementsSchema } from './measurementsSchema';
import { MAX_SHORT_TEXT, skeletonSchema } from './skeletonSchema';

export { eventEditSchema, gaitEventSchema };

/** Longest free-text field (notes), characters. */
export const MAX_NOTES_TEXT = 20_000;
/** Most events (and edits) a bundle may hold. */
export const MAX_EVENTS = 20_000;

const shortText = z.string().max(MAX_SHORT_TEXT);
const notes = z.string().max(MAX_NOTES_TEXT);
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

/**
 * How far outside the recording (first to last frame time) an event of a bundle may lie, s: more than
 * the event detector's filter-bias correction (tens of ms), far less than any wrong time base.
 */
export const EVENT_OUTSIDE_TOLERANCE_S = 0.25;

/** Issue parameter that makes toInputFormatError use the code `inconsistent` instead of `schema`. */
export const INCONSISTENT = { inputCode: 'inconsistent' } as const;

/**
 * The bundle's measurements: any JSON (null when not measured); an object is checked with
 * {@link measurementsSchema} (implausible values, malformed counts and events are refused).
 */
export const bundleMeasurementsSchema = z.json().superRefine((m, ctx) => {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return;
  const r = measurementsSchema.safeParse(m);
  if (r.success) return;
  for (const issue of r.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

type TimedEvent = { timeS: number };
type Measured = { events?: TimedEvent[] } | null;

/** Every event time of a bundle with its path (detected, measured and edited events). */
function eventTimes(b: {
  events: TimedEvent[];
  eventEdits: z.output<typeof eventEditSchema>[];
  measurements: unknown;
}): { timeS: number; path: PropertyKey[] }[] {
  const out = b.events.map((e, i) => ({ timeS: e.timeS, path: ['events', i, 'timeS'] }));
  const m = b.measurements as Measured;
  const measured = m && typeof m === 'object' && Array.isArray(m.events) ? m.events : [];
  measured.forEach((e, i) =>
    out.push({ timeS: e.timeS, path: ['measurements', 'events', i, 'timeS'] }),
  );
  b.eventEdits.forEach((e, i) => {
    if (e.op === 'add')
      out.push({ timeS: e.event.timeS, path: ['eventEdits', i, 'event', 'timeS'] });
    if (e.op === 'move') out.push({ timeS: e.toTimeS, path: ['eventEdits', i, 'toTimeS'] });
  });
  return out;
}

/** Schema of a whole bundle; parsing yields a {@link GaitBundle}. */
export const bundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    createdIso: shortText,
    software: shortText,
    patient: bundlePatientSchema.nullable(),
    session: bundleSessionSchema,
    skeleton: skeletonSchema,
    events: z.array(gaitEventSchema).max(MAX_EVENTS),
    eventEdits: z.array(eventEditSchema).max(MAX_EVENTS),
    measurements: bundleMeasurementsSchema,
    tokens: z.json(),
    report: z.json(),
  })
  .superRefine((b, ctx) => {
    const frames = b.skeleton.frames;
    if (frames.length === 0) return;
    const firstS = frames[0]!.timeS;
    const lastS = frames[frames.length - 1]!.timeS;
    for (const { timeS, path } of eventTimes(b)) {
      if (timeS >= firstS - EVENT_OUTSIDE_TOLERANCE_S && timeS <= lastS + EVENT_OUTSIDE_TOLERANCE_S)
        continue;
      ctx.addIssue({
        code: 'custom',
        message: `an event at ${timeS} s lies outside the recording (${firstS} to ${lastS} s)`,
        path,
        params: INCONSISTENT,
      });
      return;
    }
  });

// Compile-time check: what the schema accepts is a GaitBundle.
const _isBundle = (b: z.output<typeof bundleSchema>): GaitBundle => b;
void _isBundle;
