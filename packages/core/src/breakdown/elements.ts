// Breakdown elements' scheduling rules, links between elements (an anchor brings its linked elements: a minor
// brings a studio teacher) and cast board ids. Plain data in, plain data out.
import { compareNames } from "../screenplay/scenes.ts";

export interface BreakdownElementRules {
  readonly id: string;
  /** The number the element carries on the stripboard and the DOOD ("1" for the lead); null when unnumbered. */
  readonly boardId: string | null;
  /** Whether a paid idle day between two work days (H in the DOOD) is allowed. */
  readonly allowHold: boolean;
  /** Whether the element may be dropped and picked up again (D … PW in the DOOD). */
  readonly allowDropPickup: boolean;
  /** Fewest days between a drop and the pickup for a drop to be worth it. */
  readonly minDropGapDays: number;
  /** Ids of the elements this one brings into every scene it is in. */
  readonly links: readonly string[];
}

export interface LinkedElement {
  readonly id: string;
  readonly links: readonly string[];
}

export type ElementLinkProblem =
  | { readonly code: "SELF_LINK"; readonly elementId: string }
  | { readonly code: "UNKNOWN_LINK"; readonly elementId: string; readonly linkedId: string }
  /** Elements that bring each other round a loop, in the order they were given. */
  | { readonly code: "LINK_CYCLE"; readonly elementIds: readonly string[] };

/** Links that cannot stand: to itself, to an element that does not exist, or round a cycle. */
export function validateElementLinks(elements: readonly LinkedElement[]): ElementLinkProblem[] {
  const known = new Set(elements.map((element) => element.id));
  const problems: ElementLinkProblem[] = [];
  for (const element of elements) {
    for (const linkedId of new Set(element.links)) {
      if (linkedId === element.id) problems.push({ code: "SELF_LINK", elementId: element.id });
      else if (!known.has(linkedId)) problems.push({ code: "UNKNOWN_LINK", elementId: element.id, linkedId });
    }
  }
  for (const cycle of findCycles(elements, known)) problems.push({ code: "LINK_CYCLE", elementIds: cycle });
  return problems;
}

// Tarjan's strongly connected components; a component of two or more elements is a cycle. Self links are
// reported on their own above and ignored here.
function findCycles(elements: readonly LinkedElement[], known: ReadonlySet<string>): string[][] {
  const position = new Map(elements.map((element, index) => [element.id, index]));
  const links = new Map(
    elements.map((element) => [element.id, element.links.filter((id) => id !== element.id && known.has(id))]),
  );
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (id: string): void => {
    index.set(id, counter);
    lowLink.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    for (const next of links.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, lowLink.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (lowLink.get(id) !== index.get(id)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === id) break;
    }
    if (component.length > 1) cycles.push(component);
  };

  for (const element of elements) if (!index.has(element.id)) visit(element.id);
  const order = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  return cycles.map((cycle) => cycle.sort(order)).sort((a, b) => order(a[0] ?? "", b[0] ?? ""));
}

/**
 * The given ids and every element they bring, directly or through others: the given ids first (without
 * repeats), then the linked ones in the order they are found. Cycles and unknown ids do no harm.
 */
export function withLinkedElements(ids: Iterable<string>, elements: readonly LinkedElement[]): string[] {
  const links = new Map(elements.map((element) => [element.id, element.links]));
  const result = [...new Set(ids)];
  const seen = new Set(result);
  for (let next = 0; next < result.length; next += 1) {
    for (const linked of links.get(result[next] ?? "") ?? []) {
      if (seen.has(linked)) continue;
      seen.add(linked);
      result.push(linked);
    }
  }
  return result;
}

/**
 * The board id for a new cast element: one more than the highest number in use. Gaps are not refilled, so a
 * number printed on an older stripboard or call sheet never comes to mean another character.
 */
export function nextBoardId(existing: readonly (string | null)[]): string {
  let highest = 0;
  for (const id of existing) {
    if (id !== null && /^\d+$/u.test(id.trim())) highest = Math.max(highest, Number(id.trim()));
  }
  return String(highest + 1);
}

/**
 * Board ids "1", "2", … for a cast: most scenes first, equal counts by name in the locale's alphabetical order.
 * A name given twice keeps its first entry.
 */
export function assignCastBoardIds(
  characters: readonly { readonly name: string; readonly scenes: number }[],
  locale = "ru",
): Map<string, string> {
  const byName = compareNames(locale);
  const unique = [
    ...new Map(characters.toReversed().map((character) => [character.name, character])).values(),
  ];
  const ordered = unique.sort((a, b) => b.scenes - a.scenes || byName(a.name, b.name));
  return new Map(ordered.map((character, index) => [character.name, String(index + 1)]));
}
