/**
 * What every script shares: `--help`, a flag it does not know, and failures
 * told as one message saying what to do, never as a stack trace
 * (EU_VACANCIES_DEBUG=1 shows where a failure happened, for whoever fixes it).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The script's flags; `--help` prints `usage` and stops, a flag it does not know stops with the usage. */
export function scriptFlags<const T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>>['values'] {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message.replace(/\.?$/, '.')}\n\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.values;
}

/** What to do about the failures of the system that recruiters and maintainers meet. */
function advice(error: NodeJS.ErrnoException): string | undefined {
  const path = error.path ?? 'the file';
  switch (error.code) {
    case 'ENOENT':
      return `there is no ${path}: check the path (EU_VACANCIES_CONTENT and EU_VACANCIES_OUT say which folders are read and written)`;
    case 'EACCES':
    case 'EPERM':
      return `${path} may not be read or written by this user: check its permissions`;
    case 'ENOTDIR':
      return `${path} is a file where a folder is expected: check the path`;
    case 'EISDIR':
      return `${path} is a folder where a file is expected: check the path`;
    case 'ENOSPC':
      return 'the disk is full: free some space and run it again';
    case 'EMFILE':
      return 'too many files are open at once: close other programs, or raise the limit (ulimit -n 4096), and run it again';
    case 'EADDRINUSE':
      return 'the port is taken by another program: stop it, or choose another port, such as PORT=4322';
    default:
      return undefined;
  }
}

/** The one message a script prints for a failure it did not foresee. */
export function failureMessage(command: string, error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (env.EU_VACANCIES_DEBUG) return `${command} stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  const message = (error instanceof Error ? error.message : String(error)).trim().replace(/\.$/, '');
  const todo =
    (error instanceof Error && advice(error)) ||
    'if this does not say what to change, report it to the maintainers with the command you ran (EU_VACANCIES_DEBUG=1 shows where it happened)';
  return `${command} stopped: ${message}.\nWhat to do: ${todo}.`;
}

/** From here on, a failure the script does not catch ends it with `failureMessage`. */
export function tellFailures(command: string): void {
  const fail = (error: unknown) => {
    console.error(failureMessage(command, error));
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
