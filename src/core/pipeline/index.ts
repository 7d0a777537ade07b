export * from './types';
export * from './analyzeRecording';
