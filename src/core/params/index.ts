export * from './types';
export * from './cyclePhases';
export * from './selectIntervals';
export * from './intervalsFor';
export * from './gradeStat';
export * from './estimateScale';
export * from './computeParameters';
export * from './computeAsymmetry';
