import type { KinematicJoint } from '../kinematics/types';
import type { AdultCurveGroup, MeanSdCurve, NormCurveJoint } from './normData';
import { ADULT_CURVES, CHILD_CURVES } from './normData';
import { resampleCurve } from './resampleCurve';
import { schwartzSpeedBand } from './schwartzSpeedBand';
import type { NormSelectionParams } from './selectNormRow';
import { DEFAULT_NORM_SELECTION_PARAMS } from './selectNormRow';
import type { NormCurveBand, Patient } from './types';

const BAND_POINTS = 101;

// Years between the age and the group's age range (0 inside it).
function ageDistanceYears(g: AdultCurveGroup, ageYears: number): number {
  return Math.max(g.ageMinYears - ageYears, ageYears - g.ageMaxYears, 0);
}

// A band that says no norm applies.
function none(joint: KinematicJoint, note: string): NormCurveBand {
  return { joint, mean: null, sd: null, reference: '', population: '', note };
}

// A band from a mean/SD curve, resampled to 101 points.
function band(
  joint: KinematicJoint,
  c: MeanSdCurve,
  reference: string,
  population: string,
  note: string,
): NormCurveBand {
  return {
    joint,
    mean: resampleCurve(c.mean, BAND_POINTS),
    sd: resampleCurve(c.sd, BAND_POINTS),
    reference,
    population,
    note,
  };
}

/**
 * The normative sagittal curve band (mean ± SD at 101 points) that matches a patient.
 * @param joint - `hip`, `knee`, `ankle` or `pelvisTilt` (`trunkTilt` has no bundled norm)
 * @param patient - age (years), sex, height (cm); without age no norm applies (note `age unknown`)
 * @param speedMPerS - the patient's walking speed, m/s (0–3); used for children only
 * @param params - adult age limit and age extrapolation ({@link DEFAULT_NORM_SELECTION_PARAMS})
 * @returns joint, mean and sd (101 points, deg, or null when no norm applies), reference key,
 *   population and a note (why none applies, or what was assumed)
 * @remarks
 * Adults (age ≥ adultAgeYears): Fukuchi 2018 overground comfortable-speed curves, both sides
 * averaged per subject; the narrowest age group containing the age (Young 21–37 y, Older 50–84 y,
 * else All 21–84 y), or the nearest within maxAgeExtrapolationYears. Sex is not used (the curves
 * are not split by sex). Children: Schwartz 2008 curves of typically developing children in the
 * speed band chosen by {@link schwartzSpeedBand}, resampled from 51 to 101 points by linear
 * interpolation. Both use the sign conventions of docs/angle-conventions.md. Pelvis and hip
 * levels in these marker-based norms carry model offsets (pelvic tilt ~10°) that video cannot
 * see: compare shape and range rather than absolute level for those joints.
 * @see Fukuchi CA, Fukuchi RK, Duarte M (2018). PeerJ 6:e4640. doi:10.7717/peerj.4640
 * @see Schwartz MH, Rozumalski A, Trost JP (2008). J Biomech 41(8):1639-1650.
 *   doi:10.1016/j.jbiomech.2008.03.015
 */
export function normBandForCurve(
  joint: KinematicJoint,
  patient: Readonly<Patient>,
  speedMPerS?: number,
  params: Readonly<NormSelectionParams> = DEFAULT_NORM_SELECTION_PARAMS,
): NormCurveBand {
  if (joint === 'trunkTilt') return none(joint, 'no normative trunk-tilt curve bundled');
  const normJoint: NormCurveJoint = joint;
  const age = patient.ageYears;
  if (age === undefined || !Number.isFinite(age)) return none(joint, 'age unknown');
  if (age < params.adultAgeYears) {
    const choice = schwartzSpeedBand(speedMPerS, patient.heightCm);
    const curve = CHILD_CURVES.bands[choice.band][normJoint];
    const population = `typically developing children, ${choice.band} walking speed`;
    return band(joint, curve, 'Schwartz2008', population, choice.note);
  }
  const ranked = [...ADULT_CURVES.groups].sort(
    (a, b) =>
      ageDistanceYears(a, age) - ageDistanceYears(b, age) ||
      a.ageMaxYears - a.ageMinYears - (b.ageMaxYears - b.ageMinYears),
  );
  const g = ranked[0];
  if (!g) return none(joint, 'no adult curves bundled');
  const range = `${g.ageMinYears}–${g.ageMaxYears} y`;
  const distance = ageDistanceYears(g, age);
  if (distance > params.maxAgeExtrapolationYears) {
    return none(joint, `no norm for age ${age} y (nearest group ${range})`);
  }
  const note =
    distance > 0 ? `age ${age} y outside the reference range ${range}; nearest group used` : '';
  const population = `healthy adults ${range} (${g.group}, n = ${g.n}), ${ADULT_CURVES.condition}`;
  return band(joint, g.curves[normJoint], ADULT_CURVES.reference, population, note);
}
