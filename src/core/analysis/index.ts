export * from './types';
export * from './analyzeGait';
export * from './analyzeSkeleton';
export * from './toMeasurementsJson';
