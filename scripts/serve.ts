/**
 * npm start (after the build): serves dist/ at http://localhost:4321 under the
 * configured base path, as a static host would, with 404.html for unknown addresses
 * and the headers of dist/_headers, as Netlify and Cloudflare Pages send them.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sirv from 'sirv';
import { readSiteSettings } from '../src/site/settings.ts';
import { contentDir, outDir } from '../src/site/environment.ts';
import { headersForPath, parseHeadersFile } from '../src/embed/security-headers.ts';
import { scriptFlags, tellFailures } from './cli.ts';

export function startServer(root: string, basePath: string, port: number, host = '127.0.0.1') {
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = () => readFileSync(join(root, '404.html'));
  const headersFile = join(root, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(basePath)) {
      response.writeHead(302, { location: basePath }).end();
      return;
    }
    request.url = `/${url.slice(basePath.length)}`;
    const path = new URL(request.url, 'http://host').pathname;
    for (const [name, value] of headersForPath(headerRules, path)) response.setHeader(name, value);
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound());
    };
    // Like the static hosts that read it, the server keeps _headers to itself.
    if (path === '/_headers') sendNotFound();
    else files(request, response, sendNotFound);
  });
  return new Promise<typeof server>((done) => server.listen(port, host, () => done(server)));
}

const USAGE = `Usage: npm start (builds, then serves), or node scripts/serve.ts (serves the last build)

Serves the built site at http://localhost:4321 under its base path, with 404.html
for unknown addresses and the headers of _headers, as a static host would.

  --help   print this help

Environment: PORT (default 4321), EU_VACANCIES_OUT (the built site, default dist),
EU_VACANCIES_CONTENT (whose site.yaml gives the base path, default content).`;

if (import.meta.main) {
  tellFailures('npm start');
  scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });
  const root = outDir();
  if (!existsSync(join(root, '404.html'))) {
    console.error(
      `There is no built site in ${relative(process.cwd(), root) || '.'}: run npm run build first, or npm start, which builds and serves.`,
    );
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number: give one such as 4321.`);
    process.exit(1);
  }
  const { basePath } = readSiteSettings(contentDir());
  await startServer(root, basePath, port, 'localhost');
  console.log(`eu-vacancies: serving the site at http://localhost:${port}${basePath} (Ctrl+C to stop)`);
}
