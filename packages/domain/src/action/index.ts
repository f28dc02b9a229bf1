export * from './anxiety-windows';
export * from './ledger';
export * from './outcomes';
export * from './pillars';
export * from './recurrence';
