/** Plain-text and markdown rendering of a report. */
import type { Finding, Report } from './types';

/**
 * Render a report as markdown or plain text.
 * @param report - a report (template or model); not modified
 * @param style - `markdown` (headings and bullets) or `plain` (upper-case titles and dashes)
 * @returns the text; sections without content are left out; the disclaimer is always last
 * @remarks A declined report prints only the reasons and the disclaimer. Impressions print every
 * criterion with `met`, `not met` or `not measured`, so the rule behind each impression is visible.
 */
export function writeReportText(report: Report, style: 'markdown' | 'plain' = 'markdown'): string {
  const md = style === 'markdown';
  const out: string[] = [md ? '# Gait report' : 'GAIT REPORT', `Source: ${report.source}`];
  const section = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    out.push(
      '',
      md ? `## ${title}` : title.toUpperCase(),
      ...lines.map((l) => (md ? `- ${l}` : `- ${l}`)),
    );
  };
  if (report.status === 'declined') {
    section('Analysis declined', [
      `The analysis was declined: ${report.declineReasons.join(', ') || 'unknown reason'}.`,
    ]);
  } else {
    const texts = (fs: Finding[]): string[] => fs.map((x) => x.text);
    section('Findings', texts(report.findings));
    section('Left/right comparison', texts(report.lrComparison));
    section('Deviations from norms', texts(report.deviations));
    section('Rhythm evidence', texts(report.rhythm));
    section('Key frames', texts(report.keyFrames));
    section('Data quality', texts(report.dataQuality));
    section(
      'Pattern impressions (screening rules)',
      report.impressions.length
        ? report.impressions.map((i) => {
            const crit = i.criteria.map(
              (c) => `${c.text}: ${c.met === null ? 'not measured' : c.met ? 'met' : 'not met'}`,
            );
            const weak = i.lowConfidence
              ? ' Low confidence: it rests only on values flagged low confidence.'
              : '';
            return `${i.label.charAt(0).toUpperCase()}${i.label.slice(1)}. Criteria: ${crit.join('; ')}.${weak}`;
          })
        : ['No screening rule applies.'],
    );
    if (report.rationale) section('Model rationale', [report.rationale]);
  }
  out.push('', report.disclaimer);
  return out.join('\n');
}
