export * from './common';
export * from './foundation';
