export * from './backoff';
export * from './calendar';
export * from './invites';
export * from './password-policy';
export * from './roles';
export * from './safety';
