// What every request handler can reach: the database, the configuration, the clock and the log.
// The clock is passed in so that tests can move time (session expiry, login rate limits).
import type { Database } from "@kinomost/db";
import type { OptimizationQueue } from "./optimization/queue.ts";
import type { ProjectAccess } from "./projects/access.ts";
import { defaultRateFetchConfig, type RateFetchConfig } from "./rates/banks.ts";

export interface ServerConfig {
  /** Whether anyone may create an account (KINOMOST_SIGNUP=closed turns it off). */
  signupOpen: boolean;
  /** Trust X-Forwarded-Proto from a reverse proxy when deciding whether cookies are Secure. */
  trustProxy: boolean;
  /** Largest accepted JSON request body, in bytes. */
  maxBodyBytes: number;
  /** Largest accepted file upload (a screenplay PDF, an actuals spreadsheet), in bytes. */
  maxUploadBytes: number;
  /** Folder of the built web app; null serves the API only. */
  webRoot: string | null;
  /** Fetching the central banks' rate files: their addresses (a test points them at a local server), wait, size. */
  rateFetch: RateFetchConfig;
}

export interface Services {
  db: Database;
  config: ServerConfig;
  now: () => Date;
  log: (message: string) => void;
  /** Where optimizer runs go to be solved off the request path. */
  optimizer: OptimizationQueue;
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  locale: string;
  isInstanceAdmin: boolean;
}

export interface AppEnv {
  Variables: {
    services: Services;
    user: AuthUser;
    /** The session's CSRF token when the request came with the session cookie; null for API tokens. */
    csrfToken: string | null;
    /** Set on routes under /projects/{projectId}: the caller's role and permissions there. */
    project: ProjectAccess;
  };
}

export const defaultConfig: ServerConfig = {
  signupOpen: true,
  trustProxy: false,
  maxBodyBytes: 1024 * 1024,
  maxUploadBytes: 50 * 1024 * 1024,
  webRoot: null,
  rateFetch: defaultRateFetchConfig,
};
