export { buildApp, type AppOptions, type MendApp } from './app';
export { loadConfig, type Config } from './config';
export { openDb, type Db } from './db/connect';
export { migrateToLatest } from './db/migrations';
export { startServer } from './server';
