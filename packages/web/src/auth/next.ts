// Small rules shared by the log-in and sign-up pages.

/** Where to go after logging in: the page that sent the visitor here, if it is one of ours. */
export function safeNext(search: URLSearchParams): string {
  const next = search.get("next");
  // "//host" and "/\host" are other sites to a browser.
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}

/** The server's rule for new passwords (POST /auth/signup, /auth/password). */
export const minPasswordLength = 10;
