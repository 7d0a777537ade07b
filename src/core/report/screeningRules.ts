/** Transparent screening rules that turn flagged tokens into pattern impressions (never diagnoses). */
import type { Token, TokenSet } from '../tokens/types';
import type { Criterion, Impression, PatternClass } from './types';

/** Parameters of {@link computeImpressions}. GaitLens screening choices, not published cut-offs. */
export interface ScreeningParams {
  /** Asymmetry (symmetry index) at or above which gait is called asymmetric, %. */
  asymmetryPct: number;
  /** PCI at or above which rhythm is called irregular, % (healthy adults ≈ 2–4 %, Plotnik 2007). */
  pciPct: number;
  /** Step regularity below which rhythm is called irregular (−1 to 1). */
  stepRegularity: number;
  /** Fewest tokens with a norm needed to state "no deviation from normative ranges" (count). */
  minNormedForNormal: number;
}

/** Defaults of {@link computeImpressions}. */
export const DEFAULT_SCREENING_PARAMS: Readonly<ScreeningParams> = Object.freeze({
  asymmetryPct: 10,
  pciPct: 6,
  stepRegularity: 0.5,
  minNormedForNormal: 3,
});

/**
 * Apply the screening rules to a token set.
 * @param set - tokens of one analysis; not modified
 * @param params - rule thresholds
 * @returns impressions in priority order, each with all its criteria (met, not met, not measured)
 * @remarks Rules (docs/report.md): parkinsonian features = shortened steps AND prolonged double
 * support (supported by reduced arm swing, festination); crouch as seen in cerebral palsy = knee
 * flexion in stance above norm; myopathic (waddling) = pelvic obliquity or trunk lateral sway above
 * norm; asymmetric gait = any step-time, stance, swing or step-length asymmetry ≥ asymmetryPct;
 * irregular rhythm = PCI ≥ pciPct or step regularity < stepRegularity; otherwise deviations without
 * a recognised pattern; with no flag among ≥ minNormedForNormal normed tokens: no deviation from
 * normative ranges. Exercise, style and DCM are never inferred by rules. Low-confidence tokens
 * still count, but an impression resting only on them is marked `lowConfidence` and the report
 * says so.
 */
export function computeImpressions(
  set: TokenSet,
  params: ScreeningParams = DEFAULT_SCREENING_PARAMS,
): Impression[] {
  const measured = set.tokens.filter((t) => Number.isFinite(t.value));
  const find = (re: RegExp): Token[] => measured.filter((t) => re.test(t.quantity));
  const flagged = (
    re: RegExp,
    flag: 'high' | 'low',
    text: string,
    required: boolean,
  ): Criterion => {
    const ts = find(re).filter((t) => t.norm);
    const hit = ts.filter((t) => t.flag === flag);
    return {
      text,
      met: ts.length ? hit.length > 0 : null,
      required,
      tokenIds: (hit.length ? hit : ts).map((t) => t.id),
    };
  };
  const out: Impression[] = [];
  const byId = new Map(set.tokens.map((t) => [t.id, t]));
  const add = (
    ruleId: string,
    patternClass: PatternClass,
    label: string,
    criteria: Criterion[],
  ): void => {
    const req = criteria.filter((c) => c.required);
    const fires = req.length
      ? req.every((c) => c.met === true)
      : criteria.some((c) => c.met === true);
    if (!fires) return;
    const behind = criteria.filter((c) => c.met === true).flatMap((c) => c.tokenIds);
    const lowConfidence =
      behind.length > 0 && behind.every((id) => byId.get(id)?.quality.lowConfidence === true);
    out.push({ ruleId, patternClass, label, criteria, lowConfidence });
  };
  add('parkinsonian', 'parkinsons', 'features seen in parkinsonian gait', [
    flagged(
      /^(step|stride)_length$/,
      'low',
      'shortened steps (step or stride length below the normative band)',
      true,
    ),
    flagged(
      /^double_support$/,
      'high',
      'prolonged double support (above the normative band)',
      true,
    ),
    flagged(/^arm_swing/, 'low', 'reduced arm swing (below the normative band)', false),
    {
      text: 'festination (cadence rising while steps shorten within the bout)',
      met: set.trendPattern === 'undetermined' ? null : set.trendPattern === 'festination',
      required: false,
      tokenIds: find(/^(cadence|step_length)_change$/).map((t) => t.id),
    },
  ]);
  add('crouch', 'cerebral-palsy', 'features seen in crouch gait, as in cerebral palsy', [
    flagged(
      /^knee_flexion.*(contact|stance)/,
      'high',
      'knee flexion in stance above the normative band',
      true,
    ),
  ]);
  add('waddling', 'myopathic', 'features seen in myopathic (waddling) gait', [
    flagged(
      /pelvi.*obliquity|trunk.*(lateral|sway)/,
      'high',
      'pelvic obliquity or trunk lateral sway above the normative band',
      true,
    ),
  ]);
  const asym = find(/^(step_time|stance|swing|step_length)_asym$/);
  const asymHit = asym.filter((t) => t.value >= params.asymmetryPct);
  add('asymmetric', 'abnormal', 'asymmetric gait', [
    {
      text: `left–right asymmetry of step time, stance, swing or step length ≥ ${params.asymmetryPct}%`,
      met: asym.length ? asymHit.length > 0 : null,
      required: true,
      tokenIds: (asymHit.length ? asymHit : asym).map((t) => t.id),
    },
  ]);
  const pci = find(/^pci$/);
  const reg = find(/^step_regularity$/);
  const irregular = [
    ...pci.filter((t) => t.value >= params.pciPct),
    ...reg.filter((t) => t.value < params.stepRegularity),
  ];
  add('irregular-rhythm', 'abnormal', 'irregular stepping rhythm', [
    {
      text: `phase coordination index ≥ ${params.pciPct}% or step regularity < ${params.stepRegularity}`,
      met: pci.length + reg.length ? irregular.length > 0 : null,
      required: true,
      tokenIds: (irregular.length ? irregular : [...pci, ...reg]).map((t) => t.id),
    },
  ]);
  const normed = measured.filter((t) => t.norm);
  const off = normed.filter((t) => t.flag === 'high' || t.flag === 'low');
  if (out.length === 0 && off.length > 0)
    add(
      'unpatterned',
      'abnormal',
      'deviations from normative ranges without a recognised pattern',
      [
        {
          text: 'at least one measurement outside its normative band',
          met: true,
          required: true,
          tokenIds: off.map((t) => t.id),
        },
      ],
    );
  if (out.length === 0 && normed.length >= params.minNormedForNormal)
    add('within-norms', 'normal', 'no deviation from normative ranges', [
      {
        text: `every measurement with a norm lies within its band (at least ${params.minNormedForNormal} compared)`,
        met: true,
        required: true,
        tokenIds: normed.map((t) => t.id),
      },
    ]);
  return out;
}
