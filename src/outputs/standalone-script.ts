/**
 * Scripts served at a stable address outside Astro's fingerprinted bundles
 * (embed.js for host pages, framed.js in every page's head), bundled by esbuild
 * with build-time values written in.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function standaloneScript(entry: string, values: Record<string, unknown>, banner: string): Promise<Response> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    charset: 'utf8',
    write: false,
    define: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, JSON.stringify(value)])),
    banner: { js: banner },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
