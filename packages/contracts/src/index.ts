export * from './action';
export * from './common';
export * from './conversations';
export * from './feelings';
export * from './foundation';
export * from './groundwork';
export * from './push';
