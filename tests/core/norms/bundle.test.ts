import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADULT_CURVES, CHILD_CURVES, SPATIOTEMPORAL_NORMS } from '../../../src/core/norms/normData';
import { readCsv } from './readCsv';

const NORMS = '../shared/data/norms';
/** Bundled curves are rounded to 0.01°, so they may differ from the CSV by half of that. */
const CURVE_ROUND_DEG = 0.005 + 1e-9;
/** Spatiotemporal values are rounded to 4 decimals. */
const ST_ROUND = 0.00005 + 1e-12;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('bundled norms (src/core/norms/data) against the shared CSVs', () => {
  it('the shared source CSVs have the checksums their READMEs list', () => {
    expect(sha256(`${NORMS}/adult/fukuchi2018_sagittal_angles_OC.csv`)).toBe(
      'a454499b2028e98bce7dcc66dcdf4838a8ea43c9d487654e8cdb90d30f2797b0',
    );
    expect(sha256(`${NORMS}/schwartz2008_mean_sd.csv`)).toBe(
      'e0b48006b939eb4baee270e0be1d4a8e6d0becc6d863036dc53c2cb5fea4ae59',
    );
    expect(sha256(`${NORMS}/adult/fukuchi2018_speed_by_age_sex.csv`)).toBe(
      '3238f7a02071b5d23f6099e56ed44b427823c6e54ffe00556754453a5ffafda2',
    );
    expect(sha256(`${NORMS}/adult/fukuchi2018_treadmill_spatiotemporal_by_age_sex.csv`)).toBe(
      '9f2cca8a8799cad925cb4ab718e4f9d850feb971db7e35993dc73116698f58d7',
    );
    expect(sha256(`${NORMS}/adult/bmclab_h2a_allspeeds_43subs.csv`)).toBe(
      '0b7b63bda841c37741446ac2f7bdbceef1ebc39575778956d8175f5b9e54f019',
    );
    expect(sha256(`${NORMS}/adult/spatiotemporal_published_facts.csv`)).toBe(
      '599294db9c2dae09a4176228372a13340c6e0fdf55dfbd949490d1e528db0cf2',
    );
  });

  it('ADULT_CURVES equals fukuchi2018_sagittal_angles_OC.csv (side both) to 0.01°', () => {
    const rows = readCsv(`${NORMS}/adult/fukuchi2018_sagittal_angles_OC.csv`).filter(
      (r) => r.side === 'both',
    );
    const joints = {
      pelvisTilt: 'pelvis_tilt',
      hip: 'hip_flexion',
      knee: 'knee_flexion',
      ankle: 'ankle_dorsiflexion',
    } as const;
    expect(ADULT_CURVES.groups.map((g) => g.group)).toEqual(['Young', 'Older', 'All']);
    let compared = 0;
    for (const g of ADULT_CURVES.groups) {
      for (const [joint, csvJoint] of Object.entries(joints) as [keyof typeof joints, string][]) {
        const src = rows.filter((r) => r.group === g.group && r.joint === csvJoint);
        expect(src).toHaveLength(101);
        for (const r of src) {
          const p = Number(r.pct);
          expect(Math.abs(g.curves[joint].mean[p]! - Number(r.mean_deg))).toBeLessThanOrEqual(
            CURVE_ROUND_DEG,
          );
          expect(Math.abs(g.curves[joint].sd[p]! - Number(r.sd_deg))).toBeLessThanOrEqual(
            CURVE_ROUND_DEG,
          );
          expect(g.n).toBe(Number(r.n));
          compared++;
        }
      }
    }
    expect(compared).toBe(3 * 4 * 101);
  });

  it('CHILD_CURVES equals schwartz2008_mean_sd.csv (sagittal X axis) to 0.01°', () => {
    const rows = readCsv(`${NORMS}/schwartz2008_mean_sd.csv`).filter((r) => r.axis === 'X');
    const vars = {
      pelvisTilt: 'PelvisAngles',
      hip: 'HipAngles',
      knee: 'KneeAngles',
      ankle: 'AnkleAngles',
    } as const;
    let compared = 0;
    for (const [band, joints] of Object.entries(CHILD_CURVES.bands)) {
      for (const [joint, variable] of Object.entries(vars) as [keyof typeof vars, string][]) {
        const src = rows.filter((r) => r.speed === band && r.variable === variable);
        expect(src).toHaveLength(51);
        for (const r of src) {
          const i = Number(r.pct_gait_cycle) / 2;
          expect(Math.abs(joints[joint].mean[i]! - Number(r.mean))).toBeLessThanOrEqual(
            CURVE_ROUND_DEG,
          );
          expect(Math.abs(joints[joint].sd[i]! - Number(r.sd))).toBeLessThanOrEqual(
            CURVE_ROUND_DEG,
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(5 * 4 * 51);
  });

  it('SPATIOTEMPORAL_NORMS rows equal their CSV sources (speed, treadmill V5, derived step time, Kasovic)', () => {
    const sexOf = { M: 'm', F: 'f', All: 'all' } as Record<string, string>;
    const find = (key: string, reference: string, row: Record<string, string>) =>
      SPATIOTEMPORAL_NORMS.rows.filter(
        (r) =>
          r.key === key &&
          r.reference === reference &&
          r.ageMinYears === Number(row.age_min) &&
          r.ageMaxYears === Number(row.age_max) &&
          r.sex === sexOf[row.sex!] &&
          r.n === Number(row.n),
      );
    for (const r of readCsv(`${NORMS}/adult/fukuchi2018_speed_by_age_sex.csv`)) {
      if (r.variable !== 'speed' || r.condition !== 'overground self-selected comfortable')
        continue;
      const [b, ...more] = find('speedMPerS', 'Fukuchi2018', r);
      expect(more).toHaveLength(0);
      expect(Math.abs(b!.mean - Number(r.mean))).toBeLessThanOrEqual(ST_ROUND);
      expect(Math.abs(b!.sd - Number(r.sd))).toBeLessThanOrEqual(ST_ROUND);
    }
    const keys = {
      cadence: 'cadenceStepsPerMin',
      step_length: 'stepLengthM',
      stride_length: 'strideLengthM',
    } as Record<string, string>;
    let v5 = 0;
    for (const r of readCsv(`${NORMS}/adult/fukuchi2018_treadmill_spatiotemporal_by_age_sex.csv`)) {
      if (!r.speed_level!.startsWith('V5') || !keys[r.variable!]) continue;
      const [b, ...more] = find(keys[r.variable!]!, 'FukuchiBMClab', r);
      expect(more).toHaveLength(0);
      expect(Math.abs(b!.mean - Number(r.mean))).toBeLessThanOrEqual(ST_ROUND);
      expect(Math.abs(b!.sd - Number(r.sd))).toBeLessThanOrEqual(ST_ROUND);
      v5++;
    }
    expect(v5).toBe(27);
    // Step time = 60 / cadence per subject at V5, recomputed here for the Young men.
    const young = readCsv(`${NORMS}/adult/bmclab_h2a_allspeeds_43subs.csv`).filter(
      (r) => r.SpeedCat === 'V5' && r.AgeGroup === 'Young' && r.Gender === 'M',
    );
    const stepTimes = young.map((r) => 60 / Number(r.Cadence));
    const m = stepTimes.reduce((a, b) => a + b, 0) / stepTimes.length;
    const stepRow = SPATIOTEMPORAL_NORMS.rows.find(
      (r) => r.key === 'stepTimeS' && r.sex === 'm' && r.ageMaxYears === 37,
    );
    expect(Math.abs(stepRow!.mean - m)).toBeLessThanOrEqual(ST_ROUND);
    expect(stepRow!.n).toBe(young.length);
    const kasovic = SPATIOTEMPORAL_NORMS.rows.filter((r) => r.reference === 'Kasovic2021');
    expect(kasovic).toEqual([
      expect.objectContaining({
        key: 'speedMPerS',
        mean: 1.24,
        sd: 0.28,
        n: 565,
        ageMinYears: 60,
        ageMaxYears: null,
      }),
    ]);
  });

  it('SPATIOTEMPORAL_NORMS uses only verified facts rows (no Hollman, no openacl)', () => {
    const refs = new Set(SPATIOTEMPORAL_NORMS.rows.map((r) => r.reference));
    expect([...refs].sort()).toEqual(['Fukuchi2018', 'FukuchiBMClab', 'Kasovic2021']);
  });

  it('legLengthPerHeight equals the mean ratio of fukuchi2018_subjects_speed.csv', () => {
    const rows = readCsv(`${NORMS}/adult/fukuchi2018_subjects_speed.csv`);
    const ratios = rows.map((r) => Number(r.leg_length_m) / Number(r.height_m));
    const m = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(Math.abs(SPATIOTEMPORAL_NORMS.legLengthPerHeight.mean - m)).toBeLessThanOrEqual(
      ST_ROUND,
    );
    expect(SPATIOTEMPORAL_NORMS.legLengthPerHeight.n).toBe(42);
  });
});
