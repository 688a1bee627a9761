// Builds what `npm start` and `npx kinomost` run: the CLI and server bundled into one file (the optimizer's
// worker thread into another) by esbuild (workspace packages inlined, npm dependencies left to node_modules),
// and the web app by Vite.
import { build } from "esbuild";

// npm packages stay in node_modules, but for data files (JSON), which are inlined: Node 20 would
// need import attributes on them that esbuild does not carry over to external imports.
const keepNpmPackagesExternal = {
  name: "npm-packages-external",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@kinomost/") || args.path.endsWith(".json")) return undefined;
      return { path: args.path, external: true };
    });
  },
};

const started = performance.now();
await build({
  // The optimizer's worker thread is a second entry: a thread loads its own file, beside kinomost.js.
  entryPoints: {
    kinomost: "packages/cli/src/entry.ts",
    "solve-thread": "packages/server/src/optimization/solve-thread.ts",
  },
  outdir: "packages/cli/dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  plugins: [keepNpmPackagesExternal],
  logLevel: "warning",
});
console.log(
  `built packages/cli/dist/kinomost.js and solve-thread.js in ${Math.round(performance.now() - started)} ms`,
);

const vite = await import("vite");
await vite.build({ root: "packages/web", logLevel: "warn", configFile: "packages/web/vite.config.ts" });
console.log("built packages/web/dist");
