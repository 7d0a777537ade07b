import type { KinematicsResult } from '../../core/kinematics/types';
import { GATE_CYCLES } from '../../core/params/gradeStat';
import type { CurveWithNorm } from '../../core/pipeline/types';
import { CurvePlot } from '../plots/CurvePlot';
import { curvePlotData } from './curvePlotData';
import { formatNumber } from './formatParameter';
import { SIDE_LABELS, kinematicsReasonText, reasonText, referenceCitation } from './labels';

const JOINTS = ['hip', 'knee', 'ankle'] as const;

/**
 * Sagittal hip, knee and ankle angles over the gait cycle: the patient's mean ± SD per side and
 * the normative band with its reference (or why none applies).
 * @param props - kinematics and curve norms of the analysis
 */
export function AnglePlots(props: { kinematics: KinematicsResult; curveNorms: CurveWithNorm[] }) {
  const q = props.kinematics.quality;
  return (
    <div class="angle-plots" data-testid="plots">
      <p class="meta">
        Left: solid blue line and blue band (±1 SD over cycles). Right: dashed red line and red
        band. Norm: dotted grey line and grey band (published mean ± 1 SD). Angles from 2-D video
        are approximate.
      </p>
      {q.reasons.length > 0 && (
        <p class="meta">Limits: {q.reasons.map(kinematicsReasonText).join('; ')}.</p>
      )}
      <div class="plot-grid">
        {JOINTS.map((joint) => {
          const d = curvePlotData(props.kinematics, props.curveNorms, joint);
          return (
            <figure key={joint} class="angle-plot">
              <figcaption>
                <strong>{d.title}</strong> (deg)
              </figcaption>
              {d.series.length > 0 ? (
                <CurvePlot data={d} />
              ) : (
                <p class="meta">No curve: too few complete gait cycles.</p>
              )}
              <ul class="plot-facts">
                {d.sides.map((s) => (
                  <li key={s.side}>
                    {SIDE_LABELS[s.side]}: {s.nCycles} cycles
                    {s.nDropped > 0 && ` (${s.nDropped} left out)`}
                    {s.nCycles < GATE_CYCLES.fewBelow &&
                      ` — ${reasonText('few-cycles', s.nCycles)}`}
                    {s.meanAbsZ !== null &&
                      ` · mean |z| ${formatNumber(s.meanAbsZ, 1)} · ${formatNumber(s.outsidePct, 0)} % of the cycle outside ±2 SD`}
                  </li>
                ))}
                {d.norm ? (
                  <li
                    data-testid={`curve-norm-${joint}`}
                    title={referenceCitation(d.norm.reference)}
                  >
                    Norm: {d.norm.referenceName}, {d.norm.population}
                    {d.norm.note && ` (${d.norm.note})`}
                  </li>
                ) : (
                  <li data-testid={`curve-norm-${joint}`}>No norm: {d.noNormReason}</li>
                )}
              </ul>
            </figure>
          );
        })}
      </div>
    </div>
  );
}
