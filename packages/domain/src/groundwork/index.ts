export * from './honesty';
export * from './no-contact';
export * from './phases';
export * from './timeline';
export * from './transparency';
