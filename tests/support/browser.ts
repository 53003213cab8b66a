/** Debian's Chromium driven by playwright-core, against a fixture site served on loopback. */
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve.ts';

export { CHROMIUM, launchChromium } from '../../scripts/chromium.ts';

export async function serveSite(root: string, basePath: string) {
  const server = await startServer(root, basePath, 0);
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}
