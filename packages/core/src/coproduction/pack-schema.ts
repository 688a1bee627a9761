// The schema of a rule pack written by a user (RULE-PACKS.md): exactly the RulePack type of rule-pack.ts, with the
// checks the type cannot express (ranges, ids, countries, dates, reachable points). It is also the source of the
// JSON Schema that authors' editors use. No IO here: reading text and naming lines is pack-reader.ts's work.
import * as z from "zod";
import { isCountryCode } from "../geography/countries.ts";
import { partnerRoles, personRoles, placeKinds, workKinds } from "./consortium.ts";
import type { RuleKind, RulePack } from "./rule-pack.ts";
import { describeJson, isJsonObject } from "../json/reader.ts";

/** The stable codes of the checks this schema adds to zod's own (`issue.params.code` of a custom issue). */
export type RulePackCheckCode =
  | "BAD_ID"
  | "BAD_COUNTRY"
  | "BAD_LANGUAGE"
  | "BAD_VALUE"
  | "BAD_RANGE"
  | "DUPLICATE_ID"
  | "DUPLICATE_VALUE"
  | "NOT_A_PARTY"
  | "POINTS_UNREACHABLE";

// ISO 639-1, the 183 two-letter codes in force ("bh" was withdrawn).
const iso639Part1 = (
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en " +
  "eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja " +
  "jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb " +
  "nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq " +
  "sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
).split(" ");
const languageCodes: ReadonlySet<string> = new Set(iso639Part1);

/** True for an ISO 639-1 language code in lower case ("ru", "kk"). */
export function isLanguageCode(code: string): boolean {
  return languageCodes.has(code);
}

/** What the JSON Schema says of a part of the pack: its name in `definitions` and its editor help. */
interface PackSchemaMeta {
  id?: string;
  title?: string;
  description?: string;
  pattern?: string;
  enum?: readonly string[];
  uniqueItems?: boolean;
}

// A registry of our own, not zod's global one: loading this module twice (tests, dev servers) must not clash.
const packSchemaMeta = z.registry<PackSchemaMeta>();

/** Gives a schema its JSON Schema help; each schema instance once, as a second call would replace the first. */
function annotate<T extends z.ZodType>(schema: T, meta: PackSchemaMeta): T {
  if (packSchemaMeta.has(schema)) throw new Error("annotate: this schema instance is annotated already");
  packSchemaMeta.add(schema, meta);
  return schema;
}

function checked(code: RulePackCheckCode, message: (input: unknown) => string) {
  return { error: (issue: { input?: unknown }) => message(issue.input), params: { code } };
}

const shown = (value: unknown) => describeJson(value, "a list");

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function idSchema(description: string) {
  return annotate(
    z.string().refine(
      (value) => idPattern.test(value),
      checked(
        "BAD_ID",
        (input) => `${shown(input)} is not an id in lower case with hyphens ("share-limits")`,
      ),
    ),
    {
      pattern: idPattern.source,
      description: `${description} Lower case letters and digits joined by hyphens.`,
    },
  );
}

/** A string with something besides spaces. */
function textSchema(description?: string) {
  const schema = z.string().regex(/\S/, { error: "is blank" });
  return description === undefined ? schema : annotate(schema, { description });
}

function dateSchema(description: string) {
  return annotate(z.iso.date({ error: (issue) => `${shown(issue.input)} is not a date (YYYY-MM-DD)` }), {
    description: `${description} YYYY-MM-DD.`,
  });
}

const country = annotate(
  z.string().refine(
    isCountryCode,
    checked("BAD_COUNTRY", (input) => `${shown(input)} is not an ISO 3166 alpha-2 country code ("KZ")`),
  ),
  { id: "country", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 country code in capitals: KZ." },
);

const language = annotate(
  z.string().refine(
    isLanguageCode,
    checked("BAD_LANGUAGE", (input) => `${shown(input)} is not an ISO 639-1 language code ("ru")`),
  ),
  { id: "language", enum: iso639Part1, description: "ISO 639-1 language code in lower case: ru." },
);

/** Texts by language code: `{ ru: "…" }`. */
function localizedSchema(description: string) {
  return annotate(z.record(language, textSchema()).optional(), { description });
}

const percent = annotate(z.number().min(0).max(100), {
  id: "percent",
  description: "A percentage from 0 to 100; decimals allowed.",
});

/** A list whose items each appear once; a repeat is reported at its own index. */
function uniqueList<T extends z.ZodType>(item: T, minimum: number, description?: string) {
  const list = z
    .array(item)
    .min(minimum)
    .check(
      z.superRefine(
        (items, context) => {
          const seen = new Set<string>();
          items.forEach((value, index) => {
            const key = JSON.stringify(value) ?? "";
            if (seen.has(key)) {
              context.addIssue({
                code: "custom",
                path: [index],
                message: `${shown(value)} is listed twice`,
                params: { code: "DUPLICATE_VALUE" },
                input: value,
              });
            }
            seen.add(key);
          });
        },
        // Also when some items are wrong: every problem of the list at once.
        { when: (payload) => Array.isArray(payload.value) },
      ),
    );
  return annotate(list, { uniqueItems: true, ...(description === undefined ? {} : { description }) });
}

/** Objects whose `id`s must differ: a repeat is reported at `[index].id`, naming the first holder. */
function checkDistinctIds(items: unknown, context: z.RefinementCtx, what: string) {
  if (!Array.isArray(items)) return;
  const first = new Map<string, number>();
  items.forEach((item: unknown, index) => {
    const itemId = isJsonObject(item) ? item.id : undefined;
    if (typeof itemId !== "string") return;
    const earlier = first.get(itemId);
    if (earlier === undefined) first.set(itemId, index);
    else {
      context.addIssue({
        code: "custom",
        path: [index, "id"],
        message: `"${itemId}" is already the id of ${what}[${earlier}]`,
        params: { code: "DUPLICATE_ID" },
        input: itemId,
      });
    }
  });
}

/** A list of objects with distinct ids, checked even when some items are wrong. */
function listWithIds<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item)
    .min(1)
    .check(
      z.superRefine((items, context) => checkDistinctIds(items, context, what), {
        when: (payload) => Array.isArray(payload.value),
      }),
    );
}

/** `{ min, max }` with min ≤ max, a problem at `max` otherwise. */
function checkRange(value: { min?: number; max?: number }, context: z.RefinementCtx) {
  if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
    context.addIssue({
      code: "custom",
      path: ["max"],
      message: `max ${value.max} is below min ${value.min}`,
      params: { code: "BAD_RANGE" },
      input: value.max,
    });
  }
}

/** An object that refuses unknown fields, naming the ones it knows. */
function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field (expected one of ${Object.keys(shape).join(", ")})`
        : undefined,
  });
}

const percentRange = annotate(strictObject({ min: percent, max: percent }).superRefine(checkRange), {
  id: "percentRange",
  description: "A closed range of percentages, min ≤ max, both inclusive.",
});

function ruleBase() {
  return {
    id: idSchema("Stable within the pack; a UI translates messages by it."),
    note: annotate(textSchema().optional(), {
      description: "Where the rule comes from, and what about it is unverified or assumed.",
    }),
  };
}

const personRole = z.enum(personRoles);

const shareLimitsRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("share-limits"),
    bilateral: percentRange,
    multilateral: percentRange,
    partiesOnly: z.boolean(),
  }),
  {
    description:
      "Each co-producer's share within `bilateral` (two co-producers) or `multilateral` (three or more); " +
      "with partiesOnly, only co-producers established in a party country are counted and limited.",
  },
);

const financialShareRule = annotate(
  strictObject({ ...ruleBase(), kind: z.literal("financial-share"), range: percentRange }),
  { description: "Each financial-only co-producer's share within `range`." },
);

const nonPartyShareRule = annotate(
  strictObject({ ...ruleBase(), kind: z.literal("non-party-share"), max: percent }),
  { description: "Co-producers not established in a party country together hold at most `max` %." },
);

const partiesPresentRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("parties-present"),
    minimum: z.number().int().min(1).max(1000),
    countries: uniqueList(country, 1, "Each of these parties must have a co-producer.").optional(),
  }),
  {
    description:
      "At least `minimum` co-producers from party countries, and one from each of `countries` when given.",
  },
);

const thirdCountryShareRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("third-country-share"),
    min: percent.optional(),
    max: percent.optional(),
    notAboveParties: z.boolean().optional(),
  }).superRefine(checkRange),
  {
    description:
      "Each co-producer from outside the parties within [min, max] and, with notAboveParties, not above any " +
      "party's share.",
  },
);

const languageVersionsRule = annotate(
  strictObject({ ...ruleBase(), kind: z.literal("language-versions"), languages: uniqueList(language, 1) }),
  { description: "The language versions the film must be made in." },
);

const proportionalContributionRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("proportional-contribution"),
    roles: uniqueList(personRole, 1),
    tolerance: percent,
  }),
  {
    description:
      "Each party country's share of the people in `roles` is within `tolerance` percentage points of its " +
      "money share.",
  },
);

function elementBase() {
  return {
    id: idSchema("Stable within the table."),
    label: textSchema("The element's name in English, used in messages."),
    labels: localizedSchema("The label in other interface languages, by language code: { ru: режиссёр }."),
    points: z.number().int().min(1).max(1000),
  };
}

const pointsElement = annotate(
  z.union(
    [
      strictObject({ ...elementBase(), role: personRole }),
      strictObject({ ...elementBase(), leadRank: z.number().int().min(1).max(100) }),
      strictObject({ ...elementBase(), places: uniqueList(z.enum(placeKinds), 1) }),
    ],
    { error: () => "give exactly one of role, leadRank or places, beside id, label, labels and points" },
  ),
  {
    id: "pointsElement",
    description:
      "A line of the table: a person in `role`, the lead role of rank `leadRank` (actors by days worked), or " +
      "the kinds of place in `places`.",
  },
);

const pointsTable = annotate(
  strictObject({
    required: z.number().int().min(0),
    elements: listWithIds(pointsElement, "elements"),
  }).superRefine((table, context) => {
    const maximum = table.elements.reduce((sum, element) => sum + element.points, 0);
    if (table.required > maximum) {
      context.addIssue({
        code: "custom",
        path: ["required"],
        message: `${table.required} points required, but the elements give only ${maximum}`,
        params: { code: "POINTS_UNREACHABLE" },
        input: table.required,
      });
    }
  }),
  { id: "pointsTable", description: "Passes with at least `required` points; required ≤ the sum of points." },
);

const pointsTables = strictObject({
  fiction: pointsTable.optional(),
  animation: pointsTable.optional(),
  documentary: pointsTable.optional(),
}).refine((tables) => workKinds.some((kind) => tables[kind] !== undefined), {
  error: `give a table for at least one kind of work (${workKinds.join(", ")})`,
  params: { code: "BAD_VALUE" },
});

const pointsRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("points"),
    tables: pointsTables,
    residenceCounts: z.boolean(),
  }),
  {
    description:
      "A points test: an element scores when it comes from a party country (a person by citizenship, or by " +
      "residence when residenceCounts; a place when more than half its days or spend are there).",
  },
);

const producerFromRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("producer-from"),
    country,
    roles: uniqueList(z.enum(partnerRoles), 1),
  }),
  { description: "At least one partner in `roles` is registered in `country`." },
);

const keyCreativesRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("key-creatives"),
    country,
    roles: uniqueList(personRole, 1),
    atLeast: z.enum(["majority", "all"]),
  }),
  { description: "More than half (or all) of the people in `roles` are citizens of `country`." },
);

const foreignCrewRule = annotate(
  strictObject({
    ...ruleBase(),
    kind: z.literal("foreign-crew-max"),
    country,
    roles: uniqueList(personRole, 1),
    max: percent,
  }),
  { description: "At most `max` % of the people in `roles` are not citizens of `country`." },
);

const companyWorkRule = annotate(
  strictObject({ ...ruleBase(), kind: z.literal("company-work-min"), country, min: percent }),
  {
    description:
      "At least `min` % of the value of the companies' work is done by companies registered in `country`.",
  },
);

const foreignFinancingRule = annotate(
  strictObject({ ...ruleBase(), kind: z.literal("foreign-financing-max"), country, max: percent }),
  { description: "At most `max` % of the financing comes from outside `country`." },
);

const stateFundingRule = annotate(
  strictObject({ ...ruleBase(), kind: z.literal("state-funding-max"), country, max: percent }),
  { description: "At most `max` % of the financing is state money of `country`." },
);

const ruleOptions = [
  shareLimitsRule,
  financialShareRule,
  nonPartyShareRule,
  partiesPresentRule,
  thirdCountryShareRule,
  languageVersionsRule,
  proportionalContributionRule,
  pointsRule,
  producerFromRule,
  keyCreativesRule,
  foreignCrewRule,
  companyWorkRule,
  foreignFinancingRule,
  stateFundingRule,
] as const;

/** Every rule kind, in the order of rule-pack.ts. */
export const ruleKinds: readonly RuleKind[] = ruleOptions.map((option) => option.shape.kind.value);

const rule = annotate(
  z.discriminatedUnion("kind", ruleOptions, {
    error: (issue) => {
      if (issue.code !== "invalid_union") return undefined;
      const kind = isJsonObject(issue.input) ? issue.input.kind : undefined;
      const known = `one of ${ruleKinds.join(", ")}`;
      return kind === undefined
        ? `a rule needs a kind (${known})`
        : `${shown(kind)} is not a rule kind (${known})`;
    },
  }),
  { id: "rule" },
);

/** The rule pack: an instrument's thresholds, points tables and required roles as versioned, sourced data. */
export const rulePackSchema = annotate(
  strictObject({
    $schema: annotate(z.string().optional(), {
      description: "The JSON Schema this file follows, for editors; Kinomost ignores it.",
    }),
    id: idSchema("The pack's id, stable: cis-2008."),
    name: textSchema("The name in English, the default."),
    names: localizedSchema("The name in other interface languages, by language code: { ru: … }."),
    version: textSchema("The pack's own version; bump it when a number changes."),
    kind: z.enum(["treaty", "national-film"]),
    source: strictObject({
      title: textSchema("The instrument's name as cited."),
      urls: annotate(
        z.array(
          z.url({
            protocol: /^https?$/,
            error: (issue) => `${shown(issue.input)} is not an http(s) address`,
          }),
        ),
        { description: "Where the text can be read: http(s) addresses only (remarks go in notes)." },
      ),
    }),
    validFrom: dateSchema("The day from which the instrument applies."),
    validTo: dateSchema("The last day on which it applies.").optional(),
    parties: uniqueList(
      country,
      1,
      "The countries party to the instrument (for a national-film test, the one country).",
    ),
    rules: listWithIds(rule, "rules"),
    notes: annotate(z.array(textSchema()).optional(), {
      description: "What the pack leaves out, assumes or could not verify; shown beside its results.",
    }),
  }).check(
    // Cross-field checks run even when other fields are wrong, so they read the input warily.
    z.superRefine((pack, context) => checkPack(pack, context), {
      when: (payload) => isJsonObject(payload.value),
    }),
  ),
  {
    title: "Kinomost rule pack",
    description:
      "A treaty's or a national-film test's rules as data; see RULE-PACKS.md in packages/core/src/coproduction.",
  },
);

function checkPack(pack: Readonly<Record<string, unknown>>, context: z.RefinementCtx) {
  const { validFrom, validTo, parties, kind, rules } = pack;
  const isDate = (value: unknown): value is string =>
    typeof value === "string" && z.iso.date().safeParse(value).success;
  if (isDate(validFrom) && isDate(validTo) && validTo < validFrom) {
    context.addIssue({
      code: "custom",
      path: ["validTo"],
      message: `validTo ${validTo} is before validFrom ${validFrom}`,
      params: { code: "BAD_RANGE" },
      input: validTo,
    });
  }
  if (!Array.isArray(parties)) return;
  if (kind === "national-film" && parties.length > 1) {
    context.addIssue({
      code: "custom",
      path: ["parties"],
      message: `a national-film test has one country, not ${parties.length}`,
      params: { code: "BAD_VALUE" },
      input: parties,
    });
  }
  if (!Array.isArray(rules)) return;
  // A country required to take part but not a party could never pass: the rule counts party co-producers only.
  rules.forEach((item: unknown, index) => {
    if (!isJsonObject(item) || item.kind !== "parties-present" || !Array.isArray(item.countries)) return;
    item.countries.forEach((code: unknown, at) => {
      if (typeof code === "string" && isCountryCode(code) && !parties.includes(code)) {
        context.addIssue({
          code: "custom",
          path: ["rules", index, "countries", at],
          message: `"${code}" is not among the pack's parties (${parties.join(", ")})`,
          params: { code: "NOT_A_PARTY" },
          input: code,
        });
      }
    });
  });
}

/** A pack as the schema gives it: a RulePack, plus the editor's `$schema` when the file had one. */
export type RulePackInput = z.output<typeof rulePackSchema>;

// The schema and the type must not drift apart: what the schema accepts is a RulePack, and every RulePack (with
// its readonly lists made writable, as zod's input type has them) is something the schema's type accepts.
type Writable<T> = T extends readonly (infer Item)[]
  ? Writable<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Writable<T[Key]> }
    : T;
type IsAssignable<From, To> = [From] extends [To] ? true : false;
const _schemaGivesRulePacks: IsAssignable<RulePackInput, RulePack> = true;
const _everyRulePackFitsTheSchema: IsAssignable<Writable<RulePack>, z.input<typeof rulePackSchema>> = true;

/** The JSON Schema of a rule pack for editors (draft-07, the draft most editors read), generated from the schema. */
export function generateRulePackJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(rulePackSchema, { metadata: packSchemaMeta, target: "draft-7", io: "input" });
}
