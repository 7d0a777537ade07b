#!/usr/bin/env node
// Bundles the CLI (cli/gaitlens.ts and the src/core code it uses) into dist-cli/gaitlens.mjs.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/gaitlens.ts'],
  outfile: 'dist-cli/gaitlens.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['playwright-core'],
  sourcemap: true,
  logLevel: 'warning',
});
console.log('cli: dist-cli/gaitlens.mjs');
