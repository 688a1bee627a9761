// Statements per party per period from a traced run: opening position, the period's receipts, deductions (paid
// to others), distributions (paid to the party), what the account retained, closing position.
// Reads only the run and the definition; it never re-runs the waterfall or rounds anything.
import { periodBounds, periodKey, type StatementPeriod } from "./dates.ts";
import type { WaterfallDefinition, WaterfallRun, WaterfallTierKind } from "./types.ts";

export interface PartyPosition {
  /** Everything paid to the party up to this point. */
  readonly received: bigint;
  /** What capped tiers (investments with premium, deferments, expenses, capped fees) still owe it. */
  readonly outstanding: bigint;
}

export interface StatementLine {
  readonly tier: string;
  readonly kind: WaterfallTierKind;
  readonly amount: bigint;
}

/** receipts = Σ deductions + Σ distributions + retained, to the minor unit. */
export interface PartyStatement {
  readonly party: string;
  /** "2026-Q1", "2026-03", "2026-H1" or "2026". */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly opening: PartyPosition;
  /** Gross the collection account received in the period, in the waterfall's currency. */
  readonly receipts: bigint;
  readonly deductions: readonly StatementLine[];
  readonly distributions: readonly StatementLine[];
  readonly retained: bigint;
  readonly closing: PartyPosition;
}

interface PeriodTotals {
  receipts: bigint;
  retained: bigint;
  /** tier id → party → amount. */
  readonly byTier: Map<string, Map<string, bigint>>;
  /** party → what its capped positions received. */
  readonly capped: Map<string, bigint>;
}

/** What each party is owed in full by capped tiers, and which payments count against it. */
function cappedPositions(definition: WaterfallDefinition) {
  const owed = new Map<string, bigint>(definition.parties.map((party) => [party.id, 0n]));
  const add = (party: string, amount: bigint) => owed.set(party, (owed.get(party) ?? 0n) + amount);
  const cappedTiers = new Set<string>();
  for (const investment of definition.investments) add(investment.party, investment.target);
  for (const tier of definition.pots.flatMap((pot) => pot.tiers)) {
    if (tier.kind === "expenses") add(tier.party, tier.cap);
    else if ((tier.kind === "fee" || tier.kind === "corridor") && tier.cap !== null)
      add(tier.party, tier.cap);
    else if (tier.kind === "deferment") tier.payees.forEach((payee) => add(payee.party, payee.amount));
    else continue;
    cappedTiers.add(tier.id);
  }
  return { owed, cappedTiers };
}

/** One statement per party per period, from the first receipt's period to the last one's; needs the trace. */
export function buildStatements(
  definition: WaterfallDefinition,
  run: WaterfallRun,
  period: StatementPeriod,
): PartyStatement[] {
  const kinds = new Map(
    definition.pots.flatMap((pot) => pot.tiers.map((tier) => [tier.id, tier.kind] as const)),
  );
  const tierOrder = [...kinds.keys()];
  const { owed, cappedTiers } = cappedPositions(definition);

  const periods = new Map<string, PeriodTotals>();
  for (const receipt of run.trace) {
    const key = periodKey(receipt.date, period);
    let totals = periods.get(key);
    if (!totals) {
      totals = { receipts: 0n, retained: 0n, byTier: new Map(), capped: new Map() };
      periods.set(key, totals);
    }
    totals.receipts += receipt.gross;
    totals.retained += receipt.retained;
    for (const step of receipt.steps) {
      for (const payment of step.payments) {
        let byParty = totals.byTier.get(step.tier);
        if (!byParty) totals.byTier.set(step.tier, (byParty = new Map()));
        byParty.set(payment.party, (byParty.get(payment.party) ?? 0n) + payment.amount);
        if (payment.investment !== undefined || cappedTiers.has(step.tier)) {
          totals.capped.set(payment.party, (totals.capped.get(payment.party) ?? 0n) + payment.amount);
        }
      }
    }
  }
  const keys = [...periods.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const allKeys: string[] = [];
  for (let key = first; key <= last; key = periodBounds(key, period).next) allKeys.push(key);

  const statements: PartyStatement[] = [];
  for (const party of definition.parties) {
    let position: PartyPosition = { received: 0n, outstanding: owed.get(party.id) ?? 0n };
    for (const key of allKeys) {
      const totals = periods.get(key);
      const deductions: StatementLine[] = [];
      const distributions: StatementLine[] = [];
      for (const tier of tierOrder) {
        const byParty = totals?.byTier.get(tier);
        if (!byParty) continue;
        let others = 0n;
        for (const [payee, amount] of byParty) if (payee !== party.id) others += amount;
        const own = byParty.get(party.id) ?? 0n;
        const kind = kinds.get(tier) ?? "fee";
        if (others > 0n) deductions.push({ tier, kind, amount: others });
        if (own > 0n) distributions.push({ tier, kind, amount: own });
      }
      const paid = distributions.reduce((sum, line) => sum + line.amount, 0n);
      const closing = {
        received: position.received + paid,
        outstanding: position.outstanding - (totals?.capped.get(party.id) ?? 0n),
      };
      const { from, to } = periodBounds(key, period);
      statements.push({
        party: party.id,
        period: key,
        from,
        to,
        opening: position,
        receipts: totals?.receipts ?? 0n,
        deductions,
        distributions,
        retained: totals?.retained ?? 0n,
        closing,
      });
      position = closing;
    }
  }
  return statements;
}
