#!/usr/bin/env node
// Runs the built CLI (packages/cli/dist), made by `npm run build`, which `npm install` runs too.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/kinomost.js", import.meta.url);
if (!existsSync(bundle)) {
  console.error("kinomost: not built yet; run `npm run build` in the repository first");
  process.exit(1);
}
await import(bundle.href);
