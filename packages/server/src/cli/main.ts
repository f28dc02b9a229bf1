import { ConfigError, loadConfig } from '../config';
import { backup, restore } from './backup';
import { runMigrate } from './migrate';

const USAGE = `Usage: mend <command>

  serve           start Mend (default)
  migrate         bring the database up to date
  backup FILE     copy the whole database to FILE
  restore FILE    replace the database with the copy in FILE (stop Mend first)
  coach KIND      read a text on stdin and print the coach's analysis (apology | statement | reply)
`;

/** The `mend` command line. Answers the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve();
      case 'migrate':
        return await runMigrate(loadConfig());
      case 'backup':
        return await backup(loadConfig(), rest[0]);
      case 'restore':
        return await restore(loadConfig(), rest[0]);
      case 'coach': {
        const { runCoach } = await import('./coach');
        return await runCoach(rest, process.stdin, process.stdout, process.stderr);
      }
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return 0;
      default:
        process.stderr.write(`mend: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError) {
      process.stderr.write(`mend: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** A command used the wrong way; printed as one line. */
export class UsageError extends Error {}

async function serve(): Promise<number> {
  const { startServer } = await import('../server');
  const server = await startServer(loadConfig());
  process.stdout.write(`Mend is listening at ${server.url}\n`);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return new Promise<number>(() => {});
}
