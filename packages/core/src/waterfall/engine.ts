// Runs receipts through a validated waterfall: each receipt is converted at its date's rate, routed to a pot by
// territory and media, and paid down the tiers in order, in exact minor units; every step is traced.
// Nothing here reads a file or the clock; a receipt without a rate stops the run with an error, never a zero.
import { stepToCumulative } from "./pool.ts";
import { applyFraction } from "./fraction.ts";
import { applyMinorUnitRate } from "../money/convert.ts";
import type { Ratio } from "../money/ratio.ts";
import { findReceiptRate, minorUnitFactor, type FoundRate, type RateBook } from "./rates.ts";
import type {
  AppliedRate,
  Receipt,
  ReceiptTrace,
  TracePayment,
  TraceStep,
  WaterfallDefinition,
  WaterfallRunError,
  WaterfallRunResult,
  WaterfallTier,
} from "./types.ts";

export interface RunWaterfallOptions {
  /** Keep the per-receipt trace (default true); without it a run keeps only totals, for large volumes. */
  readonly trace?: boolean;
}

interface Pool {
  /** Parties (and, for recoupment, investments) of the payees, in the tier's order. */
  readonly parties: readonly number[];
  readonly investments: readonly number[] | null;
  readonly weights: readonly bigint[];
  /** Cumulative payments of this tier to each payee. */
  readonly paid: bigint[];
}

interface TierState {
  readonly tier: WaterfallTier;
  readonly party: number;
  /** Total the tier has paid so far (fee, corridor, expenses caps). */
  paid: bigint;
  /** Set once a capped tier has nothing left to pay: caps and targets never grow back. */
  done: boolean;
  readonly pool: Pool | null;
}

interface PotState {
  readonly id: string;
  readonly tiers: readonly TierState[];
  readonly then: number;
}

/** Receipts are run in date order; receipts of one date keep their order in the file. */
function sortByDate(receipts: readonly Receipt[]): readonly Receipt[] {
  let sorted = true;
  for (let index = 1; index < receipts.length && sorted; index++) {
    sorted = (receipts[index - 1]?.date ?? "") <= (receipts[index]?.date ?? "");
  }
  if (sorted) return receipts;
  return receipts
    .map((receipt, index) => ({ receipt, index }))
    .sort((a, b) =>
      a.receipt.date < b.receipt.date ? -1 : a.receipt.date > b.receipt.date ? 1 : a.index - b.index,
    )
    .map(({ receipt }) => receipt);
}

/** A two-level cache, so the hot loop builds no string keys. */
function cached<T>(cache: Map<string, Map<string, T>>, first: string, second: string, make: () => T): T {
  let inner = cache.get(first);
  if (!inner) cache.set(first, (inner = new Map()));
  let value = inner.get(second);
  if (value === undefined) inner.set(second, (value = make()));
  return value;
}

export function runWaterfall(
  definition: WaterfallDefinition,
  receipts: readonly Receipt[],
  rates: RateBook,
  options: RunWaterfallOptions = {},
): WaterfallRunResult {
  const keepTrace = options.trace ?? true;
  const ordered = sortByDate(receipts);

  const grossOf: bigint[] = [];
  const rateOf: (AppliedRate | null)[] = [];
  const errors: WaterfallRunError[] = [];
  const rateCache = new Map<string, Map<string, { found: FoundRate; factor: Ratio } | null>>();
  for (const receipt of ordered) {
    const from = receipt.amount.currency;
    if (from === definition.currency) {
      grossOf.push(receipt.amount.minor);
      rateOf.push(null);
      continue;
    }
    const rate = cached(rateCache, receipt.date, from, () => {
      const found = findReceiptRate(
        rates,
        from,
        definition.currency,
        receipt.date,
        definition.rateLookbackDays,
      );
      return found && { found, factor: minorUnitFactor(found) };
    });
    if (rate === null) {
      if (errors.length < 50) {
        errors.push({
          code: "MISSING_RATE",
          row: receipt.row,
          from,
          to: definition.currency,
          date: receipt.date,
          message:
            `row ${receipt.row}: no ${from}→${definition.currency} rate on ${receipt.date} ` +
            `or in the ${definition.rateLookbackDays} days before`,
        });
      }
      continue;
    }
    grossOf.push(applyMinorUnitRate(receipt.amount.minor, rate.factor));
    rateOf.push(rate.found.applied);
  }
  if (errors.length > 0) return { ok: false, errors };

  const partyIndex = new Map(definition.parties.map((party, index) => [party.id, index]));
  const investmentIndex = new Map(definition.investments.map((investment, index) => [investment.id, index]));
  const investmentPaid = definition.investments.map(() => 0n);
  const totals = definition.parties.map(() => 0n);
  const potIndex = new Map(definition.pots.map((pot, index) => [pot.id, index]));
  const pots: PotState[] = definition.pots.map((pot) => ({
    id: pot.id,
    then: pot.then === null ? -1 : (potIndex.get(pot.then) ?? -1),
    tiers: pot.tiers.map((tier) => buildTierState(tier, definition, partyIndex, investmentIndex)),
  }));

  const routeCache = new Map<string, Map<string, number>>();
  const routeOf = (receipt: Receipt): number =>
    cached(routeCache, receipt.territory, receipt.media, () => {
      const route = definition.routes.find(
        (candidate) =>
          (candidate.territories === null || candidate.territories.includes(receipt.territory)) &&
          (candidate.media === null || candidate.media.includes(receipt.media)),
      );
      return potIndex.get(route ? route.pot : definition.entry) ?? 0;
    });

  const trace: ReceiptTrace[] = [];
  let received = 0n;
  let retained = 0n;
  const pay = (payments: TracePayment[] | null, party: number, amount: bigint, investment?: number) => {
    totals[party] = (totals[party] ?? 0n) + amount;
    if (investment !== undefined) investmentPaid[investment] = (investmentPaid[investment] ?? 0n) + amount;
    if (payments) {
      const partyId = definition.parties[party]?.id ?? "";
      const investmentId = investment === undefined ? undefined : definition.investments[investment]?.id;
      payments.push(
        investmentId === undefined
          ? { party: partyId, amount }
          : { party: partyId, amount, investment: investmentId },
      );
    }
  };

  ordered.forEach((receipt, index) => {
    const gross = grossOf[index] ?? 0n;
    const rate = rateOf[index] ?? null;
    received += gross;
    const entry = routeOf(receipt);
    const steps: TraceStep[] | null = keepTrace ? [] : null;
    let remaining = gross;
    for (let potAt = entry; potAt >= 0 && remaining > 0n;) {
      const pot = pots[potAt];
      if (!pot) break;
      const potGross = remaining;
      for (const state of pot.tiers) {
        if (remaining === 0n) break;
        const payments: TracePayment[] | null = steps ? [] : null;
        const taken = applyTier(state, remaining, potGross, investmentPaid, pay, payments);
        const before = remaining;
        remaining -= taken;
        if (steps && payments) {
          steps.push({
            pot: pot.id,
            tier: state.tier.id,
            kind: state.tier.kind,
            in: before,
            payments,
            out: remaining,
          });
        }
      }
      potAt = pot.then;
    }
    retained += remaining;
    if (keepTrace && steps) {
      trace.push({
        row: receipt.row,
        date: receipt.date,
        source: receipt.source,
        territory: receipt.territory,
        media: receipt.media,
        amount: receipt.amount,
        rate,
        gross,
        pot: pots[entry]?.id ?? definition.entry,
        steps,
        retained: remaining,
      });
    }
  });

  return {
    ok: true,
    value: {
      currency: definition.currency,
      received,
      distributed: new Map(definition.parties.map((party, index) => [party.id, totals[index] ?? 0n])),
      retained,
      trace,
    },
  };
}

function buildTierState(
  tier: WaterfallTier,
  definition: WaterfallDefinition,
  partyIndex: ReadonlyMap<string, number>,
  investmentIndex: ReadonlyMap<string, number>,
): TierState {
  const party = (id: string) => partyIndex.get(id) ?? 0;
  switch (tier.kind) {
    case "fee":
    case "corridor":
    case "expenses":
      return { tier, party: party(tier.party), paid: 0n, done: false, pool: null };
    case "recoup": {
      const investments = tier.investments.map((id) => investmentIndex.get(id) ?? 0);
      return {
        tier,
        party: -1,
        paid: 0n,
        done: false,
        pool: {
          parties: investments.map((at) => party(definition.investments[at]?.party ?? "")),
          investments,
          // Pro rata to what each is owed in full, so that payees recouping only here finish together.
          weights: investments.map((at) => definition.investments[at]?.target ?? 0n),
          paid: investments.map(() => 0n),
        },
      };
    }
    case "deferment":
      return {
        tier,
        party: -1,
        paid: 0n,
        done: false,
        pool: {
          parties: tier.payees.map((payee) => party(payee.party)),
          investments: null,
          weights: tier.payees.map((payee) => payee.amount),
          paid: tier.payees.map(() => 0n),
        },
      };
    case "split":
      return {
        tier,
        party: -1,
        paid: 0n,
        done: false,
        pool: {
          parties: tier.shares.map((share) => party(share.party)),
          investments: null,
          weights: tier.shares.map((share) => share.weight),
          paid: tier.shares.map(() => 0n),
        },
      };
  }
}

type Pay = (payments: TracePayment[] | null, party: number, amount: bigint, investment?: number) => void;

/** Applies one tier to what reaches it and returns what it took. */
function applyTier(
  state: TierState,
  remaining: bigint,
  potGross: bigint,
  investmentPaid: bigint[],
  pay: Pay,
  payments: TracePayment[] | null,
): bigint {
  const { tier } = state;
  if (state.done) return 0n;
  if (tier.kind === "fee" || tier.kind === "corridor" || tier.kind === "expenses") {
    let take: bigint;
    if (tier.kind === "expenses") take = tier.cap - state.paid;
    else {
      take = applyFraction(tier.kind === "fee" && tier.of === "remainder" ? remaining : potGross, tier.rate);
      if (tier.cap !== null && take >= tier.cap - state.paid) {
        take = tier.cap - state.paid;
        state.done = take <= remaining;
      }
    }
    if (tier.kind === "expenses") state.done = take <= remaining;
    if (take > remaining) take = remaining;
    if (take <= 0n) return 0n;
    state.paid += take;
    pay(payments, state.party, take);
    return take;
  }
  const pool = state.pool;
  if (!pool) return 0n;
  let rooms: bigint[] | null = null;
  let amount = remaining;
  if (tier.kind !== "split") {
    const capped: bigint[] =
      tier.kind === "recoup"
        ? (pool.investments ?? []).map((at, index) => {
            const target = (pool.weights[index] ?? 0n) - (investmentPaid[at] ?? 0n);
            return target > 0n ? target : 0n;
          })
        : tier.payees.map((payee, index) => payee.amount - (pool.paid[index] ?? 0n));
    let room = 0n;
    for (const value of capped) room += value;
    if (room === 0n) {
      state.done = true;
      return 0n;
    }
    if (amount > room) amount = room;
    rooms = capped;
  }
  const steps =
    pool.parties.length === 1 ? [amount] : stepToCumulative(amount, pool.paid, pool.weights, rooms);
  steps.forEach((step, index) => {
    if (step === 0n) return;
    pool.paid[index] = (pool.paid[index] ?? 0n) + step;
    pay(payments, pool.parties[index] ?? 0, step, pool.investments?.[index]);
  });
  return amount;
}
