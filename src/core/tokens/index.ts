export * from './types';
export * from './quantities';
export * from './computeTokens';
export * from './writeTokensText';
