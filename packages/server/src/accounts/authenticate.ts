// Finds who is calling: a personal API token (`Authorization: Bearer kmt_…`) or the session cookie.
// Cookie-authenticated writes must also carry the session's CSRF token in `X-CSRF-Token`, so that
// another site cannot make a signed-in browser change anything.
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../context.ts";
import { ApiError } from "../http/errors.ts";
import { findApiTokenUser, findSession, sessionCookie } from "./sessions.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, now } = c.get("services");
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const user = match ? await findApiTokenUser(db, match[1]!, now()) : null;
    if (!user) throw new ApiError(401, "UNAUTHENTICATED", "the API token is not valid");
    c.set("user", user);
    c.set("csrfToken", null);
    return next();
  }
  const secret = getCookie(c, sessionCookie);
  const session = secret ? await findSession(db, secret, now()) : null;
  if (!session) throw new ApiError(401, "UNAUTHENTICATED", "sign in first");
  if (!safeMethods.has(c.req.method) && c.req.header("x-csrf-token") !== session.csrfToken) {
    throw new ApiError(
      403,
      "CSRF_TOKEN_MISSING",
      "the X-CSRF-Token header is missing or does not match the session",
    );
  }
  c.set("user", session.user);
  c.set("csrfToken", session.csrfToken);
  return next();
};

/** Whether the client reached us over HTTPS, directly or (when trusted) through a proxy. */
export function isSecureRequest(c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return c.get("services").config.trustProxy && c.req.header("x-forwarded-proto") === "https";
}

/** The client's address for rate limits: the proxy's X-Forwarded-For when trusted. */
export function clientAddress(c: Context<AppEnv>, socketAddress: string | undefined): string {
  if (c.get("services").config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress ?? "unknown";
}
