// Random secrets for session cookies and API tokens. Only their SHA-256 is stored: a stolen
// database copy does not let anyone sign in.
import { createHash, randomBytes } from "node:crypto";

export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
