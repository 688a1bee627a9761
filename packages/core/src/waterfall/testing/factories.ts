// Test factories for the waterfall: a valid definition from partial JSON, receipts from a few fields.
// For tests only; they throw on input a test should never give.
import type { CurrencyCode } from "../../money/currency.ts";
import { parseMoney } from "../../money/money.ts";
import type { Receipt, WaterfallDefinition, WaterfallMedia } from "../types.ts";
import { validateWaterfall } from "../validate.ts";

/** Validates the JSON or throws with every error, so a test sees what it got wrong. */
export function definitionOf(json: Record<string, unknown>): WaterfallDefinition {
  const result = validateWaterfall({ format: "kinomost.waterfall/1", currency: "RUB", ...json });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.value;
}

let nextRow = 2;

export function receipt(fields: {
  amount: string;
  currency?: string;
  date?: string;
  territory?: string;
  media?: WaterfallMedia;
  source?: string;
}): Receipt {
  const currency = (fields.currency ?? "RUB") as CurrencyCode;
  const parsed = parseMoney(fields.amount, currency);
  if (!parsed.ok) throw new Error(`bad amount ${fields.amount}`);
  return {
    row: nextRow++,
    date: fields.date ?? "2026-01-15",
    source: fields.source ?? "test",
    territory: fields.territory ?? "DE",
    media: fields.media ?? "all",
    amount: parsed.value,
  };
}
