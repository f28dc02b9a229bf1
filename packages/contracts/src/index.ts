export * from './common';
export * from './feelings';
export * from './foundation';
export * from './groundwork';
