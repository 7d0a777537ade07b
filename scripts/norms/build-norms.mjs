#!/usr/bin/env node
// Builds the normative data bundled with the app (src/core/norms/data/*.json) from the shared CSVs
// in ../shared/data/norms (see docs/norms.md). Run from the repo root: `node scripts/norms/build-norms.mjs`
// (optional first argument: the shared norms folder). Standard library + prettier only.
//
// Output:
//   fukuchi2018Angles.json   adult sagittal curves, OC speed, side `both`, 101 points (CC BY 4.0)
//   schwartz2008Angles.json  paediatric sagittal curves, 5 speed bands, 51 points (CC BY-SA 4.0)
//   spatiotemporal.json      adult parameter norms by age group and sex (CC BY 4.0 / MIT / cited facts)
// Curves are rounded to 0.01 deg; spatiotemporal means/SDs to 4 decimals.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NORMS = resolve(process.argv[2] ?? join(ROOT, '../shared/data/norms'));
const OUT = join(ROOT, 'src/core/norms/data');

/** Rows of the facts CSV whose verification column is one of these are used; all others are not. */
export const VERIFIED_LEVELS = Object.freeze(['primary abstract', 'primary article text']);

/** Parse a CSV with a header row and double-quoted fields into objects. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const read = (path) => parseCsv(readFileSync(join(NORMS, path), 'utf8'));
const round = (v, digits) => Number(Number(v).toFixed(digits));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs) => Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1));
const SEX = { M: 'm', F: 'f', All: 'all', both: 'all' };
const SEX_WORD = { m: 'male', f: 'female', all: 'both sexes' };

/** Fukuchi 2018 OC curves per age group (side `both`), with the group's age range. */
function fukuchiAngles() {
  const curves = read('adult/fukuchi2018_sagittal_angles_OC.csv').filter((r) => r.side === 'both');
  const ages = read('adult/fukuchi2018_speed_by_age_sex.csv').filter(
    (r) => r.variable === 'age' && r.sex === 'All',
  );
  const joints = {
    pelvis_tilt: 'pelvisTilt',
    hip_flexion: 'hip',
    knee_flexion: 'knee',
    ankle_dorsiflexion: 'ankle',
  };
  const groups = ['Young', 'Older', 'All'].map((group) => {
    const age = ages.find((r) => r.age_group === group);
    const out = {
      group,
      ageMinYears: Number(age.age_min),
      ageMaxYears: Number(age.age_max),
      n: 0,
      curves: {},
    };
    for (const [csvJoint, joint] of Object.entries(joints)) {
      const rows = curves
        .filter((r) => r.group === group && r.joint === csvJoint)
        .sort((a, b) => Number(a.pct) - Number(b.pct));
      if (rows.length !== 101)
        throw new Error(`${group} ${csvJoint}: ${rows.length} points, expected 101`);
      out.n = Number(rows[0].n);
      out.curves[joint] = {
        mean: rows.map((r) => round(r.mean_deg, 2)),
        sd: rows.map((r) => round(r.sd_deg, 2)),
      };
    }
    return out;
  });
  return {
    reference: 'Fukuchi2018',
    condition: 'overground, self-selected comfortable speed (OC)',
    points: 101,
    groups,
  };
}

/** Schwartz 2008 sagittal curves (X axis) per speed band, 51 points. */
function schwartzAngles() {
  const rows = read('schwartz2008_mean_sd.csv').filter((r) => r.axis === 'X' && r.unit === 'deg');
  const vars = {
    PelvisAngles: 'pelvisTilt',
    HipAngles: 'hip',
    KneeAngles: 'knee',
    AnkleAngles: 'ankle',
  };
  const bands = {};
  for (const band of ['VerySlow', 'Slow', 'Free', 'Fast', 'VeryFast']) {
    bands[band] = {};
    for (const [variable, joint] of Object.entries(vars)) {
      const r = rows
        .filter((x) => x.speed === band && x.variable === variable)
        .sort((a, b) => Number(a.pct_gait_cycle) - Number(b.pct_gait_cycle));
      if (r.length !== 51) throw new Error(`${band} ${variable}: ${r.length} points, expected 51`);
      bands[band][joint] = {
        mean: r.map((x) => round(x.mean, 2)),
        sd: r.map((x) => round(x.sd, 2)),
      };
    }
  }
  return { reference: 'Schwartz2008', points: 51, bands };
}

/** One norm row. */
function row(key, reference, priority, ageMin, ageMax, sex, m, s, n, condition, population) {
  return {
    key,
    reference,
    priority,
    ageMinYears: ageMin,
    ageMaxYears: ageMax,
    sex,
    mean: round(m, 4),
    sd: round(s, 4),
    n,
    condition,
    population,
  };
}

/** Adult spatiotemporal norms: Fukuchi overground speed, BMClab treadmill V5, verified published facts. */
function spatiotemporal() {
  const rows = [];
  const who = (group, sex, min, max, n) =>
    `healthy adults (${group} group), ${min}–${max} y, ${SEX_WORD[sex]}, n = ${n}`;
  for (const r of read('adult/fukuchi2018_speed_by_age_sex.csv')) {
    if (r.variable !== 'speed' || r.condition !== 'overground self-selected comfortable') continue;
    const sex = SEX[r.sex];
    const [min, max, n] = [Number(r.age_min), Number(r.age_max), Number(r.n)];
    rows.push(
      row(
        'speedMPerS',
        'Fukuchi2018',
        2,
        min,
        max,
        sex,
        r.mean,
        r.sd,
        n,
        'overground, comfortable speed',
        who(r.age_group, sex, min, max, n),
      ),
    );
  }
  const v5 = {
    cadence: 'cadenceStepsPerMin',
    step_length: 'stepLengthM',
    stride_length: 'strideLengthM',
  };
  for (const r of read('adult/fukuchi2018_treadmill_spatiotemporal_by_age_sex.csv')) {
    if (!r.speed_level.startsWith('V5') || !(r.variable in v5)) continue;
    const sex = SEX[r.sex];
    const [min, max, n] = [Number(r.age_min), Number(r.age_max), Number(r.n)];
    rows.push(
      row(
        v5[r.variable],
        'FukuchiBMClab',
        2,
        min,
        max,
        sex,
        r.mean,
        r.sd,
        n,
        'treadmill, comfortable speed (V5)',
        who(r.age_group, sex, min, max, n),
      ),
    );
  }
  // Step and stride time per subject from cadence at V5 (step time = 60 / cadence), then group stats.
  const subjects = read('adult/bmclab_h2a_allspeeds_43subs.csv').filter((r) => r.SpeedCat === 'V5');
  for (const group of ['Young', 'Older', 'All']) {
    for (const sexCode of ['M', 'F', 'All']) {
      const g = subjects.filter(
        (r) =>
          (group === 'All' || r.AgeGroup === group) && (sexCode === 'All' || r.Gender === sexCode),
      );
      const ages = g.map((r) => Number(r.Age));
      const [min, max, n, sex] = [Math.min(...ages), Math.max(...ages), g.length, SEX[sexCode]];
      for (const [key, factor] of [
        ['stepTimeS', 60],
        ['strideTimeS', 120],
      ]) {
        const xs = g.map((r) => factor / Number(r.Cadence));
        rows.push(
          row(
            key,
            'FukuchiBMClab',
            2,
            min,
            max,
            sex,
            mean(xs),
            sd(xs),
            n,
            'treadmill, comfortable speed (V5)',
            who(group, sex, min, max, n),
          ),
        );
      }
    }
  }
  const skipped = [];
  for (const r of read('adult/spatiotemporal_published_facts.csv')) {
    const usable =
      VERIFIED_LEVELS.includes(r.verification) && r.variable === 'gait_speed' && r.sd !== '';
    if (!usable) {
      skipped.push(
        `${r.citation.slice(0, 24)}… ${r.variable} (${r.verification || 'no verification'}${r.sd === '' ? ', no SD' : ''})`,
      );
      continue;
    }
    const scale = r.unit === 'cm/s' ? 0.01 : 1;
    const ages = r.age_group.match(/^>=(\d+)$/) ?? r.age_group.match(/^(\d+)-(\d+)$/);
    if (!ages) throw new Error(`unparsed age group ${r.age_group}`);
    const min = Number(ages[1]);
    const max = ages[2] === undefined ? null : Number(ages[2]);
    const reference = r.citation.startsWith('Kasovic')
      ? 'Kasovic2021'
      : r.citation.split(',')[0].split(' ')[0] + r.citation.match(/\((\d{4})\)/)[1];
    rows.push(
      row(
        'speedMPerS',
        reference,
        1,
        min,
        max,
        SEX[r.sex],
        r.mean * scale,
        r.sd * scale,
        Number(r.n),
        r.condition,
        r.population,
      ),
    );
  }
  const subjectsInfo = read('adult/fukuchi2018_subjects_speed.csv');
  const ratios = subjectsInfo.map((r) => Number(r.leg_length_m) / Number(r.height_m));
  return {
    rows,
    legLengthPerHeight: {
      mean: round(mean(ratios), 4),
      sd: round(sd(ratios), 4),
      n: ratios.length,
      reference: 'Fukuchi2018',
    },
    skippedFacts: skipped.length,
  };
}

async function write(name, data) {
  const text = await prettier.format(JSON.stringify(data), { parser: 'json', printWidth: 100 });
  writeFileSync(join(OUT, name), text);
  console.log(`wrote ${name} (${text.length} bytes)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await write('fukuchi2018Angles.json', fukuchiAngles());
  await write('schwartz2008Angles.json', schwartzAngles());
  const st = spatiotemporal();
  console.log(`facts rows skipped (unverified or without SD): ${st.skippedFacts}`);
  delete st.skippedFacts;
  await write('spatiotemporal.json', st);
}
