// Reads an amount as Russian and English accountants write it — "12 500,50", "12500.50", "12,500.50", "(1 200,00)" —
// straight into integer minor units. Whatever could be read two ways ("12,500": twelve and a half or twelve
// thousand five hundred?) or is malformed ("12,5.0", "1.2.3") is refused with the reason, never guessed.
import { minorUnitDigits, type CurrencyCode } from "../money/currency.ts";

export type AmountProblemCode =
  | "EMPTY_CELL"
  | "NOT_A_NUMBER"
  | "AMBIGUOUS_AMOUNT"
  | "TOO_MANY_DECIMALS"
  | "NEGATIVE_AMOUNT"
  | "AMOUNT_TOO_LARGE";

export interface AmountProblem {
  readonly code: AmountProblemCode;
  /** Why, in English, to follow the cell in a message: `"12,5.0" is not a number: …`. */
  readonly reason: string;
}

/** The number as written: sign, whole digits and decimal digits, before any currency is known. */
export interface WrittenAmount {
  readonly negative: boolean;
  readonly whole: string;
  readonly fraction: string;
}

export type WrittenAmountResult = { ok: true; value: WrittenAmount } | { ok: false; problem: AmountProblem };

/** Fifteen whole digits keep any currency's minor units inside PostgreSQL's bigint (≈ 9.2·10¹⁸). */
const maxWholeDigits = 15;

const notANumber = (reason: string): WrittenAmountResult => ({
  ok: false,
  problem: { code: "NOT_A_NUMBER", reason: `is not a number: ${reason}` },
});

// Digits in groups of three after a first group of one to three: "1 234 567", "1,234,567".
const grouped = (mark: string) => new RegExp(`^\\d{1,3}(?:${mark === "." ? "\\." : mark}\\d{3})+$`);

function readWhole(text: string, groupMark: string | null): string | null {
  if (/^\d+$/.test(text)) return text;
  if (groupMark !== null && grouped(groupMark).test(text)) return text.split(groupMark).join("");
  return null;
}

/** Reads the sign, digits and decimal mark of an amount; knows nothing of currencies. */
export function readWrittenAmount(cell: string): WrittenAmountResult {
  // Every kind of space (no-break, narrow no-break, thin) separates thousands the same way.
  let text = cell.replace(/\s/gu, " ").trim();
  if (text === "") return { ok: false, problem: { code: "EMPTY_CELL", reason: "is empty" } };
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-\u2212]/.test(text)) {
    if (negative) return notANumber("has both a minus and brackets");
    negative = true;
    text = text.slice(1).trim();
  }
  if (!/^[\d ,.]+$/.test(text) || !/^\d/.test(text)) {
    return notANumber("may hold only digits, spaces, one decimal mark and a minus or brackets");
  }
  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;
  let whole: string | null;
  let fraction: string | null = null;
  if (commas + dots === 0) {
    whole = readWhole(text, " ");
    if (whole === null) return notANumber("digits between spaces must come in threes");
  } else if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark and comes once; the other groups thousands, without spaces.
    const decimalMark = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const groupMark = decimalMark === "," ? "." : ",";
    if ((decimalMark === "," ? commas : dots) > 1 || text.includes(" ")) {
      return notANumber(`mixes "," and "." in a way no accountant writes`);
    }
    const [left = "", right = ""] = text.split(decimalMark);
    whole = readWhole(left, groupMark);
    if (whole === null) return notANumber(`digits between "${groupMark}" must come in threes`);
    fraction = right;
  } else if (commas + dots === 1) {
    const mark = commas === 1 ? "," : ".";
    const [left = "", right = ""] = text.split(mark);
    if (/^[1-9]\d{0,2}$/.test(left) && /^\d{3}$/.test(right)) {
      const asDecimal = `${left}.${right}`.replace(/\.?0+$/, "");
      return {
        ok: false,
        problem: {
          code: "AMBIGUOUS_AMOUNT",
          reason: `is ambiguous: it could mean ${asDecimal} or ${left}${right}: write "${left} ${right}" for thousands, or the decimals the currency has`,
        },
      };
    }
    whole = readWhole(left, " ");
    if (whole === null) return notANumber("digits between spaces must come in threes");
    fraction = right;
  } else {
    // One mark, several times: it groups thousands and there is no decimal part.
    const mark = commas > 0 ? "," : ".";
    if (text.includes(" ")) return notANumber(`mixes spaces and "${mark}" between digits`);
    whole = readWhole(text, mark);
    if (whole === null) return notANumber(`digits between "${mark}" must come in threes`);
  }
  if (fraction !== null && !/^\d+$/.test(fraction)) {
    return notANumber("must have only digits after its decimal mark");
  }
  const significant = whole.replace(/^0+(?=\d)/, "");
  if (significant.length > maxWholeDigits) {
    return {
      ok: false,
      problem: {
        code: "AMOUNT_TOO_LARGE",
        reason: `is too large: more than ${maxWholeDigits} digits before the decimal mark`,
      },
    };
  }
  return { ok: true, value: { negative, whole: significant, fraction: fraction ?? "" } };
}

export type LedgerAmountResult = { ok: true; minor: bigint } | { ok: false; problem: AmountProblem };

/** The amount in minor units of `currency`; a negative one only when refunds are allowed. */
export function parseLedgerAmount(
  cell: string,
  currency: CurrencyCode,
  options: { allowNegative?: boolean } = {},
): LedgerAmountResult {
  const read = readWrittenAmount(cell);
  if (!read.ok) return read;
  return toMinorUnits(read.value, currency, options.allowNegative ?? false);
}

export function toMinorUnits(
  amount: WrittenAmount,
  currency: CurrencyCode,
  allowNegative: boolean,
): LedgerAmountResult {
  const digits = minorUnitDigits(currency);
  if (amount.fraction.length > digits) {
    return {
      ok: false,
      problem: {
        code: "TOO_MANY_DECIMALS",
        reason:
          digits === 0
            ? `has decimals, and ${currency} has no minor unit`
            : `has more than ${digits} decimals for ${currency}`,
      },
    };
  }
  const size = BigInt(`${amount.whole}${amount.fraction.padEnd(digits, "0")}`);
  if (amount.negative && size > 0n && !allowNegative) {
    return {
      ok: false,
      problem: { code: "NEGATIVE_AMOUNT", reason: "is negative, and this import takes no refunds" },
    };
  }
  return { ok: true, minor: amount.negative ? -size : size };
}
