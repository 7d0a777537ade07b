import { useState } from 'preact/hooks';
import type { GroundingResult } from '../../core/grounding/types';
import type { AnalysisResult } from '../../core/pipeline/types';
import type { Report } from '../../core/report/types';
import { writeReportText } from '../../core/report/writeReportText';
import type { Skeleton } from '../../core/skeleton/types';
import { KeyFrames } from '../keyframes/KeyFrames';
import { ClaimLegend, GroundingScore, HighlightedReport } from './HighlightedReport';
import { Impressions } from './Impressions';
import { LlmPanel } from './LlmPanel';
import { TokensPanel } from './TokensPanel';
import './report.css';

/** Props of the report view. */
export interface ReportViewProps {
  skeleton: Skeleton;
  analysis: AnalysisResult;
  videoUrl: string | null;
  onBack: () => void;
}

/** A report with the grounding of its text. */
interface Shown {
  report: Report;
  grounding: GroundingResult;
}

/**
 * The report: template by default (or a language model's, when the user asked for one) beside
 * the tokens it was written from and the key frames, with every number in it checked against the
 * measurements and highlighted by verdict. Prints on paper without the buttons.
 * @param props - the analysis, its skeleton and video, and a way back
 */
export function ReportView(props: ReportViewProps) {
  const { analysis } = props;
  const template: Shown = { report: analysis.report, grounding: analysis.grounding };
  const [model, setModel] = useState<Shown | null>(null);
  const [useModel, setUseModel] = useState(false);
  const shown = useModel && model ? model : template;
  const text = writeReportText(shown.report);

  return (
    <section class="card report" data-testid="report" data-source={shown.report.source}>
      <div class="report-head">
        <h2>Gait report</h2>
        <p data-testid="report-source">
          Source:{' '}
          {shown.report.source === 'template'
            ? 'template (fixed sentences from the measurements)'
            : `language model ${shown.report.source}, measured sections from the template`}
        </p>
        <GroundingScore grounding={shown.grounding} />
        <div class="actions">
          {model && (
            <button type="button" onClick={() => setUseModel(!useModel)}>
              {useModel ? 'Show the template report' : 'Show the model report'}
            </button>
          )}
          <button type="button" data-testid="print" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={props.onBack}>
            Back
          </button>
        </div>
      </div>
      <div class="report-columns">
        <div class="report-main">
          <HighlightedReport text={text} grounding={shown.grounding} />
          <ClaimLegend />
          <Impressions report={shown.report} />
        </div>
        <TokensPanel tokens={analysis.tokens} />
      </div>
      <section class="report-key-frames">
        <h3>Key frames</h3>
        <KeyFrames
          keyFrames={analysis.ted.keyFrames}
          skeleton={props.skeleton}
          videoUrl={props.videoUrl}
        />
      </section>
      <LlmPanel
        tokens={analysis.tokens}
        ted={analysis.ted}
        onReport={(out) => {
          setModel({ report: out.report, grounding: out.grounding });
          setUseModel(true);
        }}
      />
      <p class="disclaimer" data-testid="report-disclaimer">
        {shown.report.disclaimer}
      </p>
    </section>
  );
}
