// The bundle's entry point (see scripts/build.mjs).
import { main } from "./main.ts";

await main(process.argv);
