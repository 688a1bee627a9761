// The server's one error type and the one place that turns errors into responses.
//
// Error policy — what a client gets:
// - an ApiError: its status and code, with the fields it names (400 names every bad field);
// - a malformed or oversized request noticed by Hono (HTTPException): its status, code BAD_REQUEST or the like;
// - anything else is our bug: 500 INTERNAL with a generic message; the details go to the log, never to the client.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldError {
  path: string;
  /** In English, for logs and API users; interfaces translate by `code`. */
  message: string;
  /** A stable reason: required, invalid_type, too_small, too_big, unknown_field, country, currency, … */
  code?: string;
  /** Numbers the reason needs, e.g. {"minimum": 10} for too_small. */
  params?: Record<string, number>;
}

export type ErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION_FAILED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "UNAUTHENTICATED"
  | "INVALID_CREDENTIALS"
  | "CSRF_TOKEN_MISSING"
  | "FORBIDDEN"
  | "SIGNUP_CLOSED"
  | "NOT_FOUND"
  | "EMAIL_TAKEN"
  | "ALREADY_EXISTS"
  | "VERSION_CONFLICT"
  | "BOARD_PUBLISHED"
  | "NO_PUBLISHED_BOARD"
  | "BUDGET_LOCKED"
  | "BANK_UNREACHABLE"
  | "BANK_BAD_ANSWER"
  | "NO_RATE"
  | "STRIP_LOCKED"
  | "DAY_LOCKED"
  | "SCHEDULE_NOT_READY"
  | "RUN_FINISHED"
  | "ALREADY_SIGNED"
  | "NOT_SIGNATORY"
  | "LAST_ADMIN"
  | "TOO_MANY_ATTEMPTS"
  | "INTERNAL";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; current?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

/** Whether a database write failed on a unique index (PostgreSQL's 23505, as the driver or Drizzle wraps it). */
export function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
  return cause?.code === "23505";
}

export const notFound = (what: string) => new ApiError(404, "NOT_FOUND", `${what} not found`);
export const forbidden = (message: string) => new ApiError(403, "FORBIDDEN", message);
export const versionConflict = (what: string, current: unknown) =>
  new ApiError(409, "VERSION_CONFLICT", `${what} was changed by someone else; reload and try again`, {
    current,
  });

const httpCodes: Partial<Record<number, ErrorCode>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

export function errorBody(code: string, message: string, details: ApiError["details"] = {}) {
  return {
    error: {
      code,
      message,
      ...(details.fields ? { fields: details.fields } : {}),
      ...(details.current !== undefined ? { current: details.current } : {}),
    },
  };
}

export function handleError(error: Error, c: Context, log: (message: string) => void): Response {
  if (error instanceof ApiError) {
    if (error.details.retryAfterSeconds) c.header("Retry-After", String(error.details.retryAfterSeconds));
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code = httpCodes[status] ?? "BAD_REQUEST";
    return c.json(errorBody(code, error.message || code.toLowerCase().replaceAll("_", " ")), status);
  }
  log(`${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
  return c.json(errorBody("INTERNAL", "internal server error"), 500);
}
