// Checks the shape of a waterfall whose references all resolve: pots passing money on in a cycle, tiers below one
// that takes everything, pots no money reaches, routes an earlier route always wins, investments no tier recoups.
// It only reasons about the definition; it never runs receipts.
import type { WaterfallDefinitionError } from "./json-reader.ts";
import type { WaterfallDefinition, WaterfallPot, WaterfallRoute, WaterfallTier } from "./types.ts";

/** The index of the first tier that always leaves nothing below it, with the reason; null when none does. */
export function findAbsorbingTier(pot: WaterfallPot): { index: number; reason: string } | null {
  // Uncapped shares of gross add up: a 60 % corridor and a 40 % fee leave nothing of any receipt.
  let grossNumerator = 0n;
  let grossDenominator = 1n;
  const grossTiers: string[] = [];
  for (const [index, tier] of pot.tiers.entries()) {
    if (tier.kind === "split")
      return { index, reason: `split "${tier.id}" shares out everything that reaches it` };
    if ((tier.kind === "fee" || tier.kind === "corridor") && tier.cap === null) {
      const ofRemainder = tier.kind === "fee" && tier.of === "remainder";
      if (ofRemainder && tier.rate.numerator >= tier.rate.denominator) {
        return { index, reason: `fee "${tier.id}" takes 100 % of what reaches it` };
      }
      if (!ofRemainder) {
        grossNumerator = grossNumerator * tier.rate.denominator + tier.rate.numerator * grossDenominator;
        grossDenominator *= tier.rate.denominator;
        grossTiers.push(`"${tier.id}"`);
        if (grossNumerator >= grossDenominator) {
          const who =
            grossTiers.length === 1
              ? `tier ${grossTiers[0]} takes`
              : `tiers ${grossTiers.join(" and ")} take`;
          return { index, reason: `${who} 100 % of the gross` };
        }
      }
    }
  }
  return null;
}

function covers<T>(earlier: readonly T[] | null, later: readonly T[] | null): boolean {
  if (earlier === null) return true;
  return later !== null && later.every((item) => earlier.includes(item));
}

function isShadowed(routes: readonly WaterfallRoute[], index: number): number | null {
  const route = routes[index];
  if (!route) return null;
  for (let earlier = 0; earlier < index; earlier++) {
    const other = routes[earlier];
    if (other && covers(other.territories, route.territories) && covers(other.media, route.media))
      return earlier;
  }
  return null;
}

function tierInvestments(tier: WaterfallTier): readonly string[] {
  return tier.kind === "recoup" ? tier.investments : [];
}

export function checkWaterfallShape(definition: WaterfallDefinition): WaterfallDefinitionError[] {
  const errors: WaterfallDefinitionError[] = [];
  const { pots, routes } = definition;
  const indexOf = new Map(pots.map((pot, index) => [pot.id, index]));

  // Each pot passes money to at most one other, so a cycle is found by walking the `then` chain.
  const reported = new Set<string>();
  pots.forEach((start, startIndex) => {
    const chain: string[] = [];
    let current: WaterfallPot | undefined = start;
    while (current && !chain.includes(current.id)) {
      chain.push(current.id);
      current = current.then === null ? undefined : pots[indexOf.get(current.then) ?? -1];
    }
    if (!current || current.id !== start.id || reported.has(start.id)) return;
    chain.forEach((id) => reported.add(id));
    errors.push({
      code: "CYCLE",
      path: `$.pots[${startIndex}].then`,
      message: `$.pots[${startIndex}].then: the pots pass money round in a cycle: ${[...chain, start.id].join(" → ")}`,
    });
  });

  routes.forEach((_, index) => {
    const earlier = isShadowed(routes, index);
    if (earlier !== null) {
      errors.push({
        code: "UNREACHABLE_ROUTE",
        path: `$.routes[${index}]`,
        message: `$.routes[${index}] never matches: $.routes[${earlier}] comes first and matches all its receipts`,
      });
    }
  });

  const absorbing = pots.map(findAbsorbingTier);
  const reachable = new Set<string>();
  const hasCatchAll = routes.some((route) => route.territories === null && route.media === null);
  const queue = [...routes.map((route) => route.pot), ...(hasCatchAll ? [] : [definition.entry])];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (reachable.has(id)) continue;
    reachable.add(id);
    const index = indexOf.get(id) ?? -1;
    const pot = pots[index];
    if (pot && pot.then !== null && absorbing[index] === null) queue.push(pot.then);
  }

  pots.forEach((pot, potIndex) => {
    const path = `$.pots[${potIndex}]`;
    const stop = absorbing[potIndex];
    if (!reachable.has(pot.id)) {
      errors.push({
        code: "UNREACHABLE_POT",
        path,
        message: `${path}: pot "${pot.id}" receives no money: it is not the entry, no route leads to it and no pot passes money on to it`,
      });
      return;
    }
    if (!stop) return;
    pot.tiers.forEach((tier, tierIndex) => {
      if (tierIndex <= stop.index) return;
      errors.push({
        code: "UNREACHABLE_TIER",
        path: `${path}.tiers[${tierIndex}]`,
        message: `${path}.tiers[${tierIndex}]: tier "${tier.id}" can never receive money: ${stop.reason}`,
      });
    });
    if (pot.then !== null) {
      errors.push({
        code: "UNREACHABLE_POT",
        path: `${path}.then`,
        message: `${path}.then: pot "${pot.id}" never passes money on to "${pot.then}": ${stop.reason}`,
      });
    }
  });

  const recouped = new Set(pots.flatMap((pot) => pot.tiers.flatMap(tierInvestments)));
  definition.investments.forEach((investment, index) => {
    if (!recouped.has(investment.id)) {
      errors.push({
        code: "UNUSED_INVESTMENT",
        path: `$.investments[${index}]`,
        message: `$.investments[${index}]: investment "${investment.id}" is recouped by no tier`,
      });
    }
  });
  return errors;
}
