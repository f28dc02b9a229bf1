export * from './backoff';
export * from './calendar';
export * from './feelings/index';
export * from './groundwork/index';
export * from './invites';
export * from './password-policy';
export * from './roles';
export * from './safety';
