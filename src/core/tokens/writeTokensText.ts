/** Deterministic text serialisation of a token set, for prompts and for people. */
import { formatSigned, formatValue } from './quantities';
import type { Token, TokenSet } from './types';
import { TOKENS_FORMAT } from './types';

/**
 * Serialise tokens to lines of text, one line per quantity, in the token set's fixed order.
 * @param set - a token set (format gaitlens.tokens/1); not modified
 * @returns the text, lines joined by `\n`, e.g.
 *   `cadence=173.7 steps/min (z=+2.1, high)` and
 *   `step_time=0.66 s L=0.50 s R=0.81 s (asym 47.3%)`
 * @remarks Grammar (docs/tokens-format.md): `quantity=VALUE` for the pooled token, then `L=VALUE`
 * and `R=VALUE` for side tokens, then `(asym A%)` when the quantity has an asymmetry token. Each
 * VALUE prints the fixed decimals of its unit; it is followed by `(z=±Z.Z, flag)` when the token has
 * a norm. A quantity with no value prints `not measured (reasons)`. Any low-confidence token of the
 * line appends `[low confidence: reasons]`. The first line is `# gaitlens.tokens/1`; rhythm is
 * followed by `trend=PATTERN` (when tokens came with TED) and the last line is `quality=ok` or
 * `quality=refused (reasons)`.
 */
export function writeTokensText(set: TokenSet): string {
  const lines: string[] = [`# ${TOKENS_FORMAT}`];
  const byQuantity = new Map<string, Token[]>();
  for (const t of set.tokens) {
    const q = t.group === 'asymmetry' ? t.quantity.replace(/_asym$/, '') : t.quantity;
    byQuantity.set(q, [...(byQuantity.get(q) ?? []), t]);
  }
  let rhythmSeen = false;
  for (const [quantity, group] of byQuantity) {
    if (group.some((t) => t.group === 'rhythm')) rhythmSeen = true;
    lines.push(writeLine(quantity, group));
  }
  if (rhythmSeen) lines.push(`trend=${set.trendPattern}`);
  lines.push(set.quality.ok ? 'quality=ok' : `quality=refused (${set.quality.reasons.join(', ')})`);
  return lines.join('\n');
}

// One quantity's line.
function writeLine(quantity: string, group: Token[]): string {
  const both = group.find((t) => t.side === 'both' && t.group !== 'asymmetry');
  const sides = group.filter((t) => t.side !== 'both');
  const asym = group.find((t) => t.group === 'asymmetry');
  const measured = group.filter((t) => Number.isFinite(t.value));
  if (measured.length === 0) {
    const reasons = unique(group.flatMap((t) => t.quality.reasons));
    return `${quantity}=not measured${reasons.length ? ` (${reasons.join(', ')})` : ''}`;
  }
  const parts: string[] = [];
  parts.push(both && Number.isFinite(both.value) ? `${quantity}=${value(both)}` : quantity);
  for (const t of sides)
    if (Number.isFinite(t.value)) parts.push(`${t.side === 'left' ? 'L' : 'R'}=${value(t)}`);
  if (asym && Number.isFinite(asym.value))
    parts.push(`(asym ${formatValue(asym.value, '%', asym.decimals)})`);
  const low = unique(
    measured.filter((t) => t.quality.lowConfidence).flatMap((t) => t.quality.reasons),
  );
  if (measured.some((t) => t.quality.lowConfidence))
    parts.push(`[low confidence${low.length ? `: ${low.join(', ')}` : ''}]`);
  return parts.join(' ');
}

// A value with its norm annotation.
function value(t: Token): string {
  const v = formatValue(t.value, t.unit, t.decimals);
  return t.norm && Number.isFinite(t.z) ? `${v} (z=${formatSigned(t.z, 1)}, ${t.flag})` : v;
}

// Sorted unique strings.
function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
