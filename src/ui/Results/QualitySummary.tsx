import type { ScaleSource } from '../../core/params/estimateScale';
import type { AnalysisResult } from '../../core/pipeline/types';
import { formatNumber } from './formatParameter';
import { reasonText } from './labels';
import { timingText } from './timingText';

const SCALE_TEXT: Record<ScaleSource, string> = {
  'lab-metres': 'lab coordinates in metres',
  'walk-distance': 'from the walked distance',
  'body-height': 'from the patient’s height (leg length ≈ 0.491 × height)',
  none: 'none: lengths and speed need the patient’s height',
};

/**
 * How far the measurements of this recording can be trusted: overall reasons, scale, missing
 * frames and agreement of the two event detectors.
 * @param props - the analysis
 */
export function QualitySummary(props: { analysis: AnalysisResult }) {
  const m = props.analysis.measurements;
  const cc = m.crossCheck;
  return (
    <dl class="facts quality" data-testid="results-quality">
      <dt>Measurement quality</dt>
      <dd class={m.quality.ok ? 'ok' : 'warn'}>
        {m.quality.ok ? 'usable' : 'limited'}
        {m.quality.reasons.length > 0 &&
          `: ${[...new Set(m.quality.reasons)].map((r) => reasonText(r)).join('; ')}`}
      </dd>
      <dt>Walking direction</dt>
      <dd>
        {m.direction.view} view, {m.direction.label}
      </dd>
      <dt>Scale</dt>
      <dd>{SCALE_TEXT[m.scale.source]}</dd>
      <dt>Frames without the patient</dt>
      <dd>{formatNumber(100 * m.preprocessing.missingFrac, 1)} %</dd>
      <dt>Event timing</dt>
      <dd data-testid="timing-correction">{timingText(m.timingCorrectionS)}</dd>
      <dt>Event cross-check</dt>
      <dd>
        {cc.medianAbsDiffS === null
          ? `no ${cc.method} events matched`
          : `${cc.method} detector agrees within ${formatNumber(1000 * cc.medianAbsDiffS, 0)} ms (median, ${cc.nMatched} events; ${cc.nUnmatched} unmatched)`}
      </dd>
    </dl>
  );
}
