export * from './butterworth';
export * from './parabolicOffset';
export * from './cubicPeakOffset';
export * from './findPeaks';
export * from './summarize';
export * from './prng';
export * from './resampleLinear';
export * from './centralDifference';
