/** Runs a Node script of the project in a child process, as a recruiter or CI would, without blocking the test worker. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface NodeRun {
  /** The exit code, or null if the process was killed. */
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface NodeRunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** What is typed into the script, one answer a line; its input is closed after it. */
  input?: string;
}

/**
 * Where the scripts the tests start keep the code Node compiled for them and their packages: a test run
 * starts about a hundred, each loading the same modules. Node checks each entry against its file.
 */
export const COMPILE_CACHE = resolve(import.meta.dirname, '../../.build/node-compile-cache');

export function runNode(args: string[], options: NodeRunOptions = {}): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const env = { ...(options.env ?? process.env), NODE_COMPILE_CACHE: COMPILE_CACHE };
    const child = spawn(process.execPath, args, { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // A script that stops before reading its input closes the pipe: that is not the test's failure.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
