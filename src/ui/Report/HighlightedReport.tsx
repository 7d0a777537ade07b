import type { ComponentChildren } from 'preact';
import type { ClaimStatus, GroundingResult, VerifiedClaim } from '../../core/grounding/types';

/** Legend labels of claim verdicts. */
export const CLAIM_LABELS: Readonly<Record<ClaimStatus, string>> = {
  supported: 'supported by a measured token',
  contradicted: 'contradicted by the measurements',
  unsupported: 'not backed by any token',
  'not-measured': 'quantity not measured',
};

/**
 * The grounding score: supported claims out of all numeric claims.
 * @param props - the grounding result
 */
export function GroundingScore(props: { grounding: GroundingResult }) {
  const g = props.grounding;
  return (
    <p class="grounding-score" data-testid="grounding-score">
      Grounding:{' '}
      {g.nClaims === 0 ? (
        'no numeric claims in this report'
      ) : (
        <>
          <strong>{Math.round(100 * g.scoreFrac)} %</strong> ({g.nSupported}/{g.nClaims} numbers
          supported by the measurements
          {g.nContradicted > 0 && `, ${g.nContradicted} contradicted`}
          {g.nUnsupported > 0 && `, ${g.nUnsupported} unsupported`}
          {g.nNotMeasured > 0 && `, ${g.nNotMeasured} not measured`})
        </>
      )}
    </p>
  );
}

/**
 * The legend of claim highlights.
 */
export function ClaimLegend() {
  return (
    <ul class="claim-legend" data-testid="claim-legend">
      {(Object.keys(CLAIM_LABELS) as ClaimStatus[]).map((s) => (
        <li key={s}>
          <mark class={`claim claim-${s}`}>12.3</mark> {CLAIM_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}

/**
 * Report text with every numeric claim highlighted by its grounding verdict; the tooltip names
 * the token it was matched with.
 * @param props - the text the grounding was computed on, and that grounding
 */
export function HighlightedReport(props: { text: string; grounding: GroundingResult }) {
  const { text } = props;
  const claims = [...props.grounding.claims].sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const c of claims) {
    if (c.start < at) continue;
    parts.push(text.slice(at, c.start));
    parts.push(
      <mark
        key={c.start}
        class={`claim claim-${c.status}`}
        data-status={c.status}
        title={tooltip(c)}
      >
        {text.slice(c.start, c.end)}
      </mark>,
    );
    at = c.end;
  }
  parts.push(text.slice(at));
  return (
    <pre class="report-text" data-testid="report-text">
      {parts}
    </pre>
  );
}

// Tooltip of one claim: verdict, problem and matched token.
function tooltip(c: VerifiedClaim): string {
  const token = c.tokenId
    ? `token ${c.tokenId}${Number.isFinite(c.expected) ? ` = ${c.expected}` : ''}`
    : 'no matching token';
  return `${CLAIM_LABELS[c.status]}${c.problem ? ` (${c.problem})` : ''}; ${token}`;
}
