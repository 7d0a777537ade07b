import type { Report } from '../../core/report/types';

/**
 * Screening impressions with every criterion and whether it was met; a declined report shows its
 * reasons instead.
 * @param props - the report
 */
export function Impressions(props: { report: Report }) {
  const { report } = props;
  if (report.status === 'declined')
    return (
      <section class="declined" data-testid="declined">
        <h3>Report declined</h3>
        <p>The measurements are not good enough for a report:</p>
        <ul>
          {report.declineReasons.map((r) => (
            <li key={r}>
              <code>{r}</code>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <section class="impressions" data-testid="impressions">
      <h3>Screening impressions</h3>
      {report.impressions.length === 0 && <p>No screening rule applies.</p>}
      {report.impressions.map((i) => (
        <div key={i.ruleId} class="impression">
          <p>
            <strong>{i.label}</strong> <span class="pattern">({i.patternClass})</span>
            {i.lowConfidence && (
              <span class="low-confidence-note" data-testid="impression-low-confidence">
                {' '}
                — low confidence: rests only on values measured over too few cycles or frames
              </span>
            )}
          </p>
          <table>
            <tbody>
              {i.criteria.map((c) => (
                <tr key={c.text}>
                  <td>{c.text}</td>
                  <td>{c.required ? 'required' : 'supporting'}</td>
                  <td class={`criterion-${String(c.met)}`}>
                    {c.met === null ? 'not measured' : c.met ? 'met' : 'not met'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {report.source !== 'template' && report.patternClass && (
        <p>
          Model’s impression: <strong>{report.patternClass}</strong> (its own confidence{' '}
          {Math.round(100 * report.confidenceFrac)} %, not a calibrated probability).{' '}
          <span data-testid="model-unvalidated">
            No subject-disjoint evaluation of this model’s pattern classes exists in GaitLens, so
            its class is unvalidated: for reference only, the published BioGait-VLM method reached
            68.1 % accuracy and 52.9 macro-F1 over 8 classes on subject-disjoint data.
          </span>
        </p>
      )}
    </section>
  );
}
