#!/usr/bin/env node
// Size gate: the JavaScript loaded on first visit (index.html's module script and its static
// imports) must stay ≤ 150 KB gzip. Lazy chunks (workers, views loaded on demand) do not count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 150;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map(
  (m) => m[1],
);
const seen = new Set();
const queue = [...entries, ...preloads];
let total = 0;
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file));
  total += gzipSync(code).length;
  // Static imports only: `import … from "./x.js"` and `import "./x.js"` (not `import("./x.js")`).
  for (const m of code
    .toString()
    .matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    queue.push(join(file, '..', m[1]).replace(/\\/g, '/'));
  }
}
const kb = total / 1024;
console.log(
  `first-load JS: ${[...seen].join(', ')} = ${kb.toFixed(1)} KB gzip (limit ${LIMIT_KB} KB)`,
);
if (kb > LIMIT_KB) {
  console.error('size gate failed: first-load JS is over the limit');
  process.exit(1);
}
