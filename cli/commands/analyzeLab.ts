/**
 * What `gaitlens analyze` adds for a lab's marker file: the markers it recognised, the treadmill
 * belt, the file's own events beside GaitLens's (paired per side and type) and each gait cycle's
 * values, as JSON (`lab` key) and as table lines.
 */
import { pairEvents } from '../../src/core/events/pairEvents';
import type { EventPair } from '../../src/core/events/pairEvents';
import type { GaitEvent } from '../../src/core/events/types';
import type { MarkerRecognition } from '../../src/core/markers/recogniseMarkers';
import { selectIntervals } from '../../src/core/params/selectIntervals';
import { GATE_CYCLES } from '../../src/core/params/gradeStat';
import type { MeasurementsResult } from '../../src/core/analysis/types';
import type { FileEvent } from '../readRecording';

/** Events of the two lists pair when this close, s (a quarter stride). */
export const FILE_EVENT_PAIR_WINDOW_S = 0.25;

/** One gait cycle's values (what the parameters average). */
export interface CycleRow {
  side: 'left' | 'right';
  start_s: number;
  toe_off_s: number;
  end_s: number;
  stride_time_s: number;
  stance_pct: number;
  swing_pct: number;
  double_support_pct: number;
  /** `few-cycles` when the side has fewer cycles than a reliable mean needs (6), `mean-refused` below 2. */
  flags: string[];
}

/** The `lab` key of `gaitlens analyze --json` for marker files. */
export interface LabJson {
  marker_sets: string[];
  markers: {
    left: MarkerRecognition['left'];
    right: MarkerRecognition['right'];
    pelvis: string[] | null;
    pelvis_from: MarkerRecognition['pelvisSource'];
  };
  treadmill_belt: { axis: string; speed_m_per_s: number } | null;
  /** Which events the parameters use: GaitLens's detected ones, or the file's own. */
  events_used: 'detected' | 'file';
  file_events: { side: string; type: string; time_s: number; label: string }[];
  /** GaitLens's detected events beside the file's, paired per side and type within 0.25 s. */
  event_pairs: {
    side: string;
    type: string;
    file_s: number | null;
    gaitlens_s: number | null;
    diff_ms: number | null;
  }[];
  cycles: CycleRow[];
}

const ms = (s: number | null): number | null => (s === null ? null : Math.round(s * 10000) / 10);

/**
 * Each complete cycle's values, flagged when the side has few cycles.
 * @param r - measurements (events and bouts)
 * @param fpsHz - frame rate, Hz
 * @returns one row per cycle the parameters use, in time order (times s, shares %)
 */
export function cycleRows(r: MeasurementsResult, fpsHz: number): CycleRow[] {
  // the strides the parameters use (one selection for every output, selectIntervals)
  const selection = r.intervals ?? selectIntervals(r.events, r.bouts, 1 / fpsHz);
  const cycles = selection.strides.filter((s) => s.used);
  const n = (side: string): number => cycles.filter((c) => c.side === side).length;
  return cycles
    .map((c) => {
      const stride = c.endS - c.startS;
      const flags: string[] = [];
      if (n(c.side) < GATE_CYCLES.fewBelow) flags.push('few-cycles');
      if (n(c.side) < GATE_CYCLES.minForMean) flags.push('mean-refused');
      const pct = (v: number): number => Math.round((1000 * v) / stride) / 10;
      return {
        side: c.side,
        start_s: c.startS,
        toe_off_s: c.toeOffS,
        end_s: c.endS,
        stride_time_s: stride,
        stance_pct: pct(c.toeOffS - c.startS),
        swing_pct: pct(c.endS - c.toeOffS),
        double_support_pct: pct(c.oppositeToeOffS - c.startS + (c.toeOffS - c.oppositeHeelStrikeS)),
        flags,
      };
    })
    .sort((a, b) => a.start_s - b.start_s);
}

/**
 * The `lab` JSON of a marker file.
 * @param rec - the recognised markers
 * @param fileEvents - the file's own events (may be empty)
 * @param detected - GaitLens's detected events (after order enforcement)
 * @param used - the result whose events the parameters use
 * @param fpsHz - frame rate, Hz
 * @returns markers, belt, events used, file events, event pairs (ms) and cycle rows
 */
export function labJson(
  rec: MarkerRecognition,
  fileEvents: FileEvent[],
  detected: GaitEvent[],
  used: MeasurementsResult & { eventsUsed: 'detected' | 'file' },
  fpsHz: number,
): LabJson {
  const belt = used.preprocessing.treadmill;
  const pairs: EventPair[] = fileEvents.length
    ? pairEvents(detected, fileEvents, FILE_EVENT_PAIR_WINDOW_S)
    : [];
  return {
    marker_sets: rec.markerSets,
    markers: {
      left: rec.left,
      right: rec.right,
      pelvis: rec.pelvis,
      pelvis_from: rec.pelvisSource,
    },
    treadmill_belt: belt
      ? { axis: `${belt.sign > 0 ? '+' : '-'}${belt.axis}`, speed_m_per_s: belt.beltSpeedMPerS }
      : null,
    events_used: used.eventsUsed,
    file_events: fileEvents.map((e) => ({
      side: e.side,
      type: e.type,
      time_s: e.timeS,
      label: e.label,
    })),
    event_pairs: pairs.map((p) => ({
      side: p.side,
      type: p.type,
      file_s: p.referenceS,
      gaitlens_s: p.detectedS,
      diff_ms: ms(p.diffS),
    })),
    cycles: cycleRows(used, fpsHz),
  };
}

const f = (v: number | null, d: number): string =>
  v === null || !Number.isFinite(v) ? '—' : v.toFixed(d);

// Columns padded to their widest cell.
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) =>
    row
      .map((v, c) => v.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * Table lines of the `lab` JSON.
 * @param lab - result of {@link labJson}
 * @returns lines: markers and belt, events used, the file's events beside GaitLens's with the
 *   difference and a summary per type, and the per-cycle values
 */
export function formatLabTable(lab: LabJson): string[] {
  const m = lab.markers;
  const pair = (p: 'heel' | 'toe'): string => `${m.left[p] ?? '—'}/${m.right[p] ?? '—'}`;
  const lines = [
    '',
    `lab file: markers ${lab.marker_sets.length ? lab.marker_sets.join(' / ') : 'mapped'}; heel ${pair('heel')}, toe ${pair('toe')}; ` +
      `pelvis ${m.pelvis ? `${m.pelvis.join('+')} (${m.pelvis_from})` : 'none (foot-centre proxy)'}` +
      (lab.treadmill_belt
        ? `; treadmill belt ${lab.treadmill_belt.speed_m_per_s.toFixed(2)} m/s, walking ${lab.treadmill_belt.axis}`
        : ''),
    `events used: ${lab.events_used === 'file' ? "the file's own (--events file)" : 'detected by GaitLens'}`,
  ];
  if (lab.event_pairs.length) {
    lines.push(
      '',
      `the file's events beside GaitLens's (paired per side and type within ${FILE_EVENT_PAIR_WINDOW_S * 1000} ms):`,
    );
    lines.push(
      ...columns([
        ['side', 'type', 'file (s)', 'GaitLens (s)', 'GaitLens − file (ms)'],
        ...lab.event_pairs.map((p) => [
          p.side,
          p.type,
          f(p.file_s, 3),
          f(p.gaitlens_s, 3),
          p.diff_ms === null
            ? p.file_s === null
              ? 'not in file'
              : 'not detected'
            : f(p.diff_ms, 0),
        ]),
      ]),
    );
    for (const type of ['heel-strike', 'toe-off']) {
      const d = lab.event_pairs
        .filter((p) => p.type === type && p.diff_ms !== null)
        .map((p) => p.diff_ms!);
      const sorted = [...d].sort((a, b) => a - b);
      const med = sorted.length
        ? (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2
        : null;
      lines.push(
        `${type}: ${d.length} paired, median difference ${f(med, 0)} ms, largest |difference| ${f(d.length ? Math.max(...d.map(Math.abs)) : null, 0)} ms`,
      );
    }
  }
  if (lab.cycles.length) {
    lines.push(
      '',
      'gait cycles (each cycle\'s values; "few-cycles": fewer than 6 on that side, "mean-refused": fewer than 2):',
    );
    lines.push(
      ...columns([
        [
          'side',
          'start (s)',
          'toe-off (s)',
          'end (s)',
          'stride (s)',
          'stance %',
          'swing %',
          'double support %',
          'flags',
        ],
        ...lab.cycles.map((c) => [
          c.side,
          f(c.start_s, 3),
          f(c.toe_off_s, 3),
          f(c.end_s, 3),
          f(c.stride_time_s, 3),
          f(c.stance_pct, 1),
          f(c.swing_pct, 1),
          f(c.double_support_pct, 1),
          c.flags.join(', '),
        ]),
      ]),
    );
  }
  return lines;
}
