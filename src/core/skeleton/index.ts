export * from './landmarks';
export * from './types';
export * from './extractSeries';
export * from './emptyFrame';
