export * from './needs';
export * from './questions';
export * from './schedule';
