// Fringes on pay: a percentage of the pay in a fringe range, counted only up to the cutoff, or a flat sum per unit
// worked, capped at the cutoff. Everything is in base-currency minor units and rounded once per range, so a fringe
// with a cutoff never passes its cap. Nothing here reads a budget file or converts currencies itself.
import { allocateLargestRemainder } from "../money/allocate.ts";
import type { Money } from "../money/money.ts";
import { addRatio, divideRounded, type Ratio, type RoundingMode } from "../money/ratio.ts";
import type { FringeTotal } from "./totals.ts";

/** A fringe ready for arithmetic: its cutoff already in base minor units, a flat value in base minor per unit. */
export interface PreparedFringe {
  readonly id: string;
  readonly name: string;
  readonly kind: "percent" | "flat";
  /** percent: the percentage (30 for 30 %); flat: base minor units per unit worked. */
  readonly value: Ratio;
  /** percent: the most pay the fringe counts; flat: the most the fringe itself can be. Null when uncapped. */
  readonly cutoff: bigint | null;
}

export interface FringeRangeInput {
  /** Pay of the range's lines, base minor units. */
  readonly pay: bigint;
  /** Units worked (amount × x × unit factor, summed), for flat fringes. */
  readonly units: Ratio;
}

export interface RangeFringe {
  readonly fringe: bigint;
  /** The most this fringe can ever be for one range; null when it has no cutoff. */
  readonly cap: bigint | null;
}

function percentOf(fringe: PreparedFringe, amount: bigint, rounding: RoundingMode): bigint {
  return divideRounded(amount * fringe.value.n, fringe.value.d * 100n, rounding);
}

/** The most the fringe can be for one range (the same for every range); null when it has no cutoff. */
export function fringeCap(fringe: PreparedFringe, rounding: RoundingMode = "half-even"): bigint | null {
  if (fringe.cutoff === null || fringe.kind === "flat") return fringe.cutoff;
  return percentOf(fringe, fringe.cutoff, rounding);
}

/** The fringe of one range, rounded once, never negative, never above its cap (see fringeCap). */
export function rangeFringeAmount(
  fringe: PreparedFringe,
  range: FringeRangeInput,
  rounding: RoundingMode = "half-even",
): bigint {
  const cutoff = fringe.cutoff;
  if (fringe.kind === "percent") {
    const pay = range.pay > 0n ? range.pay : 0n;
    // Rounding is monotone, so basis ≤ cutoff gives fringe ≤ cap.
    return percentOf(fringe, cutoff !== null && cutoff < pay ? cutoff : pay, rounding);
  }
  const raw = divideRounded(range.units.n * fringe.value.n, range.units.d * fringe.value.d, rounding);
  const positive = raw > 0n ? raw : 0n;
  return cutoff !== null && cutoff < positive ? cutoff : positive;
}

/** The fringe of one range with its cap. */
export function computeRangeFringe(
  fringe: PreparedFringe,
  range: FringeRangeInput,
  rounding: RoundingMode = "half-even",
): RangeFringe {
  return { fringe: rangeFringeAmount(fringe, range, rounding), cap: fringeCap(fringe, rounding) };
}

/** Splits a range's fringe over its lines in proportion to their pay (equally when none is paid). */
export function spreadFringe(fringe: bigint, linePay: readonly bigint[]): bigint[] {
  if (linePay.length === 0) return [];
  // A range of one line (most ranges) takes the whole fringe, as largest remainder would give it.
  if (linePay.length === 1) return [fringe];
  const weights = linePay.map((pay) => (pay > 0n ? pay : 0n));
  const usable = weights.some((weight) => weight > 0n) ? weights : weights.map(() => 1n);
  return allocateLargestRemainder(fringe, usable);
}

/** True when no id repeats (lists of fringe ids are short, so pairwise is cheapest). */
function isDistinct(ids: readonly string[]): boolean {
  if (ids.length > 8) return new Set(ids).size === ids.length;
  for (let i = 1; i < ids.length; i++) for (let j = 0; j < i; j++) if (ids[i] === ids[j]) return false;
  return true;
}

/**
 * The fringe ids of both lists, each once, in order (a line's fringes are its category's, its account's and its
 * own). Returns one of the lists itself when that is already the answer, as it is for most lines.
 */
export function mergeFringeIds(first: readonly string[], second: readonly string[]): readonly string[] {
  if (first.length === 0 && isDistinct(second)) return second;
  if (second.length === 0 && isDistinct(first)) return first;
  return [...new Set([...first, ...second])];
}

/** A line as a fringe range sees it: its pay in base minor units, and the share of fringes it receives. */
export interface FringedLine {
  readonly subtotalBase: bigint;
  fringes: bigint;
}

/** One range of one fringe: the lines sharing it in budget order, their pay and (flat fringes) units worked. */
export interface FringeRangeLines<L extends FringedLine> {
  readonly range: string;
  readonly lines: L[];
  pay: bigint;
  units: Ratio;
}

/** The ranges of one fringe in the order they first appear; each range's lines share its cutoff. */
export class FringeRanges<L extends FringedLine> {
  /** Every range, in order of first appearance. */
  private readonly order: FringeRangeLines<L>[] = [];
  /** The ranges other lines may join, by name. */
  private readonly named = new Map<string, FringeRangeLines<L>>();
  constructor(readonly fringe: PreparedFringe) {}

  /**
   * Adds a line's pay (and, for a flat fringe, its units worked) to its range. `alone` says no other line can
   * share the range (a line's own range), which spares looking it up by name.
   */
  add(range: string, line: L, units: Ratio, alone = false): void {
    const entry = alone ? undefined : this.named.get(range);
    if (entry === undefined) {
      const created = { range, lines: [line], pay: line.subtotalBase, units };
      this.order.push(created);
      if (!alone) this.named.set(range, created);
      return;
    }
    entry.lines.push(line);
    entry.pay += line.subtotalBase;
    if (this.fringe.kind === "flat") entry.units = addRatio(entry.units, units);
  }

  /**
   * Rounds each range's fringe once and hands each line its share by pay. Returns the fringe's totals, each
   * range with its pay, fringe and cap as base-currency `money`.
   */
  settle(rounding: RoundingMode, money: (minor: bigint) => Money): FringeTotal {
    const capMinor = fringeCap(this.fringe, rounding);
    const cap = capMinor === null ? null : money(capMinor); // the same for every range
    let total = 0n;
    const ranges: FringeTotal["ranges"][number][] = [];
    for (const entry of this.order) {
      const fringe = rangeFringeAmount(this.fringe, entry, rounding);
      const [only] = entry.lines;
      if (entry.lines.length === 1 && only) only.fringes += fringe;
      else {
        const shares = spreadFringe(
          fringe,
          entry.lines.map((line) => line.subtotalBase),
        );
        entry.lines.forEach((line, i) => (line.fringes += shares[i] ?? 0n));
      }
      total += fringe;
      ranges.push({ range: entry.range, pay: money(entry.pay), fringe: money(fringe), cap });
    }
    return { id: this.fringe.id, name: this.fringe.name, total: money(total), ranges };
  }
}
