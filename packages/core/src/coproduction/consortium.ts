// The consortium a qualification is judged on: partners with shares and contributions, people, places, money.
// `validateConsortium` reads the documented JSON (FORMAT.md) and returns every problem with its JSON path;
// it never throws on any input, and nothing here evaluates a rule.
import type { CountryCode } from "../geography/countries.ts";
import type { CurrencyCode } from "../money/currency.ts";
import { describeParseMoneyError, parseMoney, type Money } from "../money/money.ts";
import type { AgreedRate } from "./conversion.ts";
import type { JsonObject } from "../json/reader.ts";
import { JsonReader, type JsonProblem } from "./json-reader.ts";
import {
  checkAgreedShares,
  describeShareError,
  type LedgerContribution,
  type LedgerPartner,
} from "./shares.ts";

export const consortiumFormat = "kinomost.consortium/1";

export const partnerRoles = ["majority", "minority", "financial", "service"] as const;
/** majority / minority co-producer, financial-only co-producer, service company (no share of the rights). */
export type PartnerRole = (typeof partnerRoles)[number];

export const workKinds = ["fiction", "animation", "documentary"] as const;
export type WorkKind = (typeof workKinds)[number];

export const inKindCategories = [
  "studio",
  "crew",
  "equipment",
  "locations",
  "post-production",
  "other",
] as const;
export type InKindCategory = (typeof inKindCategories)[number];

export const personRoles = [
  "director",
  "screenwriter",
  "composer",
  "actor",
  "director-of-photography",
  "sound-recordist",
  "editor",
  "costume-designer",
  "production-designer",
  "makeup-artist",
  "vfx-supervisor",
  "producer",
  "other",
] as const;
export type PersonRole = (typeof personRoles)[number];

export const placeKinds = ["shooting", "studio", "vfx", "post-production"] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const fundingSources = ["private", "state"] as const;
export type FundingSource = (typeof fundingSources)[number];

export interface Contribution extends LedgerContribution {
  readonly kind: "cash" | "in-kind";
  readonly category?: InKindCategory;
  readonly description?: string;
}

export interface Partner extends LedgerPartner {
  readonly id: string;
  readonly name: string;
  /** Where the company is registered (established). */
  readonly country: CountryCode;
  readonly role: PartnerRole;
  /** The agreed share, an exact decimal percentage ("40", "12.5"); all partners' sum to exactly 100. */
  readonly share: string;
  readonly homeTerritories: readonly CountryCode[];
  readonly contributions: readonly Contribution[];
}

/** Cast or key crew, listed once per role they hold. */
export interface Person {
  readonly name: string;
  readonly role: PersonRole;
  readonly citizenship: readonly CountryCode[];
  readonly residence?: CountryCode;
  /** Shooting days worked; ranks the lead roles (first, second, third). Required for actors without `scenes`. */
  readonly daysWorked?: number;
  /**
   * Scenes the actor is in (from the breakdown): ranks actors whose days are not known yet, after those whose days
   * are.
   */
  readonly scenes?: number;
}

/** A place of shooting or post-production, weighed by days or by spend (in `spend.currency`). */
export interface Place {
  readonly kind: PlaceKind;
  readonly country: CountryCode;
  readonly days?: number;
  readonly spend?: Money;
}

/** Money put into the production by a partner, from a territory, and whether it is state money. */
export interface Financing {
  readonly partnerId: string;
  readonly territory: CountryCode;
  readonly source: FundingSource;
  readonly amount: Money;
}

/** Work done for the production by a company (a partner or a contractor), at its value. */
export interface CompanyWork {
  readonly name: string;
  readonly country: CountryCode;
  readonly amount: Money;
}

export interface Consortium {
  readonly title: string;
  readonly kind: WorkKind;
  /** The reporting currency shares and money tests are computed in. */
  readonly currency: CurrencyCode;
  readonly rates: readonly AgreedRate[];
  readonly partners: readonly Partner[];
  readonly people: readonly Person[];
  readonly places: readonly Place[];
  readonly financing: readonly Financing[];
  readonly companies: readonly CompanyWork[];
  /** ISO 639-1 codes of the language versions that will be made ("ru", "uz"). */
  readonly languageVersions: readonly string[];
}

export type ConsortiumProblem = JsonProblem;

export type ValidateConsortiumResult =
  | { readonly ok: true; readonly value: Consortium }
  | { readonly ok: false; readonly errors: readonly ConsortiumProblem[] };

/** Reads a non-negative amount such as "1500000.00" in `currency`. */
function readAmount(
  reader: JsonReader,
  object: JsonObject,
  key: string,
  path: string,
  currency: CurrencyCode | undefined,
  required = true,
): Money | undefined {
  const text = reader.string(object, key, path, required);
  if (text === undefined || currency === undefined) return undefined;
  const parsed = parseMoney(text, currency);
  if (!parsed.ok) {
    const why = describeParseMoneyError(parsed.error, currency, "is not a decimal amount");
    return reader.report("BAD_AMOUNT", reader.path(path, key), `"${text}" ${why}`);
  }
  if (parsed.value.minor < 0n)
    return reader.report("BAD_AMOUNT", reader.path(path, key), `"${text}" is negative`);
  return parsed.value;
}

function readInstalment(
  reader: JsonReader,
  value: unknown,
  path: string,
  currency: CurrencyCode | undefined,
) {
  const object = reader.object(value, path, ["due", "amount", "delivered", "deliveredOn"]);
  if (!object) return undefined;
  const due = reader.date(object, "due", path);
  const amount = readAmount(reader, object, "amount", path, currency);
  const delivered = readAmount(reader, object, "delivered", path, currency, false);
  const deliveredOn = reader.date(object, "deliveredOn", path, false);
  if (due === undefined || amount === undefined) return undefined;
  return {
    due,
    amount,
    ...(delivered === undefined ? {} : { delivered }),
    ...(deliveredOn === undefined ? {} : { deliveredOn }),
  };
}

function readContribution(reader: JsonReader, value: unknown, path: string): Contribution | undefined {
  const object = reader.object(value, path, [
    "kind",
    "category",
    "description",
    "currency",
    "fxDate",
    "instalments",
  ]);
  if (!object) return undefined;
  const kind = reader.oneOf(object, "kind", path, ["cash", "in-kind"] as const);
  const category = reader.oneOf(object, "category", path, inKindCategories, false);
  const description = reader.string(object, "description", path, false);
  const currency = reader.currency(object, "currency", path);
  const fxDate = reader.date(object, "fxDate", path, false);
  const instalments = reader.list(
    object,
    "instalments",
    path,
    (item, itemPath) => readInstalment(reader, item, itemPath, currency),
    true,
  );
  if (kind === undefined || currency === undefined) return undefined;
  return {
    kind,
    currency,
    instalments,
    ...(category === undefined ? {} : { category }),
    ...(description === undefined ? {} : { description }),
    ...(fxDate === undefined ? {} : { fxDate }),
  };
}

function readPartner(reader: JsonReader, value: unknown, path: string): Partner | undefined {
  const object = reader.object(value, path, [
    "id",
    "name",
    "country",
    "role",
    "share",
    "homeTerritories",
    "contributions",
  ]);
  if (!object) return undefined;
  const id = reader.string(object, "id", path);
  const name = reader.string(object, "name", path);
  const country = reader.country(object, "country", path);
  const role = reader.oneOf(object, "role", path, partnerRoles);
  const share = reader.string(object, "share", path);
  const homeTerritories = reader.list(object, "homeTerritories", path, (item, itemPath) =>
    reader.countryValue(item, itemPath),
  );
  const contributions = reader.list(object, "contributions", path, (item, itemPath) =>
    readContribution(reader, item, itemPath),
  );
  if (
    id === undefined ||
    name === undefined ||
    country === undefined ||
    role === undefined ||
    share === undefined
  ) {
    return undefined;
  }
  return { id, name, country, role, share, homeTerritories, contributions };
}

function readPerson(reader: JsonReader, value: unknown, path: string): Person | undefined {
  const object = reader.object(value, path, [
    "name",
    "role",
    "citizenship",
    "residence",
    "daysWorked",
    "scenes",
  ]);
  if (!object) return undefined;
  const name = reader.string(object, "name", path);
  const role = reader.oneOf(object, "role", path, personRoles);
  const citizenship = reader.list(
    object,
    "citizenship",
    path,
    (item, itemPath) => reader.countryValue(item, itemPath),
    true,
  );
  const residence = reader.country(object, "residence", path, false);
  const daysWorked = reader.count(object, "daysWorked", path, false);
  const scenes = reader.count(object, "scenes", path, false);
  // Lead roles rank actors by days worked or, until the schedule gives those, by scenes in the breakdown.
  if (role === "actor" && object.daysWorked === undefined && object.scenes === undefined) {
    reader.report(
      "MISSING_FIELD",
      reader.path(path, "daysWorked"),
      "is required for an actor (or give scenes)",
    );
  }
  if (name === undefined || role === undefined) return undefined;
  return {
    name,
    role,
    citizenship,
    ...(residence === undefined ? {} : { residence }),
    ...(daysWorked === undefined ? {} : { daysWorked }),
    ...(scenes === undefined ? {} : { scenes }),
  };
}

function readPlace(reader: JsonReader, value: unknown, path: string): Place | undefined {
  const object = reader.object(value, path, ["kind", "country", "days", "spend", "currency"]);
  if (!object) return undefined;
  const kind = reader.oneOf(object, "kind", path, placeKinds);
  const country = reader.country(object, "country", path);
  const days = reader.count(object, "days", path, false);
  const hasSpend = object.spend !== undefined;
  const currency = reader.currency(object, "currency", path, hasSpend);
  const spend = readAmount(reader, object, "spend", path, currency, false);
  if (days === undefined && !hasSpend)
    reader.report("MISSING_FIELD", path, "give days or spend (with currency)");
  if (kind === undefined || country === undefined) return undefined;
  return {
    kind,
    country,
    ...(days === undefined ? {} : { days }),
    ...(spend === undefined ? {} : { spend }),
  };
}

function readFinancing(reader: JsonReader, value: unknown, path: string): Financing | undefined {
  const object = reader.object(value, path, ["partner", "territory", "source", "amount", "currency"]);
  if (!object) return undefined;
  const partnerId = reader.string(object, "partner", path);
  const territory = reader.country(object, "territory", path);
  const source = reader.oneOf(object, "source", path, fundingSources);
  const currency = reader.currency(object, "currency", path);
  const amount = readAmount(reader, object, "amount", path, currency);
  if (partnerId === undefined || territory === undefined || source === undefined || amount === undefined) {
    return undefined;
  }
  return { partnerId, territory, source, amount };
}

function readCompany(reader: JsonReader, value: unknown, path: string): CompanyWork | undefined {
  const object = reader.object(value, path, ["name", "country", "amount", "currency"]);
  if (!object) return undefined;
  const name = reader.string(object, "name", path);
  const country = reader.country(object, "country", path);
  const currency = reader.currency(object, "currency", path);
  const amount = readAmount(reader, object, "amount", path, currency);
  if (name === undefined || country === undefined || amount === undefined) return undefined;
  return { name, country, amount };
}

function readRate(reader: JsonReader, value: unknown, path: string): AgreedRate | undefined {
  const object = reader.object(value, path, ["currency", "perUnit", "date", "source"]);
  if (!object) return undefined;
  const currency = reader.currency(object, "currency", path);
  const perUnit = reader.string(object, "perUnit", path);
  const date = reader.date(object, "date", path, false);
  const source = reader.string(object, "source", path, false);
  if (
    perUnit !== undefined &&
    (!/^(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/.test(perUnit) || /^0(?:\.0*)?$/.test(perUnit))
  ) {
    return reader.report(
      "BAD_VALUE",
      reader.path(path, "perUnit"),
      `"${perUnit}" is not a positive decimal rate`,
    );
  }
  if (currency === undefined || perUnit === undefined) return undefined;
  return {
    currency,
    perUnit,
    ...(date === undefined ? {} : { date }),
    ...(source === undefined ? {} : { source }),
  };
}

const topLevelKeys = [
  "format",
  "title",
  "kind",
  "currency",
  "rates",
  "partners",
  "people",
  "places",
  "financing",
  "companies",
  "languageVersions",
] as const;

/** Reads the consortium JSON of FORMAT.md; on failure returns every problem found, each with its path. */
export function validateConsortium(json: unknown): ValidateConsortiumResult {
  const reader = new JsonReader();
  const root = reader.object(json, "", topLevelKeys);
  if (!root) return { ok: false, errors: reader.problems };
  const format = reader.string(root, "format", "", false);
  if (format !== undefined && format !== consortiumFormat) {
    reader.report("BAD_VALUE", "format", `"${format}" is not "${consortiumFormat}"`);
  }
  const title = reader.string(root, "title", "");
  const kind = reader.oneOf(root, "kind", "", workKinds);
  const currency = reader.currency(root, "currency", "");
  const rates = reader.list(root, "rates", "", (item, path) => readRate(reader, item, path));
  const partners = reader.list(root, "partners", "", (item, path) => readPartner(reader, item, path), true);
  const people = reader.list(root, "people", "", (item, path) => readPerson(reader, item, path));
  const places = reader.list(root, "places", "", (item, path) => readPlace(reader, item, path));
  const financing = reader.list(root, "financing", "", (item, path) => readFinancing(reader, item, path));
  const companies = reader.list(root, "companies", "", (item, path) => readCompany(reader, item, path));
  const languageVersions = reader.list(root, "languageVersions", "", (item, path) =>
    typeof item === "string" && /^[a-z]{2,3}$/.test(item)
      ? item
      : reader.report(
          "BAD_VALUE",
          path,
          `${JSON.stringify(item) ?? "undefined"} is not an ISO 639 language code ("ru")`,
        ),
  );

  checkReferences(reader, partners, financing, rates);
  if (reader.problems.length > 0 || title === undefined || kind === undefined || currency === undefined) {
    return { ok: false, errors: reader.problems };
  }
  return {
    ok: true,
    value: { title, kind, currency, rates, partners, people, places, financing, companies, languageVersions },
  };
}

function checkReferences(
  reader: JsonReader,
  partners: readonly Partner[],
  financing: readonly Financing[],
  rates: readonly AgreedRate[],
) {
  const rateKeys = new Set<string>();
  rates.forEach((rate, index) => {
    const key = `${rate.currency} ${rate.date ?? ""}`;
    if (rateKeys.has(key)) {
      reader.report(
        "DUPLICATE_ID",
        `rates[${index}]`,
        `a second ${rate.currency} rate for ${rate.date ?? "no date"}`,
      );
    }
    rateKeys.add(key);
  });
  // A partner left out for another problem would make its references and the share sum look wrong too.
  if (reader.problems.some((problem) => problem.path.startsWith("partners"))) return;
  const ids = new Set<string>();
  partners.forEach((partner, index) => {
    if (ids.has(partner.id))
      reader.report("DUPLICATE_ID", `partners[${index}].id`, `"${partner.id}" is used twice`);
    ids.add(partner.id);
  });
  financing.forEach((entry, index) => {
    if (!ids.has(entry.partnerId)) {
      reader.report(
        "UNKNOWN_REFERENCE",
        `financing[${index}].partner`,
        `no partner has the id "${entry.partnerId}"`,
      );
    }
  });
  if (partners.length === 0) return;
  const shares = checkAgreedShares(partners);
  if (shares.ok) return;
  for (const error of shares.errors) {
    const index = "partnerId" in error ? partners.findIndex((partner) => partner.id === error.partnerId) : -1;
    const path = index >= 0 ? `partners[${index}].share` : "partners";
    reader.report(
      error.code === "SHARES_NOT_100" ? "SHARES_NOT_100" : "BAD_VALUE",
      path,
      describeShareError(error),
    );
  }
}
