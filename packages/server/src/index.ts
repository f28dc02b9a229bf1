export { type AppOptions, buildApp, type MendApp } from './app';
export { type Config, loadConfig } from './config';
export { type Db, openDb } from './db/connect';
export { migrateToLatest } from './db/migrations';
export { startServer } from './server';
