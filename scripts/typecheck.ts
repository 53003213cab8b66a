/** npm run typecheck: `astro check` on every .ts and .astro file, without Astro's telemetry notice (the project sends none). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const { status } = spawnSync(process.execPath, [astro, 'check', '--minimumSeverity', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(status ?? 1);
