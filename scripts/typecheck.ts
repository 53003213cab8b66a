/** npm run typecheck: `astro check` on every .ts and .astro file, without Astro's telemetry notice (the project sends none). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { scriptFlags, tellFailures } from './cli.ts';

const USAGE = `Usage: npm run typecheck

Type-checks every .ts and .astro file with astro check, and reports errors only.

  --help   print this help`;

tellFailures('npm run typecheck');
scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const { status } = spawnSync(process.execPath, [astro, 'check', '--minimumSeverity', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(status ?? 1);
