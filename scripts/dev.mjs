// Development: the server from source, restarted on change (tsx watch), and the web app with hot
// reload (Vite, proxying /api to the server). Ctrl+C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["tsx", "watch", "packages/cli/src/entry.ts", "serve"], { stdio: "inherit" }),
  spawn("npx", ["vite", "packages/web"], { stdio: "inherit" }),
];
const stop = () => children.forEach((child) => child.kill("SIGINT"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
