export * from './types';
export * from './lexicon';
export * from './readNumericClaims';
export * from './computeGrounding';
