export * from './debrief';
export * from './needs';
export * from './questions';
export * from './reflection';
export * from './repair';
export * from './schedule';
export * from './session';
