export * from './types';
export * from './sagittalAngles';
export * from './segmentCycles';
export * from './summariseCurve';
export * from './computeKinematics';
export * from './inferWalkingDirection';
export * from './kinematicsInputFromSkeleton';
export * from './heelStrikesFromEvents';
