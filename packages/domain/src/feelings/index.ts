export * from './alerts';
export * from './hard-dates';
export * from './mood-trend';
export * from './pacer';
export * from './trigger-patterns';
