// The CLI's settings from the environment, read in one place and validated with clear messages.
import { resolve } from "node:path";

export interface Environment {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataFolder: string;
  signupOpen: boolean;
  trustProxy: boolean;
}

export class UsageError extends Error {}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const port = Number(env.PORT ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`PORT must be a port number (0–65535), not "${env.PORT}"`);
  }
  const signup = env.KINOMOST_SIGNUP ?? "open";
  if (signup !== "open" && signup !== "closed") {
    throw new UsageError(`KINOMOST_SIGNUP must be "open" or "closed", not "${signup}"`);
  }
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataFolder: resolve(env.KINOMOST_DATA ?? "data"),
    signupOpen: signup === "open",
    trustProxy: env.KINOMOST_TRUST_PROXY === "true",
  };
}
