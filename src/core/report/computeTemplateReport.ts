/** The default report: built from tokens by fixed sentences, with rule-based impressions. */
import { formatSigned, formatValue } from '../tokens/quantities';
import type { Token, TokenSet } from '../tokens/types';
import type { CycleKeyFrames } from '../ted/types';
import { computeImpressions, DEFAULT_SCREENING_PARAMS } from './screeningRules';
import type { ScreeningParams } from './screeningRules';
import type { Finding, Report } from './types';
import { DISCLAIMER, REPORT_FORMAT } from './types';

/**
 * Build the template report (no model needed) from a token set.
 * @param set - tokens of one analysis (gaitlens.tokens/1); not modified
 * @param params - screening-rule thresholds
 * @returns a report with source `template`: findings, L/R comparison, deviations, rhythm, key
 *   frames, data quality and impressions; status `declined` with the reasons when the token
 *   set's quality is not ok
 * @remarks Every number is printed from a token with the token's decimals, in sentences the
 * grounding verifier reads ("Step time: left 0.50 s, right 0.81 s (asymmetry 47.3%)."), so a
 * template report always grounds at 100 %. The headline pattern class is that of the first
 * impression; confidence is NaN (rules give no probability).
 */
export function computeTemplateReport(
  set: TokenSet,
  params: ScreeningParams = DEFAULT_SCREENING_PARAMS,
): Report {
  const base: Report = {
    format: REPORT_FORMAT,
    source: 'template',
    status: 'ok',
    declineReasons: [],
    findings: [],
    lrComparison: [],
    deviations: [],
    rhythm: [],
    keyFrames: [],
    dataQuality: [],
    impressions: [],
    patternClass: null,
    confidenceFrac: NaN,
    rationale: '',
    citedTokens: [],
    disclaimer: DISCLAIMER,
  };
  if (!set.quality.ok)
    return { ...base, status: 'declined', declineReasons: [...set.quality.reasons] };
  const toks = set.tokens;
  const measured = (t: Token | undefined): t is Token => !!t && Number.isFinite(t.value);
  const quantities = [
    ...new Set(toks.filter((t) => t.group !== 'asymmetry').map((t) => t.quantity)),
  ];
  for (const q of quantities) {
    const of = (side: Token['side']): Token | undefined =>
      toks.find((t) => t.quantity === q && t.side === side && t.group !== 'asymmetry');
    const [both, left, right] = [of('both'), of('left'), of('right')];
    const asym = toks.find((t) => t.quantity === `${q}_asym`);
    const rhythm = both?.group === 'rhythm';
    if (measured(both))
      (rhythm ? base.rhythm : base.findings).push(
        f(`${label(q)}: ${v(both)}${normText(both)}${lowText(both)}.`, [both]),
      );
    if (measured(left) && measured(right)) {
      const a = measured(asym) ? ` (asymmetry ${v(asym)})` : '';
      base.lrComparison.push(
        f(`${label(q)}: left ${v(left)}, right ${v(right)}${a}.`, [
          left,
          right,
          ...(measured(asym) ? [asym] : []),
        ]),
      );
    } else
      for (const t of [left, right])
        if (measured(t)) base.lrComparison.push(f(`${label(q)}: ${t.side} ${v(t)}.`, [t]));
    for (const t of [both, left, right])
      if (measured(t) && (t.flag === 'high' || t.flag === 'low')) {
        const side = t.side === 'both' ? '' : `${t.side === 'left' ? 'Left' : 'Right'} `;
        const name = side ? label(q).toLowerCase() : label(q);
        base.deviations.push(
          f(
            `${side}${name} is ${t.flag === 'high' ? 'above' : 'below'} the normative band (z=${formatSigned(t.z, 1)}).`,
            [t],
          ),
        );
      }
    const any = [both, left, right].filter((t) => !!t);
    if (!rhythm && any.length && !any.some(measured))
      base.dataQuality.push(
        f(
          `${label(q)}: not measured (${unique(any.flatMap((t) => t.quality.reasons)).join(', ')}).`,
          any,
        ),
      );
    else if (both?.group === 'spatiotemporal' && measured(both)) {
      const g = both.quality.grade ? `, grade ${both.quality.grade}` : '';
      base.dataQuality.push(
        f(`${label(q)}: ${both.quality.nUsed} cycles used${g}${lowText(both)}.`, [both]),
      );
    }
  }
  if (toks.some((t) => t.group === 'rhythm'))
    base.rhythm.push(f(`Trend within the bout: ${set.trendPattern}.`, []));
  const kf = set.keyFrames;
  if (kf?.representative)
    base.keyFrames.push(f(cycleText('Representative cycle', kf.representative), []));
  if (kf?.mostAbnormal)
    base.keyFrames.push(f(cycleText('Most abnormal cycle', kf.mostAbnormal), []));
  base.dataQuality.unshift(f('Analysis quality: ok.', []));
  base.impressions = computeImpressions(set, params);
  base.patternClass = base.impressions[0]?.patternClass ?? null;
  base.citedTokens = unique(
    [base.findings, base.lrComparison, base.deviations, base.rhythm]
      .flat()
      .flatMap((x) => x.tokenIds),
  );
  return base;
}

// A finding from its text and tokens.
function f(text: string, tokens: Token[]): Finding {
  return { text, tokenIds: tokens.map((t) => t.id) };
}

// Display name of a quantity.
function label(q: string): string {
  const name = q === 'pci' ? 'phase coordination index' : q.replace(/_/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// Token value with its unit and decimals.
function v(t: Token): string {
  return formatValue(t.value, t.unit, t.decimals);
}

// " (norm M ± SD, z=±Z)" when the token has a norm.
function normText(t: Token): string {
  if (!t.norm) return '';
  const m = formatValue(t.norm.mean, t.unit, t.decimals);
  const sd = formatValue(t.norm.sd, t.unit, t.decimals);
  return ` (norm ${m} ± ${sd}, z=${formatSigned(t.z, 1)}, ${t.flag})`;
}

// " (low confidence: reasons)" for low-confidence tokens.
function lowText(t: Token): string {
  return t.quality.lowConfidence
    ? ` (low confidence${t.quality.reasons.length ? `: ${t.quality.reasons.join(', ')}` : ''})`
    : '';
}

// Key-frame sentence of one cycle.
function cycleText(title: string, c: CycleKeyFrames): string {
  const parts = [`heel strike frame ${c.heelStrikeFrame} (${c.heelStrikeTimeS.toFixed(2)} s)`];
  if (c.toeOffFrame >= 0)
    parts.push(`toe-off frame ${c.toeOffFrame} (${c.toeOffTimeS.toFixed(2)} s)`);
  if (c.midSwingFrame >= 0)
    parts.push(`mid-swing frame ${c.midSwingFrame} (${c.midSwingTimeS.toFixed(2)} s)`);
  parts.push(
    `next heel strike frame ${c.nextHeelStrikeFrame} (${c.nextHeelStrikeTimeS.toFixed(2)} s)`,
  );
  return `${title} (${c.side}): ${parts.join(', ')}.`;
}

// Sorted unique strings.
function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
