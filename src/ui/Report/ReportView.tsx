import type { AnalysisResult } from '../../core/pipeline/types';
import type { Skeleton } from '../../core/skeleton/types';

/** Props of the report view. */
export interface ReportViewProps {
  skeleton: Skeleton;
  analysis: AnalysisResult;
  videoUrl: string | null;
  onBack: () => void;
}

/**
 * Report view (placeholder until tokens, key frames, grounding and LLM fusion land).
 * @param props - the analysis and a way back
 */
export function ReportView(props: ReportViewProps) {
  return (
    <section class="card report" data-testid="report">
      <h2>Report</h2>
      <pre>{props.analysis.report.format}</pre>
      <button type="button" onClick={props.onBack}>
        Back
      </button>
    </section>
  );
}
