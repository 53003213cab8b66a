// Plain JavaScript, so that it runs on any Node and says what is wrong before anything else fails.
import { readFileSync } from 'node:fs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/require-node.mjs

Stops with one line, and exit code 1, when this Node is older than the one package.json
requires (engines); npm start, build, check, test and npm ci run it first.

  --help   print this help`);
  process.exit(0);
}

const floor = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node.replace(/^>=\s*/, '');
const parts = (version) => version.replace(/^v/, '').split('.').map(Number);
const older = (a, b) => {
  for (let index = 0; index < 3; index++) if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) < (b[index] ?? 0);
  return false;
};
if (older(parts(process.version), parts(floor))) {
  console.error(
    `eu-vacancies needs Node ${floor} or newer, and this is Node ${process.version}: install Node 24 LTS (https://nodejs.org/, or "nvm install", which reads .nvmrc), then run the command again.`,
  );
  process.exit(1);
}
