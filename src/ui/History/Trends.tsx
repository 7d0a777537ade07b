import type { SessionRecord, JsonValue } from '../../store/types';
import { formatTrendValue, TREND_PARAMS, trendValue } from './trendParams';
import { TrendPlot } from './TrendPlot';

/**
 * Longitudinal trends of a patient: per quantity a small plot (normative band shaded) and the values
 * with SD, quality grade and cycles used, per session. No minimal detectable change is shown: there is no
 * verified published MDC for markerless single-camera video, so each row says "MDC not available".
 * @param props - the patient's sessions (oldest first) and their stored measurements by session key
 */
export function Trends(props: { sessions: SessionRecord[]; measurements: Map<string, JsonValue> }) {
  if (props.sessions.length === 0) return null;
  return (
    <div class="trends" data-testid="trends">
      <h3>Trends over {props.sessions.length} sessions</h3>
      <p class="note">
        Points: session mean ± SD over cycles (orange: grade C, poor quality). Green band: normative
        mean ± 2 SD for this patient, from the reference named in the row.
      </p>
      <table>
        <thead>
          <tr>
            <th>Quantity</th>
            <th>Plot</th>
            {props.sessions.map((s) => (
              <th key={s.id}>{s.dateIso.slice(0, 10)}</th>
            ))}
            <th>Change that matters</th>
          </tr>
        </thead>
        <tbody>
          {TREND_PARAMS.map((p) => {
            const values = props.sessions.map((s) =>
              trendValue(props.measurements.get(s.id) ?? null, p),
            );
            const norm = [...values].reverse().find((v) => v.norm)?.norm;
            return (
              <tr key={p.id} data-testid={`trend-${p.id}`}>
                <th>
                  {p.label} ({p.unit})
                  {norm && (
                    <small class="ref">
                      {' '}
                      norm {norm.mean.toFixed(p.digits)} ± {norm.sd.toFixed(p.digits)},{' '}
                      {norm.reference}
                    </small>
                  )}
                </th>
                <td>
                  <TrendPlot param={p} values={values} />
                </td>
                {values.map((v, i) => (
                  <td key={props.sessions[i]!.id}>{formatTrendValue(v, p)}</td>
                ))}
                <td class="mdc">MDC not available</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
