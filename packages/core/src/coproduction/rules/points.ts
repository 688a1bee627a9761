// The points test (the European Convention's Appendix II and tables like it): each creative, performing and
// technical element scores when it comes from a party country. Table and threshold come from the pack, never here.
import Decimal from "decimal.js";
import type { Person, PlaceKind } from "../consortium.ts";
import type { PointsLoss } from "../messages/phrasebook.ts";
import type { PointsElement, PointsRule, RuleOutcome } from "../rule-pack.ts";
import { mentionPerson, percentOf, sumInReporting, type RuleContext } from "./context.ts";

function isFromParty(person: Person, rule: PointsRule, context: RuleContext): boolean {
  return (
    person.citizenship.some((country) => context.parties.has(country)) ||
    (rule.residenceCounts && person.residence !== undefined && context.parties.has(person.residence))
  );
}

/** Most first; a missing weight ranks after every given one. */
function byWeight(a: number | undefined, b: number | undefined): number {
  return (b ?? -1) - (a ?? -1);
}

/**
 * Actors ranked for the lead roles: by days worked, most first; then the actors whose days are not known yet, by
 * the scenes they are in (from the breakdown), most first. Ties keep the order of the list: scenes never break a
 * tie of days, which are the better measure.
 */
export function rankLeads(people: readonly Person[]): Person[] {
  const weight = (person: Person) =>
    person.daysWorked === undefined
      ? { known: false, value: person.scenes }
      : { known: true, value: person.daysWorked };
  return people
    .map((person, index) => ({ person, index, weight: weight(person) }))
    .filter(({ person }) => person.role === "actor")
    .sort(
      (a, b) =>
        Number(b.weight.known) - Number(a.weight.known) ||
        byWeight(a.weight.value, b.weight.value) ||
        a.index - b.index,
    )
    .map(({ person }) => person);
}

/** The element's label in the phrasebook's language: the pack's own, else one the phrasebook makes. */
function labelOf(element: PointsElement, context: RuleContext): string {
  return element.labels?.[context.phrases.locale] ?? context.phrases.elementLabel(element);
}

/** Why an element scores nothing, or null when it scores. */
function scoreElement(element: PointsElement, rule: PointsRule, context: RuleContext): PointsLoss | null {
  const label = labelOf(element, context);
  if ("role" in element) {
    const holders = context.consortium.people.filter((person) => person.role === element.role);
    if (holders.length === 0) return { kind: "element-missing", label };
    const outside = holders.filter((person) => !isFromParty(person, rule, context));
    if (outside.length === 0) return null;
    return { kind: "people-outside", label, people: outside.map(mentionPerson) };
  }
  if ("leadRank" in element) {
    const lead = rankLeads(context.consortium.people)[element.leadRank - 1];
    if (lead === undefined) return { kind: "lead-missing", label };
    if (isFromParty(lead, rule, context)) return null;
    const weight =
      lead.daysWorked !== undefined
        ? { daysWorked: lead.daysWorked }
        : lead.scenes !== undefined
          ? { scenes: lead.scenes }
          : {};
    return { kind: "lead-outside", label, lead: { ...mentionPerson(lead), ...weight } };
  }
  return scorePlaces(label, element.places, context);
}

function scorePlaces(label: string, kinds: readonly PlaceKind[], context: RuleContext): PointsLoss | null {
  const places = context.consortium.places.filter((place) => kinds.includes(place.kind));
  if (places.length === 0) return { kind: "element-missing", label };
  let inParties: Decimal;
  let total: Decimal;
  let unit: "days" | "spend";
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
    if (!all.ok) return { kind: "places-unweighable", label, why: all.error };
    if (!party.ok) return { kind: "places-unweighable", label, why: party.error };
    inParties = new Decimal(party.minor.toString());
    total = new Decimal(all.minor.toString());
    unit = "spend";
  } else {
    return { kind: "places-mixed", label };
  }
  // More than half of the days (or spend) in party countries; an exact half does not make the place theirs.
  if (inParties.times(2).greaterThan(total)) return null;
  const share = percentOf(inParties, total).toDecimalPlaces(0).toFixed();
  return { kind: "places-outside", label, share, unit };
}

export function evaluatePoints(
  rule: PointsRule,
  context: RuleContext,
): RuleOutcome & { points: number | null; required: number | null } {
  const { phrases } = context;
  const table = rule.tables[context.consortium.kind];
  if (table === undefined) {
    return {
      id: rule.id,
      pass: false,
      message: phrases.noPointsTable({ kind: context.consortium.kind }),
      params: { kind: context.consortium.kind },
      points: null,
      required: null,
    };
  }
  const maximum = table.elements.reduce((sum, element) => sum + element.points, 0);
  const lost: { element: PointsElement; loss: PointsLoss }[] = [];
  for (const element of table.elements) {
    const loss = scoreElement(element, rule, context);
    if (loss !== null) lost.push({ element, loss });
  }
  const points = maximum - lost.reduce((sum, { element }) => sum + element.points, 0);
  const params = {
    points,
    maximum,
    required: table.required,
    lost: lost.map(({ element }) => element.id),
  };
  const message = phrases.pointsTally({
    points,
    maximum,
    required: table.required,
    lost: lost.map(({ element, loss }) => ({ loss, points: element.points })),
  });
  return { id: rule.id, pass: points >= table.required, message, params, points, required: table.required };
}
