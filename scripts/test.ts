/**
 * npm test: the lint, the type check and the tests, side by side. The tests spend much of their time
 * waiting on Chromium and on the fixture sites' builds, and the checks use that time; one after the
 * other, they used to add half a minute or more to a run.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { scriptFlags, tellFailures } from './cli.ts';

const USAGE = `Usage: npm test

Runs npm run lint, npm run typecheck and the tests (vitest run) side by side. The tests
print as they run; the lint's and the type check's output follow them. Exits with 1 when
any of the three fails. npm run test:unit, test:scripts, test:build and test:browser run
one layer of the tests alone.

  --help   print this help`;

tellFailures('npm test');
scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });

/** npm itself, as it started this script, or the one on the PATH. */
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
// Their output goes through a pipe: keep its colours where this script's output has them.
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;

/** A check whose output is kept until the tests have printed theirs. */
function check(name: string): { name: string; output: string[]; status: Promise<number> } {
  const child = spawn(npm[0]!, [...npm.slice(1), 'run', '--silent', name], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const status = new Promise<number>((done) => {
    child.on('error', (error) => (output.push(`${error.message}\n`), done(1)));
    child.on('close', (code) => done(code ?? 1));
  });
  return { name: `npm run ${name}`, output, status };
}

const checks = [check('lint'), check('typecheck')];
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const tests = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [vitest, 'run'], { stdio: 'inherit' });
  child.on('error', () => done(1));
  child.on('close', (code) => done(code ?? 1));
});

const failed = tests === 0 ? [] : ['the tests'];
for (const { name, output, status } of checks) {
  const code = await status;
  console.log(`\n${name}: ${code === 0 ? 'passed' : 'failed'}`);
  if (output.length) process.stdout.write(output.join('').replace(/\n*$/, '\n'));
  if (code !== 0) failed.push(name);
}
console.log(failed.length ? `\nnpm test failed: ${failed.join(', ')}.` : '\nnpm test passed: the tests, the lint and the type check.');
process.exit(failed.length ? 1 : 0);
