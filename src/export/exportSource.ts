/** The input of every export writer (src/export/formats.ts) from a GaitLens bundle. */
import { InputFormatError } from '../core/errors';
import type { GaitEvent } from '../core/events/types';
import type { Parameter } from '../core/params/types';
import { intervalsOfMeasurements } from './csv/intervalsOfMeasurements';
import type { ExportSource } from './formats';
import type { GaitBundle } from './json/bundleTypes';

/**
 * Build the writers' input from a bundle whose `measurements` is a measurements result
 * (`gaitlens.measurements/1`, src/core/analysis, as the app stores it).
 * @param bundle - a validated bundle
 * @returns the bundle, the final events (manual edits applied), the measured parameters and the
 *   steps and strides they used (`measurements.intervals`, recomputed when the result predates it)
 * @throws InputFormatError `schema` (path `measurements`) when the bundle carries no measurements result
 */
export function exportSourceFromBundle(bundle: GaitBundle): ExportSource {
  const m = bundle.measurements;
  const ok =
    m !== null &&
    typeof m === 'object' &&
    !Array.isArray(m) &&
    m.format === 'gaitlens.measurements/1' &&
    Array.isArray(m.events) &&
    Array.isArray(m.parameters);
  if (!ok)
    throw new InputFormatError(
      'schema',
      'The bundle carries no measurements result (gaitlens.measurements/1)',
      'measurements',
    );
  return {
    bundle,
    finalEvents: m.events as unknown as GaitEvent[],
    parameters: m.parameters as unknown as Parameter[],
    intervals: intervalsOfMeasurements(m, bundle.skeleton.fpsHz),
  };
}

/**
 * The metres-per-unit scale the analysis found, for the marker exports (TRC, C3D).
 * @param source - the writers' input
 * @returns `measurements.scale.metresPerUnit` of the bundle (m per image-height unit) when it is a positive
 *   number, else null (the writers then estimate it from the world landmarks; see videoLabFrame)
 */
export function exportMetresPerUnit(source: ExportSource): number | null {
  const m = source.bundle.measurements as { scale?: { metresPerUnit?: unknown } } | null;
  const v = m?.scale?.metresPerUnit;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}
