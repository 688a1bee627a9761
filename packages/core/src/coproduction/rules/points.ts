// The points test (the European Convention's Appendix II and tables like it): each creative, performing and
// technical element scores when it comes from a party country. Table and threshold come from the pack, never here.
import Decimal from "decimal.js";
import type { Person, PlaceKind } from "../consortium.ts";
import type { PointsElement, PointsRule, RuleOutcome } from "../rule-pack.ts";
import { percentOf, sumInReporting, type RuleContext } from "./context.ts";

function isFromParty(person: Person, rule: PointsRule, context: RuleContext): boolean {
  return (
    person.citizenship.some((country) => context.parties.has(country)) ||
    (rule.residenceCounts && person.residence !== undefined && context.parties.has(person.residence))
  );
}

function describePerson(person: Person): string {
  return `${person.name}, ${person.citizenship.join("/") || "no citizenship given"}`;
}

/** Actors by days worked, most first; equal days keep the order of the list. */
export function rankLeads(people: readonly Person[]): Person[] {
  return people
    .map((person, index) => ({ person, index }))
    .filter(({ person }) => person.role === "actor")
    .sort((a, b) => (b.person.daysWorked ?? 0) - (a.person.daysWorked ?? 0) || a.index - b.index)
    .map(({ person }) => person);
}

/** Why an element scores nothing, or null when it scores. */
function scoreElement(element: PointsElement, rule: PointsRule, context: RuleContext): string | null {
  if ("role" in element) {
    const holders = context.consortium.people.filter((person) => person.role === element.role);
    if (holders.length === 0) return `no ${element.label} is listed`;
    const outside = holders.filter((person) => !isFromParty(person, rule, context));
    if (outside.length === 0) return null;
    return `the ${element.label} (${outside.map(describePerson).join("; ")}) is not from a party country`;
  }
  if ("leadRank" in element) {
    const lead = rankLeads(context.consortium.people)[element.leadRank - 1];
    if (lead === undefined) return `no ${element.label} is listed (actors ranked by days worked)`;
    if (isFromParty(lead, rule, context)) return null;
    return `the ${element.label} (${describePerson(lead)}, ${lead.daysWorked ?? 0} days) is not from a party country`;
  }
  return scorePlaces(element.label, element.places, context);
}

function scorePlaces(label: string, kinds: readonly PlaceKind[], context: RuleContext): string | null {
  const places = context.consortium.places.filter((place) => kinds.includes(place.kind));
  if (places.length === 0) return `no ${label} is listed`;
  let inParties: Decimal;
  let total: Decimal;
  let unit: string;
  if (places.every((place) => place.days !== undefined)) {
    inParties = new Decimal(
      places
        .filter((place) => context.parties.has(place.country))
        .reduce((sum, place) => sum + (place.days ?? 0), 0),
    );
    total = new Decimal(places.reduce((sum, place) => sum + (place.days ?? 0), 0));
    unit = "days";
  } else if (places.every((place) => place.spend !== undefined)) {
    const all = sumInReporting(
      context,
      places.flatMap((place) => (place.spend ? [place.spend] : [])),
    );
    const party = sumInReporting(
      context,
      places.flatMap((place) => (place.spend && context.parties.has(place.country) ? [place.spend] : [])),
    );
    if (!all.ok) return `the ${label} cannot be weighed: ${all.message}`;
    if (!party.ok) return `the ${label} cannot be weighed: ${party.message}`;
    inParties = new Decimal(party.minor.toString());
    total = new Decimal(all.minor.toString());
    unit = "spend";
  } else {
    return `the ${label} cannot be weighed: give days for every such place, or spend for every one`;
  }
  // More than half of the days (or spend) in party countries; an exact half does not make the place theirs.
  if (inParties.times(2).greaterThan(total)) return null;
  return `the ${label} is mostly outside party countries (${percentOf(inParties, total).toDecimalPlaces(0).toFixed()} % of ${unit} in them)`;
}

export function evaluatePoints(
  rule: PointsRule,
  context: RuleContext,
): RuleOutcome & { points: number | null; required: number | null } {
  const table = rule.tables[context.consortium.kind];
  if (table === undefined) {
    return {
      id: rule.id,
      pass: false,
      message: `this pack has no points table for ${context.consortium.kind}; add one to the pack`,
      params: { kind: context.consortium.kind },
      points: null,
      required: null,
    };
  }
  const maximum = table.elements.reduce((sum, element) => sum + element.points, 0);
  const lost: { element: PointsElement; reason: string }[] = [];
  for (const element of table.elements) {
    const reason = scoreElement(element, rule, context);
    if (reason !== null) lost.push({ element, reason });
  }
  const points = maximum - lost.reduce((sum, { element }) => sum + element.points, 0);
  const reasons = lost.map(({ element, reason }) =>
    element.points === 1 ? reason : `${reason} (${element.points} points)`,
  );
  const pass = points >= table.required;
  const params = {
    points,
    maximum,
    required: table.required,
    lost: lost.map(({ element }) => element.id),
  };
  const head = `points ${points} of ${maximum}`;
  const message =
    lost.length === 0
      ? `${head}; ${table.required} required`
      : `${head}: ${reasons.join("; ")}; ${table.required} required`;
  return { id: rule.id, pass, message, params, points, required: table.required };
}
