export * from './types';
export * from './buildCycles';
export * from './gradeStat';
export * from './estimateScale';
export * from './computeParameters';
export * from './computeAsymmetry';
