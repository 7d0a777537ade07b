import { fromSkeleton } from '../preprocess/fromSkeleton';
import type { Skeleton } from '../skeleton/types';
import { analyzeGait } from './analyzeGait';
import type { AnalyzeOptions, MeasurementsResult } from './types';

/**
 * Analyse gait from a BlazePose skeleton (image landmarks).
 * @param skeleton - skeleton, format gaitlens.skeleton/1; not modified
 * @param options - see `AnalyzeOptions` (height cm, walk distance m, method, edits, cut-off Hz)
 * @returns the measurements result (format gaitlens.measurements/1)
 * @remarks `analyzeGait(fromSkeleton(skeleton), options)`. Missing data: frames without a subject
 *   become NaN; see `fromSkeleton`.
 */
export function analyzeSkeleton(
  skeleton: Skeleton,
  options: AnalyzeOptions = {},
): MeasurementsResult {
  return analyzeGait(fromSkeleton(skeleton), options);
}
