/** The parameter groups of a GaitLens C3D file (writer: writeC3d.ts), laid out as Vicon Nexus writes them. */
import type { GaitEvent } from '../../core/events/types';
import { DEFAULT_PREPROCESS_PARAMS } from '../../core/preprocess/preprocessTrajectories';
import type { C3dGroupInput } from './writeC3dParameters';

/** Input of {@link c3dGroups}. */
export interface C3dGroupsInput {
  /** POINT:LABELS, in data order. */
  labels: readonly string[];
  /** First and last C3D frame numbers, frame count and POINT:RATE (Hz). */
  frames: { first: number; last: number; count: number; rateHz: number };
  /** POINT:DATA_START, the first 512-byte block of the data. */
  dataStart: number;
  /** POINT:SCALE (negative: float storage). */
  scale: number;
  /** Events sorted by time. */
  events: readonly GaitEvent[];
  software: string;
  /** Metres per image-height unit the coordinates were scaled with (GAITLENS:METRES_PER_UNIT). */
  metresPerUnit: number;
}

/** Name of the one subject (EVENT:SUBJECTS, SUBJECTS:NAMES): a neutral word, never a patient's name or code. */
export const C3D_SUBJECT = 'Subject';

const EVENT_LABELS = { 'heel-strike': 'Foot Strike', 'toe-off': 'Foot Off' } as const;
const EVENT_DESCRIPTIONS = {
  'heel-strike': 'The instant the heel strikes the ground',
  'toe-off': 'The instant the toe leaves the ground',
} as const;

type Param = C3dGroupInput['params'][number];
const int = (name: string, v: number): Param => ({
  name,
  type: 'int16',
  values: [v],
  scalar: true,
});
const ints = (name: string, values: number[]): Param => ({ name, type: 'int16', values });
const float = (name: string, v: number): Param => ({
  name,
  type: 'float',
  values: [v],
  scalar: true,
});
const text = (name: string, s: string): Param => ({
  name,
  strings: [s],
  scalar: true,
});

// int16 parameters store frame numbers above 32,767 as their two's-complement bits (readers take them unsigned).
const toInt16 = (v: number): number => (v > 32767 ? v - 65536 : v);

/**
 * The groups of a GaitLens C3D file.
 * @param g - labels, frames, data start, scale, sorted events, software and scale
 * @returns TRIAL, SUBJECTS, POINT, ANALOG, EVENT_CONTEXT, EVENT, MANUFACTURER and GAITLENS, in that order
 * @remarks As in the Vicon Nexus trial `PiG_Motion3_FF.c3d` (BTKData): TRIAL:ACTUAL_START_FIELD /
 *   ACTUAL_END_FIELD `[frame, 0]` and CAMERA_RATE; POINT USED, FRAMES, DATA_START, SCALE, RATE, UNITS `mm`,
 *   LABELS, DESCRIPTIONS, X_SCREEN `+X`, Y_SCREEN `+Z`; EVENT_CONTEXT General / Left / Right with Vicon's
 *   icon ids and colours; EVENT USED, CONTEXTS, LABELS `Foot Strike` / `Foot Off`, DESCRIPTIONS, SUBJECTS,
 *   TIMES as [minutes, seconds] pairs (dimensions [2, n]), ICON_IDS (1 strike, 2 off), GENERIC_FLAGS. No
 *   analog channels: ANALOG:USED 0, RATE = POINT:RATE (one analog sample per frame, header word 10).
 *   GAITLENS records where the points came from: SOURCE `video`, METRES_PER_UNIT, and LOWPASS_HZ, the
 *   cut-off GaitLens's video analysis applies to such trajectories (a lab-marker analysis uses 10 Hz).
 */
export function c3dGroups(g: C3dGroupsInput): C3dGroupInput[] {
  const { frames, events } = g;
  const rate = frames.rateHz;
  return [
    {
      name: 'TRIAL',
      params: [
        ints('ACTUAL_START_FIELD', [toInt16(frames.first), 0]),
        ints('ACTUAL_END_FIELD', [toInt16(frames.last), 0]),
        float('CAMERA_RATE', rate),
      ],
    },
    {
      name: 'SUBJECTS',
      params: [
        int('USED', 1),
        int('IS_STATIC', 0),
        int('USES_PREFIXES', 0),
        { name: 'NAMES', strings: [C3D_SUBJECT] },
        { name: 'MARKER_SETS', strings: ['BlazePose'] },
      ],
    },
    {
      name: 'POINT',
      description: '3-D point parameters',
      params: [
        int('USED', g.labels.length),
        int('FRAMES', toInt16(frames.count)),
        int('DATA_START', g.dataStart),
        float('SCALE', g.scale),
        float('RATE', rate),
        text('UNITS', 'mm'),
        { name: 'LABELS', strings: g.labels },
        { name: 'DESCRIPTIONS', strings: g.labels.map((l) => `BlazePose ${l}`) },
        text('X_SCREEN', '+X'),
        text('Y_SCREEN', '+Z'),
      ],
    },
    {
      name: 'ANALOG',
      description: 'Analog data parameters',
      params: [
        int('USED', 0),
        float('RATE', rate),
        float('GEN_SCALE', 1),
        text('FORMAT', 'SIGNED'),
      ],
    },
    {
      name: 'EVENT_CONTEXT',
      params: [
        int('USED', 3),
        ints('ICON_IDS', [0, 1, 2]),
        { name: 'LABELS', strings: ['General', 'Left', 'Right'] },
        { name: 'DESCRIPTIONS', strings: ['For other events', 'Left side', 'Right side'] },
        // Vicon's colours (RGB per context), as in PiG_Motion3_FF.c3d.
        {
          name: 'COLOURS',
          type: 'int16',
          dims: [3, 3],
          values: [255, 164, 0, 255, 0, 0, 0, 255, 0],
        },
      ],
    },
    {
      name: 'EVENT',
      params: [
        int('USED', events.length),
        { name: 'CONTEXTS', strings: events.map((e) => (e.side === 'left' ? 'Left' : 'Right')) },
        { name: 'LABELS', strings: events.map((e) => EVENT_LABELS[e.type]) },
        { name: 'DESCRIPTIONS', strings: events.map((e) => EVENT_DESCRIPTIONS[e.type]) },
        { name: 'SUBJECTS', strings: events.map(() => C3D_SUBJECT) },
        {
          name: 'TIMES',
          type: 'float',
          dims: [2, events.length],
          values: events.flatMap((e) => {
            const minutes = Math.floor(e.timeS / 60);
            return [minutes, e.timeS - 60 * minutes];
          }),
        },
        ints(
          'ICON_IDS',
          events.map((e) => (e.type === 'heel-strike' ? 1 : 2)),
        ),
        ints(
          'GENERIC_FLAGS',
          events.map(() => 0),
        ),
      ],
    },
    {
      name: 'MANUFACTURER',
      params: [text('COMPANY', 'GaitLens'), text('SOFTWARE', g.software)],
    },
    {
      name: 'GAITLENS',
      description: 'Where the points came from',
      params: [
        text('SOURCE', 'video'),
        float('METRES_PER_UNIT', g.metresPerUnit),
        float('LOWPASS_HZ', DEFAULT_PREPROCESS_PARAMS.cutoffHz),
      ],
    },
  ];
}
