// Downloads a bank's rate file with a deadline and a size cap. Every way the bank can fail us (no route, refused,
// silent, an error page, an endless answer) comes back as one sentence for the user, never as a hang or a crash.
import type { RateSource } from "@kinomost/core";
import { bankFileUrl, bankNames, type RateFetchConfig } from "./banks.ts";

export type BankFileResult =
  { ok: true; url: string; bytes: Uint8Array } | { ok: false; url: string; message: string };

/** Reads the body up to `maxBytes`; null when it is longer. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Why the request failed, in words: the network error's code when there is one (ECONNREFUSED, ENOTFOUND). */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `it did not answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === "string") return `the connection failed (${cause.code})`;
  if (typeof cause?.message === "string") return `the connection failed (${cause.message})`;
  return `the connection failed (${error instanceof Error ? error.message : String(error)})`;
}

/** The bank's official file for a day, or why it could not be had. */
export async function fetchBankFile(
  config: RateFetchConfig,
  source: RateSource,
  date: string,
): Promise<BankFileResult> {
  const url = bankFileUrl(config, source, date);
  const fail = (reason: string): BankFileResult => ({
    ok: false,
    url,
    message: `cannot get the rates from ${bankNames[source]} at ${url}: ${reason}; import a saved file of the bank instead`,
  });
  const fetchFile = config.fetch ?? globalThis.fetch;
  try {
    const response = await fetchFile(url, {
      signal: AbortSignal.timeout(config.timeoutMs),
      headers: { accept: "application/xml, application/json, text/xml, */*" },
      redirect: "follow",
    });
    if (!response.ok) {
      await response.body?.cancel();
      return fail(`it answered HTTP ${response.status}`);
    }
    const bytes = await readCapped(response, config.maxBytes);
    if (bytes === null) return fail(`its answer is larger than ${config.maxBytes} bytes`);
    return { ok: true, url, bytes };
  } catch (error) {
    return fail(describeFailure(error, config.timeoutMs));
  }
}
