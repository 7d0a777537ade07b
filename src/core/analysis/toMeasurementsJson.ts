import type { Side } from '../events/types';
import type { ParamKey } from '../params/types';
import type { MeasurementsResult } from './types';

/** One event in the JSON output. */
export interface EventJson {
  side: Side;
  type: 'heel-strike' | 'toe-off';
  time_s: number;
  confidence: number;
  frame: number;
  source: string;
}

/** The documented JSON object (docs/measurements-format.md): the result plus snake_case convenience keys. */
export type MeasurementsJson = Omit<MeasurementsResult, 'events'> & {
  events: EventJson[];
  cadence_steps_per_min: number | null;
  step_time_s: Record<Side, number | null>;
  stance_pct: number | null;
  swing_pct: number | null;
  double_support_pct: number | null;
  toe_off_count: Record<Side, number>;
  heel_strike_count: Record<Side, number>;
};

/**
 * Build the JSON object of a measurements result (the CLI's `--json` output).
 * @param result - measurements result; not modified
 * @returns the result with `events` as `{ side, type, time_s, confidence, frame, source }` and the
 *   convenience keys `cadence_steps_per_min`, `step_time_s` {left, right}, `stance_pct`, `swing_pct`,
 *   `double_support_pct` (pooled means, null when refused), `toe_off_count` and `heel_strike_count`
 *   {left, right}; `quality` is the result's
 * @remarks `intervals` (every step and stride, used or excluded with its reason) is the result's,
 *   the same selection the parameters' `nUsed` count and the CSV exports list. NaN values (e.g. an
 *   unknown leg length, a stride's missing toe-off) become null, as JSON has no NaN. Numbers are
 *   not rounded here; per-side values and grades stay in `parameters`.
 */
export function toMeasurementsJson(result: MeasurementsResult): MeasurementsJson {
  const param = (key: ParamKey) => result.parameters.find((p) => p.key === key);
  const mean = (key: ParamKey, side: Side | 'all' = 'all'): number | null =>
    param(key)?.[side]?.mean ?? null;
  const { events, ...rest } = result;
  const out: MeasurementsJson = {
    ...rest,
    events: events.map((e) => ({
      side: e.side,
      type: e.type,
      time_s: e.timeS,
      confidence: e.confidenceFrac,
      frame: e.frame,
      source: e.source, // prettier-ignore
    })),
    cadence_steps_per_min: mean('cadenceStepsPerMin'),
    step_time_s: { left: mean('stepTimeS', 'left'), right: mean('stepTimeS', 'right') },
    stance_pct: mean('stancePct'),
    swing_pct: mean('swingPct'),
    double_support_pct: mean('doubleSupportPct'),
    toe_off_count: { ...result.counts.toeOff },
    heel_strike_count: { ...result.counts.heelStrike },
    quality: { ok: result.quality.ok, reasons: [...result.quality.reasons] },
  };
  return JSON.parse(
    JSON.stringify(out, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ),
  );
}
