#!/usr/bin/env node
// Entry point of the `gaitlens` command; the CLI itself is built into dist-cli/ by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/gaitlens.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error('gaitlens: the CLI is not built yet. Run `npm run build` in the GaitLens folder.');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
