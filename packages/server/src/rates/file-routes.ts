// POST …/rate-tables/import and …/rate-tables/fetch: a bank's official file, saved by the user or fetched from the
// bank's address, read by the core (which recognizes the bank) and stored keyed by the date the file states.
import { createRoute, z } from "@hono/zod-openapi";
import { parseRateFile, type RateFile, type RateFileError, type RateSource } from "@kinomost/core";
import type { Database } from "@kinomost/db";
import { sha256Hex } from "../audit/log.ts";
import { ApiError, errorBody } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { requirePermission } from "../projects/access.ts";
import { bankNames } from "./banks.ts";
import { fetchBankFile } from "./fetch.ts";
import { oversizedNominals, storeRateTable, storedAnswer, type RateFileWarning } from "./store.ts";
import { bankSource, isoDate, projectParams, storedSchema, tags } from "./views.ts";

/** A day's file of any of the six banks is a few kilobytes; anything near this is not one. */
export const maxRateFileBytes = 2 * 1024 * 1024;

const errorContent = errorResponses[400].content;
const bankErrors = {
  404: { description: "The bank has no rates for that date", content: errorContent },
  502: {
    description: "The bank could not be reached, or did not answer with its rate file",
    content: errorContent,
  },
};

/** The core's reading error as a 400 naming the place in the file: `file:ValCurs/Valute[2]/Value`. */
function unreadableFile(error: RateFileError): ApiError {
  return new ApiError(400, "VALIDATION_FAILED", `the file is not a readable rate file: ${error.message}`, {
    fields: [
      {
        path: error.path === undefined ? "file" : `file:${error.path}`,
        message: error.message,
        code: error.code.toLowerCase(),
      },
    ],
  });
}

interface StoreFile {
  db: Database;
  projectId: string;
  userId: string;
  at: Date;
  file: RateFile;
  bytes: Uint8Array;
  origin: string;
  action: "rate-table.imported" | "rate-table.fetched";
  replace: boolean;
}

async function storeFile(input: StoreFile): Promise<string> {
  const { file } = input;
  const quotes = file.rates.map(({ currency, nominal, value, perUnit }) => ({
    currency,
    nominal,
    value,
    perUnit,
  }));
  const tooLarge = oversizedNominals(quotes, (index) => `file:rates[${index + 1}].nominal`);
  if (tooLarge.length > 0) {
    throw new ApiError(400, "VALIDATION_FAILED", "the file quotes a nominal too large to store", {
      fields: tooLarge,
    });
  }
  const table = {
    source: file.source,
    date: file.date,
    base: file.base,
    origin: input.origin,
    sha256: sha256Hex(input.bytes),
    quotes,
  };
  return storeRateTable(input.db, table, {
    projectId: input.projectId,
    userId: input.userId,
    at: input.at,
    action: input.action,
    replace: input.replace,
  });
}

/** A fetched file stated another day than the one asked: a later one is refused, an earlier one is in force. */
function checkFetchedDate(source: RateSource, asked: string, file: RateFile): RateFileWarning | string {
  if (file.date > asked) {
    return (
      `${bankNames[source]} answered with its rates of ${file.date}, not of ${asked}` +
      (source === "nbkr" ? " (its address gives only the current rates)" : "") +
      `; import a saved file of the bank for ${asked}`
    );
  }
  return {
    code: "EARLIER_DATE",
    message: `${bankNames[source]} has no rates of ${asked}; its file states ${file.date}, the rates in force that day`,
  };
}

export function registerRateFileRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/rate-tables/import",
      tags,
      summary:
        "Store a bank's saved rate file (CBR, NBRB, NBK, CBU, NBKR or NBT; recognized from its content)",
      description:
        "The table is keyed by the date the file states. A file for a source, date and base already stored is " +
        "refused with 409 unless `replace` is true. A file that cannot be read is refused with 400 naming the " +
        "element or row (`file:ValCurs/Valute[2]/Value`); nothing is stored then.",
      security,
      request: {
        params: projectParams,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.strictObject({
                file: z
                  .instanceof(File, { message: "must be a file" })
                  .openapi({ type: "string", format: "binary" }),
                replace: z
                  .enum(["true", "false"])
                  .optional()
                  .openapi({ description: "Replace the stored table of the same source, date and base" }),
              }),
            },
          },
        },
      },
      responses: {
        201: jsonResponse("Stored, with the file's warnings", storedSchema),
        ...errorResponses,
        ...conflictResponse,
        413: { description: "Larger than 2 MB", content: errorContent },
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "rates.edit");
      const { file, replace } = c.req.valid("form");
      if (file.size > maxRateFileBytes) {
        const message = `a rate file is at most 2 MB (this one is ${file.size} bytes)`;
        throw new ApiError(413, "PAYLOAD_TOO_LARGE", message);
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const parsed = parseRateFile(bytes);
      if (!parsed.ok) throw unreadableFile(parsed.error);
      const userId = c.get("user").id;
      const origin = file.name.slice(0, 255) || "file";
      const id = await storeFile({
        db,
        projectId,
        userId,
        at: now(),
        file: parsed.value,
        bytes,
        origin,
        action: "rate-table.imported",
        replace: replace === "true",
      });
      return c.json(await storedAnswer(db, projectId, id, parsed.warnings), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/rate-tables/fetch",
      tags,
      summary: "Fetch a bank's official rate file for a date from the bank's address and store it",
      description:
        "The server asks the bank (10 s at most). An unreachable bank answers 502 BANK_UNREACHABLE, an answer that " +
        "is not the bank's rate file 502 BANK_BAD_ANSWER, a day the bank has no rates for 404 NO_RATE. When the " +
        "bank answers with an earlier day's rates (a weekend), they are stored under that day with a warning.",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            source: bankSource,
            date: isoDate,
            replace: z.boolean().optional().openapi({ description: "Replace the stored table of that day" }),
          }),
        ),
      },
      responses: {
        201: jsonResponse("Stored, with the file's warnings", storedSchema),
        ...errorResponses,
        ...conflictResponse,
        ...bankErrors,
      },
    }),
    async (c) => {
      const { db, now, config } = c.get("services");
      const { projectId } = requirePermission(c, "rates.edit");
      const { source, date, replace } = c.req.valid("json");
      const fetched = await fetchBankFile(config.rateFetch, source, date);
      if (!fetched.ok) return c.json(errorBody("BANK_UNREACHABLE", fetched.message), 502);
      const parsed = parseRateFile(fetched.bytes);
      const bank = bankNames[source];
      if (!parsed.ok) {
        if (parsed.error.code === "NO_RATES") {
          return c.json(
            errorBody("NO_RATE", `${bank} has no rates of ${date}: ${parsed.error.message}`),
            404,
          );
        }
        const where = parsed.error.path === undefined ? "" : ` (${parsed.error.path})`;
        const message = `the answer of ${bank} at ${fetched.url} is not its rate file: ${parsed.error.message}${where}`;
        return c.json(errorBody("BANK_BAD_ANSWER", message), 502);
      }
      if (parsed.value.source !== source) {
        const message = `the answer at ${fetched.url} is a rate file of ${bankNames[parsed.value.source]}, not of ${bank}`;
        return c.json(errorBody("BANK_BAD_ANSWER", message), 502);
      }
      const warnings: RateFileWarning[] = [...parsed.warnings];
      if (parsed.value.date !== date) {
        const checked = checkFetchedDate(source, date, parsed.value);
        if (typeof checked === "string") return c.json(errorBody("NO_RATE", checked), 404);
        warnings.unshift(checked);
      }
      const id = await storeFile({
        db,
        projectId,
        userId: c.get("user").id,
        at: now(),
        file: parsed.value,
        bytes: fetched.bytes,
        origin: fetched.url,
        action: "rate-table.fetched",
        replace: replace === true,
      });
      return c.json(await storedAnswer(db, projectId, id, warnings), 201);
    },
  );
}
