// The `kinomost waterfall run --json` contract: a run as plain JSON with every amount a decimal string in the
// waterfall's currency (receipt amounts in their own). Formatting only: nothing here computes money.
import { formatMoneyDecimal } from "../money/money.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { AppliedRate, WaterfallMedia, WaterfallRun, WaterfallTierKind } from "./types.ts";

export interface WaterfallStepJson {
  readonly pot: string;
  readonly tier: string;
  readonly kind: WaterfallTierKind;
  readonly in: string;
  readonly paid: readonly { readonly party: string; readonly amount: string; readonly investment?: string }[];
  readonly out: string;
}

export interface WaterfallReceiptJson {
  readonly row: number;
  readonly date: string;
  readonly source: string;
  readonly territory: string;
  readonly media: WaterfallMedia;
  readonly amount: string;
  readonly currency: CurrencyCode;
  readonly rate: AppliedRate | null;
  readonly gross: string;
  readonly pot: string;
  readonly steps: readonly WaterfallStepJson[];
  readonly retained: string;
}

export interface WaterfallRunJson {
  readonly currency: CurrencyCode;
  readonly received: string;
  readonly distributed: Readonly<Record<string, string>>;
  readonly retained: string;
  readonly trace: readonly WaterfallReceiptJson[];
}

export function toWaterfallRunJson(run: WaterfallRun): WaterfallRunJson {
  const money = (minor: bigint) => formatMoneyDecimal({ minor, currency: run.currency });
  return {
    currency: run.currency,
    received: money(run.received),
    distributed: Object.fromEntries([...run.distributed].map(([party, minor]) => [party, money(minor)])),
    retained: money(run.retained),
    trace: run.trace.map((receipt) => ({
      row: receipt.row,
      date: receipt.date,
      source: receipt.source,
      territory: receipt.territory,
      media: receipt.media,
      amount: formatMoneyDecimal(receipt.amount),
      currency: receipt.amount.currency,
      rate: receipt.rate,
      gross: money(receipt.gross),
      pot: receipt.pot,
      steps: receipt.steps.map((step) => ({
        pot: step.pot,
        tier: step.tier,
        kind: step.kind,
        in: money(step.in),
        paid: step.payments.map((payment) =>
          payment.investment === undefined
            ? { party: payment.party, amount: money(payment.amount) }
            : { party: payment.party, amount: money(payment.amount), investment: payment.investment },
        ),
        out: money(step.out),
      })),
      retained: money(receipt.retained),
    })),
  };
}
