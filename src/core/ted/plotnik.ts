/** Bilateral phase coordination index from heel-strike times (Plotnik, Giladi & Hausdorff 2007). */
import type { GaitEvent, Side } from '../events/types';
import type { TedReason, TedValue } from './types';
import { missingTedValue } from './types';

/** Parameters of {@link computePhaseCoordinationPlotnik}. */
export interface PhaseCoordinationParams {
  /** Strides shorter or longer than these fractions of the median stride are dropped (missed events). */
  minStrideFrac: number;
  maxStrideFrac: number;
  /** Fewer phases than this gives NaN (count). */
  minPhases: number;
  /** Fewer phases than this makes the values low-confidence (count). */
  minPhasesForOk: number;
}

/** Defaults of {@link computePhaseCoordinationPlotnik}. */
export const DEFAULT_PHASE_COORDINATION_PARAMS: Readonly<PhaseCoordinationParams> = Object.freeze({
  minStrideFrac: 0.5,
  maxStrideFrac: 1.5,
  minPhases: 3,
  minPhasesForOk: 10,
});

/** Result of {@link computePhaseCoordinationPlotnik}; nUsed counts phases (strides of the reference leg). */
export interface PhaseCoordination {
  /** PCI = φ_CV + P_φ_ABS, %; 0 = perfect anti-phase stepping. */
  pciPct: TedValue;
  /** Mean phase φ, deg (180 = anti-phase). */
  meanPhaseDeg: TedValue;
  /** Coefficient of variation of φ, %. */
  phaseCvPct: TedValue;
  /** Mean |φ − 180°| as % of 180°. */
  phaseAbsErrorPct: TedValue;
  /** Leg whose strides define the phase (the longer-swing leg when toe-offs exist, else left). */
  referenceSide: Side;
}

/**
 * Compute the phase coordination index from heel-strike (and optionally toe-off) events.
 * @param events - gait events of both sides, any order; not modified; NaN times are ignored
 * @param params - stride filter and minimum counts
 * @returns PCI (%), mean phase (deg), φ_CV (%), P_φ_ABS (%) and the reference side
 * @remarks For each stride i of the reference leg (heel strike t_i to t_{i+1}) the phase of the
 * contralateral heel strike t_c inside it is φ_i = 360° (t_c − t_i) / (t_{i+1} − t_i).
 * φ_CV = 100 · SD(φ) / mean(φ); φ_ABS = mean |φ_i − 180°|; P_φ_ABS = 100 · φ_ABS / 180;
 * PCI = φ_CV + P_φ_ABS. As in the paper the reference is the leg with the longer mean swing time
 * (swing = toe-off to next heel strike); without toe-offs the left leg is used (reason
 * `no-toe-off`). Deviation: strides outside 0.5–1.5 × median, or holding no single contralateral
 * heel strike, are dropped as missed or spurious events (the paper used clean footswitch data).
 * @see Plotnik M, Giladi N, Hausdorff JM. A new measure for quantifying the bilateral
 * coordination of human gait: effects of aging and Parkinson's disease. Exp Brain Res
 * 2007;181(4):561–570. doi:10.1007/s00221-007-0955-7
 */
export function computePhaseCoordinationPlotnik(
  events: readonly GaitEvent[],
  params: PhaseCoordinationParams = DEFAULT_PHASE_COORDINATION_PARAMS,
): PhaseCoordination {
  const hs = (s: Side): number[] => times(events, s, 'heel-strike');
  const swingL = meanSwingS(hs('left'), times(events, 'left', 'toe-off'));
  const swingR = meanSwingS(hs('right'), times(events, 'right', 'toe-off'));
  const haveSwing = Number.isFinite(swingL) && Number.isFinite(swingR);
  const referenceSide: Side = haveSwing && swingR > swingL ? 'right' : 'left';
  const ref = hs(referenceSide);
  const other = hs(referenceSide === 'left' ? 'right' : 'left');
  const durations = ref.slice(1).map((t, i) => t - ref[i]!);
  const median = [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)] ?? NaN;
  const phases: number[] = [];
  let dropped = 0;
  durations.forEach((d, i) => {
    const inside = other.filter((t) => t > ref[i]! && t < ref[i + 1]!);
    if (
      d < params.minStrideFrac * median ||
      d > params.maxStrideFrac * median ||
      inside.length !== 1
    )
      dropped++;
    else phases.push((360 * (inside[0]! - ref[i]!)) / d);
  });
  const extra: TedReason[] = haveSwing ? [] : ['no-toe-off'];
  if (phases.length < params.minPhases) {
    const r: TedReason[] = ref.length === 0 ? ['no-events'] : ['too-few-strides'];
    const m = (unit: string): TedValue => missingTedValue(unit, [...r, ...extra], dropped);
    return {
      pciPct: m('%'),
      meanPhaseDeg: m('deg'),
      phaseCvPct: m('%'),
      phaseAbsErrorPct: m('%'),
      referenceSide,
    };
  }
  const mean = phases.reduce((s, v) => s + v, 0) / phases.length;
  const sd = Math.sqrt(phases.reduce((s, v) => s + (v - mean) ** 2, 0) / (phases.length - 1));
  const cvPct = (100 * sd) / mean;
  const absPct = (100 * (phases.reduce((s, v) => s + Math.abs(v - 180), 0) / phases.length)) / 180;
  const reasons: TedReason[] = [
    ...(phases.length < params.minPhasesForOk ? (['too-few-strides'] as TedReason[]) : []),
    ...extra,
  ];
  const confidence = phases.length < params.minPhasesForOk ? 'low' : 'ok';
  const v = (value: number, unit: string): TedValue => ({
    value,
    unit,
    nUsed: phases.length,
    nDropped: dropped,
    confidence,
    reasons: [...reasons],
  });
  return {
    pciPct: v(cvPct + absPct, '%'),
    meanPhaseDeg: v(mean, 'deg'),
    phaseCvPct: v(cvPct, '%'),
    phaseAbsErrorPct: v(absPct, '%'),
    referenceSide,
  };
}

// Sorted finite times of one side's events of one type.
function times(events: readonly GaitEvent[], side: Side, type: GaitEvent['type']): number[] {
  return events
    .filter((e) => e.side === side && e.type === type && Number.isFinite(e.timeS))
    .map((e) => e.timeS)
    .sort((a, b) => a - b);
}

// Mean time from each toe-off to the next heel strike of the same side, s; NaN if none.
function meanSwingS(hs: number[], to: number[]): number {
  const swings: number[] = [];
  for (const t of to) {
    const next = hs.find((h) => h > t);
    const prevTo = to.filter((x) => x > t && next !== undefined && x < next);
    if (next !== undefined && prevTo.length === 0) swings.push(next - t);
  }
  return swings.length ? swings.reduce((s, v) => s + v, 0) / swings.length : NaN;
}
