// Reads the receipts CSV (date, source, territory, media, currency, amount) into Receipts. A file with any bad
// row is refused whole, with every error named by row and column: nothing is accepted from a bad file.
// It reads text it is given; it opens no file and converts no currency.
import { parse } from "csv-parse/sync";
import { isCurrencyCode } from "../money/currency.ts";
import { parseMoney, type Money } from "../money/money.ts";
import { isCountryCode } from "../geography/countries.ts";
import { parseRateDate } from "../rates/rate-date.ts";
import { waterfallMedia, worldwideTerritory, type Receipt, type WaterfallMedia } from "./types.ts";

export const receiptColumns = ["date", "source", "territory", "media", "currency", "amount"] as const;
export type ReceiptColumn = (typeof receiptColumns)[number];

export type ReceiptErrorCode =
  | "BAD_CSV"
  | "MISSING_COLUMN"
  | "DUPLICATE_COLUMN"
  | "EMPTY_FIELD"
  | "BAD_DATE"
  | "BAD_TERRITORY"
  | "BAD_MEDIA"
  | "UNKNOWN_CURRENCY"
  | "NOT_A_NUMBER"
  | "TOO_MANY_DECIMALS"
  | "NEGATIVE_AMOUNT";

export interface ReceiptError {
  readonly code: ReceiptErrorCode;
  /** Line of the file (the header is line 1). */
  readonly row: number;
  readonly column?: ReceiptColumn;
  /** `row 14, column "amount": "12,5.0" is not a number`. */
  readonly message: string;
}

export type ParseReceiptsResult =
  | { readonly ok: true; readonly value: readonly Receipt[] }
  | { readonly ok: false; readonly errors: readonly ReceiptError[] };

/** Past this many, a file is plainly the wrong one; more messages would only bury the first. */
const maxErrors = 50;

function detectDelimiter(headerLine: string): string {
  if (!headerLine.includes(",") && headerLine.includes(";")) return ";";
  if (!headerLine.includes(",") && headerLine.includes("\t")) return "\t";
  return ",";
}

export function parseReceiptsCsv(text: string): ParseReceiptsResult {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ended; the library's types do not follow the option.
    rows = parse(normalized, {
      delimiter: detectDelimiter(normalized.split("\n", 1)[0] ?? ""),
      record_delimiter: "\n",
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = typeof error === "object" && error !== null && "lines" in error ? Number(error.lines) : 1;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ code: "BAD_CSV", row: line, message: `row ${line}: not readable CSV: ${reason}` }],
    };
  }

  const header = rows[0];
  const headerRow = header?.info.lines ?? 1;
  const positions = new Map<ReceiptColumn, number>();
  const errors: ReceiptError[] = [];
  header?.record.forEach((name, index) => {
    const column = name.trim().toLowerCase() as ReceiptColumn;
    if (!receiptColumns.includes(column)) return;
    if (positions.has(column)) {
      errors.push({
        code: "DUPLICATE_COLUMN",
        row: headerRow,
        column,
        message: `row ${headerRow}: column "${column}" appears twice`,
      });
    }
    positions.set(column, index);
  });
  for (const column of receiptColumns) {
    if (!positions.has(column)) {
      errors.push({
        code: "MISSING_COLUMN",
        row: headerRow,
        column,
        message: `row ${headerRow}: no column "${column}" (the header must name ${receiptColumns.join(", ")})`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const receipts: Receipt[] = [];
  for (const { record, info } of rows.slice(1)) {
    const receipt = readRow(record, info.lines, positions, errors);
    if (receipt) receipts.push(receipt);
    if (errors.length >= maxErrors) break;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: receipts };
}

function readRow(
  record: readonly string[],
  row: number,
  positions: ReadonlyMap<ReceiptColumn, number>,
  errors: ReceiptError[],
): Receipt | null {
  const before = errors.length;
  const fail = (code: ReceiptErrorCode, column: ReceiptColumn, why: string) =>
    errors.push({ code, row, column, message: `row ${row}, column "${column}": ${why}` });
  const cell = (column: ReceiptColumn): string | null => {
    const value = (record[positions.get(column) ?? -1] ?? "").trim();
    if (value === "") fail("EMPTY_FIELD", column, "is empty");
    return value === "" ? null : value;
  };

  const dateText = cell("date");
  const date = dateText && (parseRateDate(dateText, "yyyy-mm-dd") ?? parseRateDate(dateText, "dd.mm.yyyy"));
  if (dateText && !date)
    fail("BAD_DATE", "date", `"${dateText}" is not a real day (YYYY-MM-DD or DD.MM.YYYY)`);

  const source = cell("source");

  const territoryText = cell("territory");
  const territory = territoryText?.toUpperCase() ?? null;
  if (territory && territory !== worldwideTerritory && !isCountryCode(territory)) {
    fail(
      "BAD_TERRITORY",
      "territory",
      `"${territoryText}" is not an ISO 3166-1 alpha-2 code or "${worldwideTerritory}"`,
    );
  }

  const mediaText = cell("media");
  const media = mediaText?.toLowerCase() ?? null;
  if (media && !(waterfallMedia as readonly string[]).includes(media)) {
    fail("BAD_MEDIA", "media", `"${mediaText}" is not one of ${waterfallMedia.join(", ")}`);
  }

  const currencyText = cell("currency");
  const currency = currencyText?.toUpperCase() ?? null;
  const knownCurrency = currency !== null && isCurrencyCode(currency) ? currency : null;
  if (currency && !knownCurrency)
    fail("UNKNOWN_CURRENCY", "currency", `"${currencyText}" is not an ISO 4217 currency`);

  const amountText = cell("amount");
  let amount: Money | null = null;
  if (amountText && knownCurrency) {
    const parsed = parseMoney(amountText, knownCurrency);
    if (!parsed.ok && parsed.error.code === "TOO_MANY_DECIMALS") {
      fail(
        "TOO_MANY_DECIMALS",
        "amount",
        `"${amountText}" has more than ${parsed.error.digits} decimals for ${knownCurrency}`,
      );
    } else if (!parsed.ok) {
      fail("NOT_A_NUMBER", "amount", `"${amountText}" is not a number`);
    } else if (parsed.value.minor < 0n) {
      fail(
        "NEGATIVE_AMOUNT",
        "amount",
        `"${amountText}" is negative: a receipt is money collected, never less than zero`,
      );
    } else amount = parsed.value;
  }

  if (errors.length > before || !date || !source || !territory || !amount) return null;
  return { row, date, source, territory, media: media as WaterfallMedia, amount };
}
