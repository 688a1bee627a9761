// The optimization thread when the server runs from its TypeScript sources (tests, `npm run dev`): a worker does
// not inherit the parent's TypeScript loader, so this plain module brings tsx in and loads the real body.
import { tsImport } from "tsx/esm/api";

await tsImport("./solve-thread.ts", import.meta.url);
