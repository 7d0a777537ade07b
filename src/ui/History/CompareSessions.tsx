import type { JsonValue, SessionRecord } from '../../store/types';
import { formatTrendValue, TREND_PARAMS, trendValue } from './trendParams';

/**
 * Two sessions side by side: each quantity's value (± SD, grade, cycles) and the difference B − A.
 * @param props - the two sessions (A older) and their stored measurements
 */
export function CompareSessions(props: {
  a: SessionRecord;
  b: SessionRecord;
  measurements: Map<string, JsonValue>;
}) {
  const [a, b] = [props.a, props.b];
  return (
    <div class="compare" data-testid="compare">
      <h3>Comparison</h3>
      <table>
        <thead>
          <tr>
            <th>Quantity</th>
            <th>A: {a.dateIso.slice(0, 10)}</th>
            <th>B: {b.dateIso.slice(0, 10)}</th>
            <th>B − A</th>
            <th>Change that matters</th>
          </tr>
        </thead>
        <tbody>
          {TREND_PARAMS.map((p) => {
            const va = trendValue(props.measurements.get(a.id) ?? null, p);
            const vb = trendValue(props.measurements.get(b.id) ?? null, p);
            const diff = va.mean !== null && vb.mean !== null ? vb.mean - va.mean : null;
            return (
              <tr key={p.id} data-testid={`compare-${p.id}`}>
                <th>
                  {p.label} ({p.unit})
                </th>
                <td>{formatTrendValue(va, p)}</td>
                <td>{formatTrendValue(vb, p)}</td>
                <td data-testid="compare-diff">
                  {diff === null ? '–' : `${diff >= 0 ? '+' : ''}${diff.toFixed(p.digits)}`}
                </td>
                <td class="mdc">MDC not available</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
