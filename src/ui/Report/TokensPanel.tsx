import type { Token, TokenSet } from '../../core/tokens/types';
import { formatSigned, formatValue } from '../../core/tokens/quantities';
import { writeTokensText } from '../../core/tokens/writeTokensText';

/**
 * The biomechanical tokens the report is built from: the serialised text (what a language model
 * reads) and a table with norm, z-score, flag and quality.
 * @param props - the token set
 */
export function TokensPanel(props: { tokens: TokenSet }) {
  const { tokens } = props;
  return (
    <section class="tokens-panel" data-testid="tokens">
      <h3>Tokens</h3>
      <table class="tokens-table" data-testid="tokens-table">
        <thead>
          <tr>
            <th>id</th>
            <th>value</th>
            <th>norm (mean ± SD)</th>
            <th>z</th>
            <th>flag</th>
            <th>quality</th>
          </tr>
        </thead>
        <tbody>
          {tokens.tokens.map((t) => (
            <tr key={t.id} class={t.quality.lowConfidence ? 'low-confidence' : ''}>
              <td>
                <code>{t.id}</code>
              </td>
              <td>{formatValue(t.value, t.unit, t.decimals)}</td>
              <td>{t.norm ? `${fmt(t, t.norm.mean)} ± ${fmt(t, t.norm.sd)}` : '—'}</td>
              <td>{Number.isFinite(t.z) ? formatSigned(t.z, 1) : '—'}</td>
              <td>{t.flag}</td>
              <td>{quality(t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Serialised tokens ({tokens.format})</summary>
        <pre class="tokens-text" data-testid="tokens-text">
          {writeTokensText(tokens)}
        </pre>
      </details>
    </section>
  );
}

// A norm value in the token's unit.
function fmt(t: Token, v: number): string {
  return formatValue(v, t.unit, t.decimals);
}

// Grade, count and low-confidence reasons.
function quality(t: Token): string {
  const q = t.quality;
  const grade = q.grade ? `grade ${q.grade}, ` : '';
  const low = q.lowConfidence
    ? ` · low confidence${q.reasons.length ? ` (${q.reasons.join(', ')})` : ''}`
    : '';
  return Number.isFinite(t.value)
    ? `${grade}n=${q.nUsed}${low}`
    : `not measured${q.reasons.length ? ` (${q.reasons.join(', ')})` : ''}`;
}
