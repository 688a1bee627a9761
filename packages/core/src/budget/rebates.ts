// Applies rebate rule packs to each country's qualifying spend: which pack is valid on the date, which tier the
// spend and facts reach, the estimated rebate after caps, and what is missing to reach the next tier.
// Packs are data passed in (rebate-packs.ts holds defaults); a missing rate or index value is an error value.
import { convertWithTable, type RateTable } from "../money/convert.ts";
import { minorUnitDigits, type CurrencyCode } from "../money/currency.ts";
import type { Money } from "../money/money.ts";
import {
  compareRatio,
  divideRounded,
  multiplyRatio,
  parseDecimalRatio,
  powerOfTen,
  type Ratio,
} from "../money/ratio.ts";
import type { RebatePack, RebateRequirement, RebateTier } from "./rebate-types.ts";
import type { ProjectKind, RebateFacts } from "./types.ts";

export interface RebateContext {
  /** YYYY-MM-DD: the date whose pack versions, index values and rates apply. */
  readonly on: string;
  /** Converts the spend into the pack's currency and into the currencies of minimums ("USD 300k"). */
  readonly rates: RateTable;
  readonly projectKind?: ProjectKind;
  readonly facts?: Readonly<Record<string, RebateFacts>>;
}

export type RebateShortfall =
  | { readonly kind: "spend"; readonly missing: Money }
  | { readonly kind: "shootDays"; readonly missing: number }
  | { readonly kind: "localCrewPercent"; readonly missing: string }
  | { readonly kind: "projectKind"; readonly oneOf: readonly ProjectKind[] }
  | { readonly kind: "unknownFact"; readonly fact: "shootDays" | "localCrewPercent" | "projectKind" }
  | { readonly kind: "anyOf"; readonly options: readonly (readonly RebateShortfall[])[] };

export interface RebateProblem {
  readonly code: "MISSING_RATE" | "NO_INDEX_VALUE" | "BAD_PACK";
  readonly message: string;
}

export interface RebateEstimate {
  readonly country: string;
  /** The pack valid on the date, or null when the country has none. */
  readonly pack: Pick<
    RebatePack,
    "id" | "version" | "name" | "status" | "sources" | "validFrom" | "validUntil"
  > | null;
  /** Qualifying spend in the pack's currency (the input's currency when there is no pack). */
  readonly qualifyingSpend: Money;
  /** The tier reached, or null. */
  readonly percent: string | null;
  readonly rebate: Money;
  readonly capped: boolean;
  /** For "up to N %" schemes, N. */
  readonly upToPercent?: string;
  /** The next better tier and what is missing to reach it; null at the top. */
  readonly next: { readonly percent: string; readonly missing: readonly RebateShortfall[] } | null;
  readonly problems: readonly RebateProblem[];
}

/** The latest version of the country's pack valid on `on` (validity dates inclusive). */
export function findRebatePack(packs: readonly RebatePack[], country: string, on: string): RebatePack | null {
  const valid = packs.filter(
    (pack) =>
      pack.country === country &&
      pack.validFrom <= on &&
      (pack.validUntil === undefined || on <= pack.validUntil),
  );
  return valid.reduce<RebatePack | null>(
    (best, pack) => (best && best.validFrom >= pack.validFrom ? best : pack),
    null,
  );
}

class TierEvaluator {
  readonly problems: RebateProblem[] = [];
  private readonly spendIn = new Map<CurrencyCode, Money | null>();

  constructor(
    private readonly pack: RebatePack,
    private readonly spendBase: Money,
    private readonly context: RebateContext,
  ) {}

  problem(code: RebateProblem["code"], message: string) {
    if (!this.problems.some((known) => known.message === message)) this.problems.push({ code, message });
    return null;
  }

  spend(currency: CurrencyCode): Money | null {
    if (!this.spendIn.has(currency)) {
      const converted = convertWithTable(this.spendBase, currency, this.context.rates);
      this.spendIn.set(currency, converted.ok ? converted.value : null);
      if (!converted.ok) {
        const { rates } = this.context;
        this.problem(
          "MISSING_RATE",
          `no rate from ${this.spendBase.currency} to ${currency} in the ${rates.source} table of ${rates.date}`,
        );
      }
    }
    return this.spendIn.get(currency) ?? null;
  }

  /** Whole minor units of `currency` for a decimal amount, rounded up: a threshold is never understated. */
  minor(amount: Ratio, currency: CurrencyCode): bigint {
    return divideRounded(amount.n * powerOfTen(minorUnitDigits(currency)), amount.d, "ceiling");
  }

  threshold(
    requirement: Extract<RebateRequirement, { kind: "spend" }>,
  ): { amount: bigint; currency: CurrencyCode } | null {
    const text = requirement.atLeast ?? requirement.over;
    const amount = text === undefined ? null : parseDecimalRatio(text);
    if (amount === null)
      return this.problem("BAD_PACK", `${this.pack.id}: a spend requirement without a decimal amount`);
    if (requirement.indexUnit === undefined) {
      const currency = requirement.currency ?? this.pack.currency;
      return { amount: this.minor(amount, currency), currency };
    }
    const values = this.pack.indexUnits?.[requirement.indexUnit] ?? [];
    const value = values.filter((entry) => entry.validFrom <= this.context.on).at(-1);
    const unit = value && parseDecimalRatio(value.value);
    if (!unit) {
      return this.problem(
        "NO_INDEX_VALUE",
        `${this.pack.id}: no value of ${requirement.indexUnit} for ${this.context.on}`,
      );
    }
    return {
      amount: this.minor(multiplyRatio(amount, unit), this.pack.currency),
      currency: this.pack.currency,
    };
  }

  /** The shortfalls of one requirement: empty when it holds, null when it cannot be evaluated. */
  check(requirement: RebateRequirement): RebateShortfall[] | null {
    const facts = this.context.facts?.[this.pack.country] ?? {};
    switch (requirement.kind) {
      case "spend": {
        const threshold = this.threshold(requirement);
        const spend = threshold && this.spend(threshold.currency);
        if (!threshold || !spend) return null;
        const needed = requirement.atLeast !== undefined ? threshold.amount : threshold.amount + 1n;
        return spend.minor >= needed
          ? []
          : [{ kind: "spend", missing: { minor: needed - spend.minor, currency: threshold.currency } }];
      }
      case "shootDays":
        if (facts.shootDays === undefined) return [{ kind: "unknownFact", fact: "shootDays" }];
        return facts.shootDays >= requirement.atLeast
          ? []
          : [{ kind: "shootDays", missing: requirement.atLeast - facts.shootDays }];
      case "localCrewPercent": {
        const have = facts.localCrewPercent === undefined ? null : parseDecimalRatio(facts.localCrewPercent);
        const need = parseDecimalRatio(requirement.atLeast);
        if (need === null)
          return this.problem("BAD_PACK", `${this.pack.id}: bad crew percentage "${requirement.atLeast}"`);
        if (have === null) return [{ kind: "unknownFact", fact: "localCrewPercent" }];
        if (compareRatio(have, need) >= 0) return [];
        const gap = { n: need.n * have.d - have.n * need.d, d: need.d * have.d };
        return [{ kind: "localCrewPercent", missing: formatGap(gap) }];
      }
      case "projectKind": {
        const kind = this.context.projectKind;
        if (kind === undefined) return [{ kind: "unknownFact", fact: "projectKind" }];
        return requirement.oneOf.includes(kind) ? [] : [{ kind: "projectKind", oneOf: requirement.oneOf }];
      }
      case "anyOf": {
        const options = requirement.options.map((option) => this.check(option));
        if (options.some((option) => option !== null && option.length === 0)) return [];
        const known = options.filter((option): option is RebateShortfall[] => option !== null);
        return known.length === 0 ? null : [{ kind: "anyOf", options: known }];
      }
    }
  }

  tier(tier: RebateTier): { percent: Ratio; shortfalls: RebateShortfall[] } | null {
    const percent = parseDecimalRatio(tier.percent);
    if (percent === null)
      return this.problem("BAD_PACK", `${this.pack.id}: bad percentage "${tier.percent}"`);
    const checks = tier.requires.map((requirement) => this.check(requirement));
    if (checks.some((check) => check === null)) return null;
    return { percent, shortfalls: checks.flatMap((check) => check ?? []) };
  }
}

function formatGap(gap: Ratio): string {
  const hundredths = divideRounded(gap.n * 100n, gap.d, "ceiling");
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** One estimate per country of the input, in the input's order. */
export function estimateRebates(
  countries: readonly { readonly country: string; readonly qualifying: Money }[],
  packs: readonly RebatePack[],
  context: RebateContext,
): RebateEstimate[] {
  return countries.map(({ country, qualifying }) => {
    const pack = findRebatePack(packs, country, context.on);
    const none = { minor: 0n, currency: qualifying.currency };
    if (!pack) {
      return {
        country,
        pack: null,
        qualifyingSpend: qualifying,
        percent: null,
        rebate: none,
        capped: false,
        next: null,
        problems: [],
      };
    }
    const { id, version, name, status, sources, validFrom, validUntil } = pack;
    const about = {
      id,
      version,
      name,
      status,
      sources,
      validFrom,
      ...(validUntil === undefined ? {} : { validUntil }),
    };
    const evaluator = new TierEvaluator(pack, qualifying, context);
    const spend = evaluator.spend(pack.currency) ?? { minor: 0n, currency: pack.currency };
    const tiers = pack.tiers.map((tier) => ({ tier, result: evaluator.tier(tier) }));
    const reached = tiers
      .filter(({ result }) => result !== null && result.shortfalls.length === 0)
      .reduce<(typeof tiers)[number] | null>(
        (best, entry) =>
          best?.result && entry.result && compareRatio(best.result.percent, entry.result.percent) >= 0
            ? best
            : entry,
        null,
      );
    const reachedPercent = reached?.result?.percent ?? null;
    // The next tier: the smallest percentage above the one reached that more spend, days or crew could unlock.
    const next = tiers
      .filter(
        ({ result }) =>
          result !== null && (reachedPercent === null || compareRatio(result.percent, reachedPercent) > 0),
      )
      .filter(({ result }) => !result?.shortfalls.some((shortfall) => shortfall.kind === "projectKind"))
      .reduce<(typeof tiers)[number] | null>(
        (best, entry) =>
          best?.result && entry.result && compareRatio(best.result.percent, entry.result.percent) <= 0
            ? best
            : entry,
        null,
      );
    let rebate = 0n;
    let capped = false;
    if (reached?.result) {
      const { percent } = reached.result;
      rebate = divideRounded(spend.minor * percent.n, percent.d * 100n, "half-even");
      for (const capText of [reached.tier.cap, pack.cap]) {
        const cap = capText === undefined ? null : parseDecimalRatio(capText);
        if (cap === null) continue;
        const capMinor = evaluator.minor(cap, pack.currency);
        if (rebate > capMinor) [rebate, capped] = [capMinor, true];
      }
    }
    return {
      country,
      pack: about,
      qualifyingSpend: spend,
      percent: reached ? reached.tier.percent : null,
      rebate: { minor: rebate, currency: pack.currency },
      capped,
      ...(pack.upToPercent === undefined ? {} : { upToPercent: pack.upToPercent }),
      next: next?.result ? { percent: next.tier.percent, missing: next.result.shortfalls } : null,
      problems: evaluator.problems,
    };
  });
}
