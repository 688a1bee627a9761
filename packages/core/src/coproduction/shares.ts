// Partner-share arithmetic: agreed shares as exact decimal percentages that must sum to exactly 100, actual shares
// from delivered contributions (rounded by largest remainder so they show as exactly 100.00), and late instalments.
// Exact decimals and integer minor units only, never a float; nothing here reads the clock (`today` is passed in).
import Decimal from "decimal.js";
import { allocateLargestRemainder } from "../money/allocate.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { Money } from "../money/money.ts";
import { convertAtAgreedRate, type ConversionError, type AgreedRate } from "./conversion.ts";

/** What an agreed share may look like: "40", "33.3333", "0.5"; no sign, no percent sign, a dot as the mark. */
const sharePattern = /^\d{1,3}(?:\.\d{1,10})?$/;

export type ShareError =
  | { readonly code: "BAD_SHARE"; readonly partnerId: string; readonly text: string }
  | { readonly code: "SHARE_ABOVE_100"; readonly partnerId: string; readonly share: string }
  | { readonly code: "SHARES_NOT_100"; readonly sum: string }
  | { readonly code: "NO_PARTNERS" };

export function describeShareError(error: ShareError): string {
  switch (error.code) {
    case "BAD_SHARE":
      return `partner "${error.partnerId}": share "${error.text}" is not a decimal percentage such as "40" or "12.5"`;
    case "SHARE_ABOVE_100":
      return `partner "${error.partnerId}": share ${error.share} % is above 100 %`;
    case "SHARES_NOT_100":
      return `the agreed shares sum to ${error.sum} %, not 100 %`;
    case "NO_PARTNERS":
      return "there are no partners";
  }
}

/**
 * Checks agreed shares: each a decimal percentage, together exactly 100. Returns the shares normalized
 * ("40.50" → "40.5") or every problem, each naming the partner.
 */
export function checkAgreedShares(
  partners: readonly { readonly id: string; readonly share: string }[],
):
  | { ok: true; value: readonly { readonly partnerId: string; readonly share: string }[] }
  | { ok: false; errors: readonly ShareError[] } {
  if (partners.length === 0) return { ok: false, errors: [{ code: "NO_PARTNERS" }] };
  const errors: ShareError[] = [];
  const value: { partnerId: string; share: string }[] = [];
  let sum = new Decimal(0);
  for (const partner of partners) {
    if (!sharePattern.test(partner.share)) {
      errors.push({ code: "BAD_SHARE", partnerId: partner.id, text: partner.share });
      continue;
    }
    const share = new Decimal(partner.share);
    if (share.greaterThan(100))
      errors.push({ code: "SHARE_ABOVE_100", partnerId: partner.id, share: share.toFixed() });
    sum = sum.plus(share);
    value.push({ partnerId: partner.id, share: share.toFixed() });
  }
  if (errors.length === 0 && !sum.equals(100)) errors.push({ code: "SHARES_NOT_100", sum: sum.toFixed() });
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}

/** What the share arithmetic needs of a contribution: its currency, FX date and instalments. */
export interface LedgerContribution {
  readonly currency: CurrencyCode;
  /** The date of the agreed exchange rate (in-kind valuations and cash alike); picks the rate of that date. */
  readonly fxDate?: string;
  readonly instalments: readonly LedgerInstalment[];
}

export interface LedgerInstalment {
  /** YYYY-MM-DD. */
  readonly due: string;
  /** Committed, in the contribution's currency (in kind: the agreed valuation). */
  readonly amount: Money;
  /** Delivered so far; absent means nothing. */
  readonly delivered?: Money;
  /** YYYY-MM-DD of the (last) delivery. */
  readonly deliveredOn?: string;
}

export interface LedgerPartner {
  readonly id: string;
  readonly share: string;
  readonly contributions: readonly LedgerContribution[];
}

export interface ActualShare {
  readonly partnerId: string;
  /** The agreed share, normalized ("40"). */
  readonly agreed: string;
  readonly committed: Money;
  readonly delivered: Money;
  /** Of everything delivered, in hundredths of a percent shown with two decimals ("38.46"); null if nothing was. */
  readonly actual: string | null;
  /** actual − agreed in percentage points ("-1.54"); null if nothing was delivered. */
  readonly difference: string | null;
}

export interface ActualShares {
  /** The reporting currency all amounts were converted into. */
  readonly currency: CurrencyCode;
  readonly committed: Money;
  readonly delivered: Money;
  readonly partners: readonly ActualShare[];
}

/** 100.00 % in hundredths of a percent: the whole that largest-remainder rounding splits. */
const wholeInHundredths = 10000n;

function formatHundredths(value: bigint): string {
  const negative = value < 0n;
  const abs = (negative ? -value : value).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/**
 * Each partner's actual share of what was delivered, converted into `currency` with `rates`. Shares are whole
 * hundredths of a percent split by largest remainder, so they always sum to exactly 100.00.
 * A missing or ambiguous rate is an error, never a zero.
 */
export function computeActualShares(
  partners: readonly LedgerPartner[],
  currency: CurrencyCode,
  rates: readonly AgreedRate[],
): { ok: true; value: ActualShares } | { ok: false; errors: readonly ConversionError[] } {
  const errors: ConversionError[] = [];
  const totals = partners.map((partner) => {
    let committed = 0n;
    let delivered = 0n;
    for (const contribution of partner.contributions) {
      for (const instalment of contribution.instalments) {
        const amounts = [
          instalment.amount,
          instalment.delivered ?? { minor: 0n, currency: contribution.currency },
        ];
        const [owed, given] = amounts.map((money) => {
          const converted = convertAtAgreedRate(money, currency, rates, contribution.fxDate);
          if (!converted.ok) errors.push(converted.error);
          return converted.ok ? converted.value.minor : 0n;
        });
        committed += owed ?? 0n;
        delivered += given ?? 0n;
      }
    }
    return { committed, delivered };
  });
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  const delivered = totals.reduce((sum, total) => sum + total.delivered, 0n);
  const committed = totals.reduce((sum, total) => sum + total.committed, 0n);
  const hundredths =
    delivered > 0n
      ? allocateLargestRemainder(
          wholeInHundredths,
          totals.map((total) => total.delivered),
        )
      : null;
  return {
    ok: true,
    value: {
      currency,
      committed: { minor: committed, currency },
      delivered: { minor: delivered, currency },
      partners: partners.map((partner, index) => {
        const total = totals[index] ?? { committed: 0n, delivered: 0n };
        const actual = hundredths?.[index];
        const agreed = new Decimal(partner.share);
        return {
          partnerId: partner.id,
          agreed: agreed.toFixed(),
          committed: { minor: total.committed, currency },
          delivered: { minor: total.delivered, currency },
          actual: actual === undefined ? null : formatHundredths(actual),
          difference:
            actual === undefined
              ? null
              : new Decimal(actual.toString()).dividedBy(100).minus(agreed).toFixed(2),
        };
      }),
    },
  };
}

function dedupe(errors: readonly ConversionError[]): ConversionError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = JSON.stringify(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface LateInstalment {
  readonly partnerId: string;
  /** Indexes into the partner's contributions and that contribution's instalments. */
  readonly contribution: number;
  readonly instalment: number;
  readonly due: string;
  readonly amount: Money;
  readonly delivered: Money;
  /** overdue: due before `today` and not fully delivered; delivered-late: fully delivered after the due date. */
  readonly status: "overdue" | "delivered-late";
  readonly daysLate: number;
}

/** Whole days from one YYYY-MM-DD to another; pure arithmetic on the calendar, no clock, no time zone. */
export function daysBetween(from: string, to: string): number {
  const day = (text: string) => {
    const [year = 0, month = 1, date = 1] = text.split("-").map(Number);
    return Date.UTC(year, month - 1, date) / 86_400_000;
  };
  return day(to) - day(from);
}

/** Instalments that are late as of `today` (YYYY-MM-DD), in ledger order. */
export function findLateInstalments(partners: readonly LedgerPartner[], today: string): LateInstalment[] {
  const late: LateInstalment[] = [];
  partners.forEach((partner) =>
    partner.contributions.forEach((contribution, contributionIndex) =>
      contribution.instalments.forEach((instalment, instalmentIndex) => {
        const delivered = instalment.delivered ?? { minor: 0n, currency: instalment.amount.currency };
        const complete = delivered.minor >= instalment.amount.minor;
        const base = {
          partnerId: partner.id,
          contribution: contributionIndex,
          instalment: instalmentIndex,
          due: instalment.due,
          amount: instalment.amount,
          delivered,
        };
        if (!complete && instalment.due < today) {
          late.push({ ...base, status: "overdue", daysLate: daysBetween(instalment.due, today) });
        } else if (
          complete &&
          instalment.deliveredOn !== undefined &&
          instalment.deliveredOn > instalment.due
        ) {
          late.push({
            ...base,
            status: "delivered-late",
            daysLate: daysBetween(instalment.due, instalment.deliveredOn),
          });
        }
      }),
    ),
  );
  return late;
}
