/** Deterministic text rendering of the rhythm evidence (TED), for the CLI, the report view and prompts. */
import { decimalsOfUnit, formatValue } from '../tokens/quantities';
import type { CycleKeyFrames, TedResult, TedValue } from './types';
import { TED_FORMAT } from './types';

// The TED values printed, in order, with their snake_case names.
const LINES: ReadonlyArray<readonly [string, (t: TedResult) => TedValue]> = [
  ['step_frequency', (t) => t.stepFrequencyHz],
  ['step_regularity', (t) => t.stepRegularity],
  ['stride_regularity', (t) => t.strideRegularity],
  ['step_symmetry_ratio', (t) => t.stepSymmetryRatio],
  ['harmonic_ratio', (t) => t.harmonicRatio],
  ['pci', (t) => t.phaseCoordinationIndexPct],
  ['mean_phase', (t) => t.meanPhaseDeg],
  ['cadence_change', (t) => t.cadenceChangePct],
  ['step_length_change', (t) => t.stepLengthChangePct],
];

/**
 * Render rhythm evidence as lines of text.
 * @param ted - a TED result (gaitlens.ted/1); not modified
 * @returns lines joined by `\n`: `# gaitlens.ted/1`, `primary_signal=…`, one `name=VALUE (n=N)`
 *   line per value (with `[low confidence: reasons]` or `not measured (reasons)`), `trend=…`,
 *   `cycles=N`, one line per key-frame cycle and `quality=ok|refused (reasons)`
 * @remarks Values print with the fixed decimals of their unit (as tokens do), so the numbers
 * read the same as in the token text. Key-frame lines give frame indices and times (s) of heel
 * strike, toe-off, mid-swing and next heel strike, and the cycle's deviation from the median
 * cycle in MAD-scaled units.
 */
export function writeTedEvidence(ted: TedResult): string {
  const lines = [`# ${TED_FORMAT}`, `primary_signal=${ted.primarySignal}`];
  for (const [name, get] of LINES) lines.push(`${name}=${valueText(get(ted))}`);
  lines.push(`trend=${ted.trendPattern}`, `cycles=${ted.keyFrames.nCycles}`);
  const { representative, mostAbnormal } = ted.keyFrames;
  if (representative) lines.push(cycleLine('representative', representative));
  if (mostAbnormal) lines.push(cycleLine('most_abnormal', mostAbnormal));
  lines.push(ted.quality.ok ? 'quality=ok' : `quality=refused (${ted.quality.reasons.join(', ')})`);
  return lines.join('\n');
}

// One TED value with its count and confidence.
function valueText(v: TedValue): string {
  const reasons = v.reasons.length ? ` (${v.reasons.join(', ')})` : '';
  if (!Number.isFinite(v.value)) return `not measured${reasons}`;
  const text = `${formatValue(v.value, v.unit, decimalsOfUnit(v.unit))} (n=${v.nUsed})`;
  return v.confidence === 'low'
    ? `${text} [low confidence${v.reasons.length ? `: ${v.reasons.join(', ')}` : ''}]`
    : text;
}

// One key-frame cycle.
function cycleLine(name: string, c: CycleKeyFrames): string {
  const at = (frame: number, timeS: number): string => `frame ${frame} (${timeS.toFixed(2)} s)`;
  const parts = [`heel strike ${at(c.heelStrikeFrame, c.heelStrikeTimeS)}`];
  if (c.toeOffFrame >= 0) parts.push(`toe-off ${at(c.toeOffFrame, c.toeOffTimeS)}`);
  if (c.midSwingFrame >= 0) parts.push(`mid-swing ${at(c.midSwingFrame, c.midSwingTimeS)}`);
  parts.push(`next heel strike ${at(c.nextHeelStrikeFrame, c.nextHeelStrikeTimeS)}`);
  const dev = Number.isFinite(c.deviationZ) ? `, deviation ${c.deviationZ.toFixed(2)} MAD` : '';
  return `${name} (${c.side}): ${parts.join(', ')}${dev}`;
}
