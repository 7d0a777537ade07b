import type { MeasurementsResult } from '../../core/analysis/types';
import { NORM_Z_LIMIT } from '../../core/norms/types';
import type { StatCell } from './formatParameter';
import { formatAsymmetry, formatIntervalUse, parameterRows } from './formatParameter';
import { GRADE_TEXT, referenceCitation } from './labels';

function Cell(props: { cell: StatCell | null }) {
  const c = props.cell;
  if (!c) return <td class="stat na">—</td>;
  return (
    <td class={`stat flag-${c.flag}${c.refused ? ' refused' : ''}`}>
      <strong class="value">{c.value}</strong>
      {c.spread && <span class="spread"> {c.spread}</span>}
      <div class="meta">
        n = {c.nUsed}
        {c.z && ` · ${c.z} · ${c.flagText}`}
      </div>
      {(c.grade || c.notes.length > 0) && (
        <div class="why">
          {c.grade && <span class={`grade grade-${c.grade}`}>Quality {GRADE_TEXT[c.grade]}. </span>}
          {c.notes.join('; ')}
        </div>
      )}
    </td>
  );
}

/**
 * The table of spatiotemporal parameters: both sides pooled, left, right, norm, z, flag and
 * quality of every value; then event counts and step-time asymmetry.
 * @param props - the measurements of the analysis
 */
export function ParameterTable(props: { measurements: MeasurementsResult }) {
  const m = props.measurements;
  const rows = parameterRows(m.parameters);
  const use = formatIntervalUse(m.intervals);
  return (
    <div class="param-table-wrap">
      <table class="param-table" data-testid="param-table">
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Both sides</th>
            <th scope="col">Left</th>
            <th scope="col">Right</th>
            <th scope="col">Norm (mean ± SD)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`param-${r.key}`}>
              <th scope="row">
                {r.label}
                {r.notes.length > 0 && <div class="why row-why">{r.notes.join('; ')}</div>}
              </th>
              <Cell cell={r.all} />
              <Cell cell={r.left} />
              <Cell cell={r.right} />
              <td class="norm" data-testid={`norm-${r.key}`}>
                {r.norm.reference ? (
                  <>
                    <strong>{r.norm.meanSd}</strong>
                    <div class="ref" title={referenceCitation(r.norm.reference)}>
                      {r.norm.referenceName}
                    </div>
                    <div class="meta">{r.norm.population}</div>
                  </>
                ) : (
                  <span class="meta">no norm: {r.norm.note}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="facts" data-testid="event-counts">
        <dt>Heel strikes</dt>
        <dd>
          left {m.counts.heelStrike.left} · right {m.counts.heelStrike.right}
        </dd>
        <dt>Toe-offs</dt>
        <dd>
          left {m.counts.toeOff.left} · right {m.counts.toeOff.right}
        </dd>
        {use && (
          <>
            <dt>Steps (heel strike to heel strike)</dt>
            <dd data-testid="steps-used">{use.steps}</dd>
          </>
        )}
        <dt>Complete gait cycles</dt>
        <dd data-testid="strides-used">
          {use?.strides ??
            `left ${m.cycles.left} · right ${m.cycles.right} · ${m.cycles.dropped} left out`}
        </dd>
        <dt>Step-time asymmetry</dt>
        <dd data-testid="asymmetry">{formatAsymmetry(m.asymmetry.stepTime)}</dd>
      </dl>
      <p class="meta">
        n = steps or cycles used (the same ones the step and stride CSV exports mark used). z =
        (value − norm mean) / norm SD; “within norm” means |z| ≤ {NORM_Z_LIMIT}. SD and CV are over
        cycles.
      </p>
    </div>
  );
}
