// Password hashing with argon2id (OWASP's first choice); the parameters are stored inside each hash,
// so they can be raised later without breaking existing accounts.
import { hash, verify } from "@node-rs/argon2";

const argon2id = 2; // Algorithm.Argon2id; the enum is a const enum that isolated modules cannot import.

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash of nothing, verified when the e-mail is unknown so that both cases take the same time. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("kinomost-decoy-password");
  return decoy;
}
