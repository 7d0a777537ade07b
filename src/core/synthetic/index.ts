export * from './gaitSchedule';
export * from './footPath';
export * from './walkerBody';
export * from './synthesizeSkeleton';
