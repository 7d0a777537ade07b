export * from './types';
export * from './screeningRules';
export * from './computeTemplateReport';
export * from './writeReportText';
export * from './prompt';
