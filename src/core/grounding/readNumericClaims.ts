/** Reading numeric claims (number, unit, quantity, side, role) out of free report text. */
import type { Side } from '../events/types';
import { ASYMMETRY_WORDS, COUNT_NOUNS, NORM_WORDS, QUANTITY_PHRASES, UNIT_WORDS } from './lexicon';
import type { ClaimRole, IgnoredNumber, IgnoreReason, NumericClaim } from './types';

/** Spans that are never claims: ISO and numeric dates, DOIs and URLs. */
const MASKS: ReadonlyArray<readonly [RegExp, IgnoreReason]> = [
  [/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, 'date'],
  [/\b10\.\d{4,}\/\S+|https?:\/\/\S+|\bdoi:\S+/gi, 'doi-or-url'],
];
const NUMBER = /[+\-−]?\d+(?:\.\d+)?/g;
const UNIT_AFTER = new RegExp(
  `^\\s*(?:${UNIT_WORDS.map((u) => `(${u.pattern})`).join('|')})(?![A-Za-z])`,
  'i',
);
const COUNT_AFTER = new RegExp(`^\\s*-?\\s*(?:${COUNT_NOUNS})\\b(?!\\s*(?:/|per)\\s*min)`, 'i');

/**
 * Find every number in a text and read it as a claim, or say why it is ignored.
 * @param text - report text (plain or markdown)
 * @param extraQuantities - further token quantities to recognise by their name with spaces
 *   (e.g. `knee_flexion_peak_swing` → "knee flexion peak swing")
 * @returns claims (span, value in canonical unit, rounding, unit, candidate quantities, side,
 *   role) and ignored numbers with reasons
 * @remarks Ignored, and listed with a reason: numbers inside identifiers (`L5`, `tokens/1`), dates,
 * years 1900–2099 without unit, DOIs and URLs, counts (a number followed by a count noun such as
 * "8 classes", "12 strides"), thresholds (after <, >, ≤, ≥, "at least", "more than"…), list
 * markers, and bare numbers with neither unit nor quantity. The quantity is the nearest quantity
 * phrase before the number in its sentence, unless a phrase right after the number ("31 % double
 * support") fits the unit and the one before does not. The side is the nearest left/right/L/R
 * since the previous number; `L/R a/b` pairs give left then right. The role is `z` after "z=" or
 * "z-score", `norm` after "±" or a norm word ("norm", "reference", "expected"…) since the previous
 * number, `asymmetry` after an asymmetry word, `frame` after "frame", and `timestamp` for a time in
 * parentheses right after a frame number. A range "a–b" gives b the role of a.
 */
export function readNumericClaims(
  text: string,
  extraQuantities: readonly string[] = [],
): { claims: NumericClaim[]; ignored: IgnoredNumber[] } {
  const masked: Array<[number, number, IgnoreReason]> = [];
  for (const [re, reason] of MASKS)
    for (const m of text.matchAll(re)) masked.push([m.index, m.index + m[0].length, reason]);
  const mentions = findMentions(text, extraQuantities);
  const claims: NumericClaim[] = [];
  const ignored: IgnoredNumber[] = [];
  let prevEnd = 0;
  let prevRole: ClaimRole = 'value';
  const numbers = [...text.matchAll(NUMBER)];
  for (let k = 0; k < numbers.length; k++) {
    const m = numbers[k]!;
    let start = m.index;
    let raw = m[0];
    if (/^[+\-−]/.test(raw) && /[\w)]/.test(text[start - 1] ?? ''))
      [start, raw] = [start + 1, raw.slice(1)];
    const mask = masked.find(([a, b]) => start >= a && start < b);
    const ignore = (reason: IgnoreReason, end = start + raw.length): void => {
      ignored.push({ start, end, text: text.slice(start, end), reason });
    };
    if (mask) {
      if (!ignored.some((g) => g.start === mask[0]))
        ignored.push({
          start: mask[0],
          end: mask[1],
          text: text.slice(mask[0], mask[1]),
          reason: mask[2],
        });
      continue;
    }
    const before = text.slice(0, start);
    const prevChar = text[start - 1] ?? '';
    if (
      /[A-Za-z_.]/.test(prevChar) ||
      (/[-/]/.test(prevChar) && /[A-Za-z]/.test(text[start - 2] ?? '')) ||
      /\d/.test(prevChar)
    ) {
      ignore('identifier');
      continue;
    }
    let end = start + raw.length;
    const pair = /^\s*\/\s*(\d+(?:\.\d+)?)/.exec(text.slice(end));
    const values = [raw];
    if (pair) {
      values.push(pair[1]!);
      end += pair[0].length;
      k++;
    }
    const after = text.slice(end);
    if (/^[A-Za-z]/.test(after) && !UNIT_AFTER.test(after)) {
      ignore('identifier');
      continue;
    }
    if (COUNT_AFTER.test(after)) {
      ignore('count');
      continue;
    }
    if (
      /(?:[<>≤≥]=?|\bat\s+(?:least|most)|\b(?:more|less|greater|fewer)\s+than)\s*$/i.test(before)
    ) {
      ignore('threshold');
      continue;
    }
    if (/(?:^|\n)\s*$/.test(before) && /^[.)]\s/.test(after)) {
      ignore('list-marker');
      continue;
    }
    const unitMatch = UNIT_AFTER.exec(after);
    const unitWord = unitMatch
      ? UNIT_WORDS[unitMatch.slice(1).findIndex((g) => g !== undefined)]!
      : null;
    const claimEnd = end + (unitMatch ? unitMatch[0].length : 0);
    const isYear = !unitWord && !raw.includes('.') && +raw >= 1900 && +raw <= 2099;
    if (isYear) {
      ignore('year');
      continue;
    }
    let sentenceStart = 0;
    for (const b of before.matchAll(/[.!?](?=\s)|\n/g)) sentenceStart = b.index + 1;
    const region = text.slice(Math.max(prevEnd, sentenceStart), start);
    let role: ClaimRole = 'value';
    if (/\bframes?\s*#?\s*$/i.test(before)) role = 'frame';
    else if (/\bframes?\s*#?\s*\d+\s*\(\s*(?:t\s*=\s*)?$/i.test(before) && unitWord?.unit === 's')
      role = 'timestamp';
    else if (/\bz(?:[- ]?scores?)?\s*(?:=|:|of|is|was)?\s*$/i.test(before)) role = 'z';
    else if (/±\s*$/.test(before) || NORM_WORDS.test(region)) role = 'norm';
    else if (ASYMMETRY_WORDS.test(region)) role = 'asymmetry';
    else if (/\d\s*[–-]\s*$/.test(before)) role = prevRole;
    const quantities = pickQuantity(
      mentions,
      sentenceStart,
      start,
      claimEnd,
      text,
      unitWord?.unit ?? null,
    );
    if (!unitWord && quantities.length === 0 && role !== 'frame' && role !== 'z') {
      ignore('no-unit-no-quantity', end);
      prevEnd = end;
      continue;
    }
    const sides = pair
      ? pairSides(region)
      : [sideIn(region, after.slice(unitMatch?.[0].length ?? 0))];
    values.forEach((v, i) => {
      const decimals = v.split('.')[1]?.length ?? 0;
      const factor = unitWord?.factor ?? 1;
      claims.push({
        start: i === 0 ? start : end - v.length,
        end: i === 0 && pair ? start + raw.length : claimEnd,
        text: text.slice(
          i === 0 ? start : end - v.length,
          i === 0 && pair ? start + raw.length : claimEnd,
        ),
        value: Number(v.replace('−', '-')) * factor,
        roundingHalfStep: 0.5 * 10 ** -decimals * factor,
        unit: unitWord?.unit ?? null,
        quantities,
        side: sides[i] ?? null,
        role,
      });
    });
    prevEnd = claimEnd;
    prevRole = role;
  }
  return { claims, ignored };
}

interface Mention {
  start: number;
  end: number;
  quantities: readonly string[];
}

// All quantity phrases in the text, longest first where they overlap.
function findMentions(text: string, extra: readonly string[]): Mention[] {
  const phrases = [
    ...QUANTITY_PHRASES,
    ...extra.map((q) => ({ pattern: q.replace(/_/g, '[ _-]'), quantities: [q] })),
  ];
  const all: Mention[] = [];
  for (const p of phrases)
    for (const m of text.matchAll(new RegExp(`\\b(?:${p.pattern})\\b`, 'gi')))
      all.push({ start: m.index, end: m.index + m[0].length, quantities: p.quantities });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) if (!out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

// Quantity before the number in its sentence, or right after it when that one fits the unit better.
function pickQuantity(
  mentions: Mention[],
  sentenceStart: number,
  start: number,
  end: number,
  text: string,
  unit: string | null,
): string[] {
  const before = mentions.filter((m) => m.start >= sentenceStart && m.end <= start).at(-1);
  const next = mentions.find((m) => m.start >= end);
  const after =
    next &&
    /^\s*(?:of\s+|in\s+|for\s+|during\s+)?(?:the\s+)?(?:left\s+|right\s+)?$/i.test(
      text.slice(end, next.start),
    )
      ? next
      : undefined;
  const fits = (m: Mention | undefined): boolean =>
    !!m && (unit === null || m.quantities.some((q) => unitFits(q, unit)));
  if (before && fits(before)) return [...before.quantities];
  if (after && fits(after)) return [...after.quantities];
  return [...((before ?? after)?.quantities ?? [])];
}

// Whether a quantity is usually given in a unit (used only to choose between candidate phrases).
function unitFits(quantity: string, unit: string): boolean {
  if (unit === '%') return !/_time$|^speed$|length$|^cadence$|frequency/.test(quantity);
  if (unit === 's') return /_time$/.test(quantity);
  if (unit === 'steps/min') return quantity === 'cadence';
  if (unit === 'm/s') return quantity === 'speed';
  if (unit === 'm') return /length$/.test(quantity);
  if (unit === 'Hz') return /frequency/.test(quantity);
  return true;
}

// Nearest side word in the region before the number, or a "(L)" / "(left)" right after its unit.
function sideIn(region: string, after: string): Side | null {
  const post = /^\s*\((left|right|L|R)\)/i.exec(after);
  if (post) return post[1]!.toLowerCase().startsWith('l') ? 'left' : 'right';
  const words = [...region.matchAll(/\b(?:(left)|(right)|(L)|(R))\b/gi)].filter(
    (w) => !(w[3] || w[4]) || /^[LR]$/.test(w[0]),
  );
  const last = words.at(-1);
  if (!last) return null;
  return last[1] || last[3] ? 'left' : 'right';
}

// Sides of an "a/b" pair from "L/R", "left/right", "R/L" or "right/left" before it (default left, right).
function pairSides(region: string): Side[] {
  return /\b(?:R\/L|right\/left)\b/i.test(region) ? ['right', 'left'] : ['left', 'right'];
}
