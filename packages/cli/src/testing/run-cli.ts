// Runs the kinomost command in-process, as a test would from a shell, and returns its exit code and
// what it printed on standard output and standard error.
import { vi } from "vitest";
import { main } from "../main.ts";

/** Runs the CLI in-process and returns its exit code and what it printed. */
export async function runCli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts) => void out.push(parts.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...parts) => void err.push(parts.join(" ")));
  const write = vi
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk) => (out.push(String(chunk)), true));
  const saved = { ...process.env };
  Object.assign(process.env, env);
  process.exitCode = 0;
  try {
    await main(["node", "kinomost", ...args]);
    return { code: process.exitCode ?? 0, out: out.join("\n"), err: err.join("\n") };
  } finally {
    process.env = saved;
    process.exitCode = 0;
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}
