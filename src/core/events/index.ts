export * from './types';
export * from './detection';
export * from './extremaEvents';
export * from './zeni';
export * from './oconnor';
export * from './enforceEventOrder';
export * from './applyEventEdits';
export * from './compareEvents';
