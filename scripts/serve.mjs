#!/usr/bin/env node
// Static server for the built app (dist/): correct MIME types for WASM and models, a
// Content-Security-Policy header that also covers workers, and no outside requests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.task': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'";

/**
 * Serve a folder over HTTP on the loopback interface.
 * @param {{root?: string, port?: number, host?: string, quiet?: boolean}} options
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export function startServer({
  root = join(ROOT, 'dist'),
  port = 0,
  host = '127.0.0.1',
  quiet = true,
} = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(new Error(`No built app in ${root}: run \`npm run build\` first.`));
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = extname(path) ? '' : join(root, 'index.html');
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control':
        file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    };
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    if (!quiet) console.log(`${req.method} ${path}`);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      resolvePromise({ url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  startServer({ port, host: process.env.HOST ?? '127.0.0.1' }).then(({ url }) => {
    console.log(`GaitLens is running at ${url}  (Ctrl+C to stop)`);
    console.log('Open it in Chrome or Edge; after the first visit it also works offline.');
  });
}
