import type { Parameter } from '../params/types';
import { compareParameterToNorm } from './compareParameterToNorm';
import type { NormSelectionParams } from './selectNormRow';
import { DEFAULT_NORM_SELECTION_PARAMS } from './selectNormRow';
import type { Patient } from './types';

/**
 * Fill the `norm` field of every parameter for a patient.
 * @param parameters - measured parameters (src/core/params); not modified
 * @param patient - age (years), sex, height (cm); all optional
 * @param params - adult age limit and age extrapolation ({@link DEFAULT_NORM_SELECTION_PARAMS})
 * @returns new Parameter objects, equal to the input except `norm` = { all, left?, right? }, each a
 *   NormComparison of that stat's mean (left/right only where the parameter has that side)
 * @remarks
 * Uses {@link compareParameterToNorm} for each mean; a refused stat (mean null) gets `no-norm`
 * with note `no value`. Norms are per limb or pooled, so the same norm serves all, left and right.
 */
export function applyNorms(
  parameters: readonly Parameter[],
  patient: Readonly<Patient>,
  params: Readonly<NormSelectionParams> = DEFAULT_NORM_SELECTION_PARAMS,
): Parameter[] {
  return parameters.map((p) => {
    const norm: NonNullable<Parameter['norm']> = {
      all: compareParameterToNorm(p.key, p.all.mean, patient, params),
    };
    if (p.left) norm.left = compareParameterToNorm(p.key, p.left.mean, patient, params);
    if (p.right) norm.right = compareParameterToNorm(p.key, p.right.mean, patient, params);
    return { ...p, norm };
  });
}
