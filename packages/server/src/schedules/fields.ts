// Validated fields of the shooting schedule: runs of dates, money of a board's settings, a unit's hours. Money
// arrives as a decimal string and is stored in minor units; the scheduler counts in doubles, so an amount must
// stay a safe integer (2^53 minor units, some 90 trillion roubles: no film comes near it).
import { z } from "@hono/zod-openapi";
import { formatMoneyDecimal, type CurrencyCode } from "@kinomost/core";
import type { schema } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import { amountField, currencyField, isoDate, toMinor } from "../consortium/fields.ts";

type ScheduleSettings = schema.ScheduleSettings;
type ScheduleSettingsMoney = schema.ScheduleSettingsMoney;

export { isoDate };

/** A run of dates, both ends included. */
export const dateWindow = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((window) => window.from <= window.to, {
    message: "must not be before from",
    path: ["to"],
    params: { code: "window_order" },
  })
  .openapi("DateWindow");

export const dateWindows = z.array(dateWindow).max(100);
export const dateList = z.array(isoDate).max(400);

/** An amount in its currency: {"amount": "150000.00", "currency": "RUB"}. */
export const moneyInput = z
  .strictObject({ amount: amountField, currency: currencyField })
  .openapi("MoneyInput");

export const moneyOutput = z
  .object({ amount: z.string().openapi({ example: "150000.00" }), currency: z.string() })
  .openapi("Money");

/** The amount in minor units as a safe integer; 400 naming `path` when it is not one. */
export function toSafeMinor(text: string, currency: string, path: string): number {
  const minor = toMinor(text, currency, path);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    const message = "is too large";
    throw new ApiError(400, "VALIDATION_FAILED", `${path} ${message}`, {
      fields: [{ path, message, code: "amount_too_large" }],
    });
  }
  return Number(minor);
}

export function formatMinor(minor: number | bigint, currency: string): string {
  return formatMoneyDecimal({ minor: BigInt(minor), currency: currency as CurrencyCode });
}

export const settingsInput = z.strictObject({
  locationMove: moneyInput.openapi({ description: "One company move between locations" }),
  borderCrossing: moneyInput.openapi({ description: "One change of country between two shifts of a unit" }),
  overtimePerHour: moneyInput.openapi({ description: "An hour of a unit's overtime" }),
  maxMovesPerDay: z.number().int().min(0).max(10).optional(),
  countryBlocks: z
    .boolean()
    .optional()
    .openapi({ description: "Each unit shoots every country in one block" }),
});
export type SettingsInput = z.infer<typeof settingsInput>;

export const settingsOutput = z
  .object({
    locationMove: moneyOutput,
    borderCrossing: moneyOutput,
    overtimePerHour: moneyOutput,
    maxMovesPerDay: z.number().int(),
    countryBlocks: z.boolean(),
  })
  .openapi("ScheduleSettings");

/**
 * What a board weighs when nobody said otherwise: the CIS market's going rates in roubles (a company move of a
 * unit with its trucks, a border crossing with the carnet and a travel day of the crew, an hour of overtime).
 * A project that counts in another currency needs an agreed rate for RUB, or sets its own amounts.
 */
export const defaultScheduleSettings: ScheduleSettings = {
  locationMove: { amountMinor: 150_000_00, currency: "RUB" },
  borderCrossing: { amountMinor: 600_000_00, currency: "RUB" },
  overtimePerHour: { amountMinor: 40_000_00, currency: "RUB" },
  maxMovesPerDay: 1,
  countryBlocks: false,
};

function toSettingsMoney(input: { amount: string; currency: string }, path: string): ScheduleSettingsMoney {
  return {
    amountMinor: toSafeMinor(input.amount, input.currency, `${path}.amount`),
    currency: input.currency,
  };
}

/** The stored settings from a request's (all of them, or a change on top of `base`). */
export function toSettings(input: Partial<SettingsInput>, base: ScheduleSettings, path = "settings") {
  return {
    locationMove: input.locationMove
      ? toSettingsMoney(input.locationMove, `${path}.locationMove`)
      : base.locationMove,
    borderCrossing: input.borderCrossing
      ? toSettingsMoney(input.borderCrossing, `${path}.borderCrossing`)
      : base.borderCrossing,
    overtimePerHour: input.overtimePerHour
      ? toSettingsMoney(input.overtimePerHour, `${path}.overtimePerHour`)
      : base.overtimePerHour,
    maxMovesPerDay: input.maxMovesPerDay ?? base.maxMovesPerDay ?? 1,
    countryBlocks: input.countryBlocks ?? base.countryBlocks ?? false,
  } satisfies ScheduleSettings;
}

const moneyOf = (money: ScheduleSettingsMoney) => ({
  amount: formatMinor(money.amountMinor, money.currency),
  currency: money.currency,
});

export function settingsView(settings: ScheduleSettings): z.infer<typeof settingsOutput> {
  return {
    locationMove: moneyOf(settings.locationMove),
    borderCrossing: moneyOf(settings.borderCrossing),
    overtimePerHour: moneyOf(settings.overtimePerHour),
    maxMovesPerDay: settings.maxMovesPerDay ?? 1,
    countryBlocks: settings.countryBlocks ?? false,
  };
}

/** ISO weekdays, 1 Monday … 7 Sunday, each once. */
export const weekdays = z
  .array(z.number().int().min(1).max(7))
  .max(6)
  .refine((days) => new Set(days).size === days.length, {
    message: "must not repeat a day",
    params: { code: "duplicate" },
  })
  .openapi({ example: [6, 7] });
