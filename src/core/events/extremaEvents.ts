/** Events from the extrema of per-bout relative signals, and their confidence. */
import { findPeaks } from '../math/findPeaks';
import type { Peak } from '../math/findPeaks';
import { cubicPeakOffset } from '../math/cubicPeakOffset';
import { median, quantile } from '../math/summarize';
import type { Bout, GaitTrajectories } from '../preprocess/types';
import type { EventDetectionInput, EventDetectionParams } from './detection';
import type { EventSource, GaitEvent, GaitEventType, Side } from './types';

/**
 * Prominent peaks of a signal inside one bout (shared by Zeni and the velocity method).
 * @param signal - signal per frame; not modified
 * @param bout - the bout (frames)
 * @param params - prominence (fraction of the bout's 5–95 % range) and spacing (s)
 * @param fpsHz - frame rate, Hz
 * @returns the bout's segment, its 5–95 % range and its peaks (indices within the segment), or
 *   null when the signal is flat or missing in the bout
 */
export function boutPeaks(
  signal: Float64Array,
  bout: Bout,
  params: EventDetectionParams,
  fpsHz: number,
): { seg: Float64Array; range: number; peaks: Peak[] } | null {
  const seg = signal.subarray(bout.startFrame, bout.endFrame + 1);
  const range = quantile(seg, 0.95) - quantile(seg, 0.05);
  if (!(range > 0)) return null;
  const peaks = findPeaks(seg, {
    minProminence: params.minProminenceFrac * range,
    minDistanceFrames: Math.max(1, Math.round(params.minEventSpacingS * fpsHz)),
    openEnds: bout.openEdges === true, // lab markers: a peak next to a cut keeps its closed side's prominence
  });
  return { seg, range, peaks };
}

/**
 * Extrema of a per-bout relative signal as events (shared by Zeni and the velocity method).
 * @param signal - relative signal per frame (events are its maxima); NaN missing; not modified
 * @param input - preprocessed data (bouts, times)
 * @param params - prominence and spacing
 * @param meta - side, type and source written into each event
 * @param meta.side - body side
 * @param meta.type - event type
 * @param meta.source - detector name
 * @returns events with sub-frame times and un-normalised confidence (prominence, trajectory unit)
 */
export function signalMaximaEvents(
  signal: Float64Array,
  input: EventDetectionInput,
  params: EventDetectionParams,
  meta: { side: Side; type: GaitEventType; source: EventSource },
): GaitEvent[] {
  const { timesS, fpsHz } = input.trajectories;
  const out: GaitEvent[] = [];
  for (const bout of input.bouts) {
    const found = boutPeaks(signal, bout, params, fpsHz);
    if (!found) continue;
    const { seg, range } = found;
    for (const p of found.peaks) {
      const i = p.indexFrame;
      const offset = cubicPeakOffset(seg, i);
      const frame = bout.startFrame + i;
      out.push({
        ...meta,
        timeS: timesS[frame]! + offset / fpsHz,
        frame: Math.round(frame + offset),
        confidenceFrac: p.prominence / range,
      });
    }
  }
  return out;
}

/**
 * Normalise raw confidences (prominence ratios) per side and type, times the side's visibility.
 * @param events - events whose `confidenceFrac` holds a raw prominence ratio; not modified
 * @param traj - trajectories (for per-frame visibility, if any)
 * @returns new events with confidence 0–1: min(1, raw / median raw) × visibility at the event frame
 */
export function normaliseConfidence(events: GaitEvent[], traj: GaitTrajectories): GaitEvent[] {
  const med = new Map<string, number>();
  for (const key of ['left|heel-strike', 'left|toe-off', 'right|heel-strike', 'right|toe-off']) {
    med.set(
      key,
      median(events.filter((e) => `${e.side}|${e.type}` === key).map((e) => e.confidenceFrac)),
    );
  }
  return events.map((e) => {
    const m = med.get(`${e.side}|${e.type}`)!;
    const vis = traj.visibilityFrac?.[e.side][e.frame];
    const visFrac = vis !== undefined && Number.isFinite(vis) ? vis : 1;
    const c = Math.min(1, m > 0 ? e.confidenceFrac / m : 0) * visFrac;
    return { ...e, confidenceFrac: Math.round(c * 1000) / 1000 };
  });
}
