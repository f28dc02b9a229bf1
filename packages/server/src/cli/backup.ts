import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import type { Config } from '../config';
import { sqliteFileIn } from '../db/connect';
import { UsageError } from './main';

/** `mend backup FILE`: SQLite's online backup (safe while Mend runs), or pg_dump for PostgreSQL. */
export async function backup(config: Config, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('backup needs a file to write, e.g. mend backup mend-backup.db');
  if (config.databaseUrl)
    return pgTool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, config.databaseUrl]);
  const db = new SQLite(sqliteFileIn(config.dataDir), { readonly: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  process.stdout.write(`Backed up to ${file}\n`);
  return 0;
}

/** `mend restore FILE`: replaces the database with a backup. Stop Mend first. */
export async function restore(config: Config, file: string | undefined): Promise<number> {
  if (!file || !existsSync(file))
    throw new UsageError('restore needs an existing backup file, e.g. mend restore mend-backup.db');
  if (config.databaseUrl)
    return pgTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${config.databaseUrl}`,
      file,
    ]);
  const check = new SQLite(file, { readonly: true });
  try {
    check.prepare('select count(*) from users').get();
  } catch {
    throw new UsageError(`${file} is not a Mend backup`);
  } finally {
    check.close();
  }
  const target = sqliteFileIn(config.dataDir);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(file, target);
  process.stdout.write(`Restored from ${file}\n`);
  return 0;
}

function pgTool(tool: string, args: string[]): number {
  const r = spawnSync(tool, args, { stdio: 'inherit' });
  if (r.error)
    throw new UsageError(`${tool} is needed for PostgreSQL backups (apt-get install postgresql-client)`);
  return r.status ?? 1;
}
