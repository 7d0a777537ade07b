/**
 * Strict zod schema of the skeleton format `gaitlens.skeleton/1` (see docs/export-formats.md).
 * JSON has no NaN: `quality.meanVisibilityFrac` is written as null when NaN and read back as NaN.
 */
import { z } from 'zod';
import { BLAZEPOSE_LANDMARKS, LANDMARK_COUNT } from '../../core/skeleton/landmarks';
import { SKELETON_FORMAT } from '../../core/skeleton/types';
import type { Skeleton } from '../../core/skeleton/types';
import { rateFitsTimes } from '../sampleRate';

/** Most frames a skeleton file may hold (about 55 min at 30 Hz). */
export const MAX_SKELETON_FRAMES = 100_000;
/** Longest short text field (names, model, software), characters. */
export const MAX_SHORT_TEXT = 256;

const shortText = z.string().max(MAX_SHORT_TEXT);
const finite = z.number();
const frac = z.number().min(0).max(1);
const point3 = z.tuple([finite, finite, finite]);
const perLandmark = <T extends z.ZodType>(item: T) =>
  z.array(item).length(LANDMARK_COUNT, `expected ${LANDMARK_COUNT} landmarks`);

const qualitySchema = z.strictObject({
  subjectFound: z.boolean(),
  lowerBodyInView: z.boolean(),
  meanVisibilityFrac: frac.nullable().transform((v) => v ?? NaN),
  posesInFrame: z.number().int().min(0).max(100),
  issues: z
    .array(z.enum(['no-person', 'subject-lost', 'lower-body-out-of-view', 'low-visibility']))
    .max(4),
});

const frameSchema = z
  .strictObject({
    timeS: z.number().min(0, 'time must not be negative'),
    image: perLandmark(point3).nullable(),
    world: perLandmark(point3).nullable(),
    visibility: perLandmark(frac).nullable(),
    presence: perLandmark(frac).nullable(),
    quality: qualitySchema,
  })
  .superRefine((frame, ctx) => {
    // Presence may be null on its own: the pose model does not always report it (docs/skeleton-format.md).
    const nulls = [frame.image, frame.world, frame.visibility].filter((a) => a === null).length;
    if (nulls !== 0 && nulls !== 3) {
      ctx.addIssue({
        code: 'custom',
        message: 'image, world and visibility must all be null or all present',
        path: ['image'],
      });
    } else if (nulls === 3 && frame.presence !== null) {
      ctx.addIssue({
        code: 'custom',
        message: 'presence must be null in a frame without a subject',
        path: ['presence'],
      });
    }
  });

const captureSchema = z.strictObject({
  source: z.enum(['file', 'webcam', 'mocap', 'synthetic', 'import']),
  fileName: shortText.optional(),
  widthPx: z.number().int().min(1).max(100_000),
  heightPx: z.number().int().min(1).max(100_000),
  sourceWidthPx: z.number().int().min(1).max(100_000).optional(),
  sourceHeightPx: z.number().int().min(1).max(100_000).optional(),
  model: shortText,
  delegate: z.enum(['CPU', 'GPU']).optional(),
  createdIso: shortText,
  software: shortText,
  subjectSelection: z
    .strictObject({
      method: z.enum(['auto-walker', 'user-click']),
      seedFrame: z.number().int().min(0),
    })
    .optional(),
});

/**
 * Schema of a whole skeleton; parsing yields a {@link Skeleton}. `fpsHz` must agree with the frame
 * times (`rateFitsTimes`: within half a frame plus 2 % over the recording), else the issue carries
 * `inputCode: 'inconsistent'`.
 */
export const skeletonSchema = z
  .strictObject({
    format: z.literal(SKELETON_FORMAT),
    fpsHz: z.number().gt(0).max(1000),
    landmarkNames: z
      .array(shortText)
      .length(LANDMARK_COUNT, `expected ${LANDMARK_COUNT} landmark names`)
      .refine(
        (names) => names.every((n, i) => n === BLAZEPOSE_LANDMARKS[i]),
        'landmark names must be the 33 BlazePose names in order',
      ),
    frames: z
      .array(frameSchema)
      .max(MAX_SKELETON_FRAMES, `at most ${MAX_SKELETON_FRAMES} frames`)
      .superRefine((frames, ctx) => {
        for (let i = 1; i < frames.length; i++) {
          const prev = frames[i - 1]!.timeS;
          if (!(frames[i]!.timeS > prev)) {
            ctx.addIssue({
              code: 'custom',
              message: `frame times must increase (previous frame at ${prev} s)`,
              path: [i, 'timeS'],
            });
            return;
          }
        }
      }),
    capture: captureSchema,
  })
  .superRefine((s, ctx) => {
    const n = s.frames.length;
    if (n < 2) return;
    const firstS = s.frames[0]!.timeS;
    const lastS = s.frames[n - 1]!.timeS;
    if (rateFitsTimes(s.fpsHz, firstS, lastS, n)) return;
    ctx.addIssue({
      code: 'custom',
      message: `fpsHz ${s.fpsHz} disagrees with the frame times: ${n} frames from ${firstS} to ${lastS} s are ${((n - 1) / (lastS - firstS)).toPrecision(4)} frames per second`,
      path: ['fpsHz'],
      params: { inputCode: 'inconsistent' },
    });
  });

// Compile-time check: what the schema accepts is a Skeleton.
const _isSkeleton = (s: z.output<typeof skeletonSchema>): Skeleton => s;
void _isSkeleton;
