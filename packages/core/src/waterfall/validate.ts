// Validates the documented waterfall JSON (FORMAT.md) into a WaterfallDefinition: every field, every reference,
// then the shape (no cycle of pots, no tier or pot that money can never reach). Errors name the JSON path.
// It never throws, whatever the input; it reads no file and knows nothing of receipts.
import type { CurrencyCode } from "../money/currency.ts";
import { isCountryCode } from "../geography/countries.ts";
import { applyFraction, percentFraction } from "./fraction.ts";
import { checkWaterfallShape } from "./shape.ts";
import { JsonReader, type WaterfallDefinitionError } from "./json-reader.ts";
import {
  waterfallMedia,
  worldwideTerritory,
  type Fraction,
  type WaterfallDefinition,
  type WaterfallInvestment,
  type WaterfallMedia,
  type WaterfallParty,
  type WaterfallPot,
  type WaterfallRoute,
  type WaterfallTier,
} from "./types.ts";

export const waterfallFormat = "kinomost.waterfall/1";

export type ValidateWaterfallResult =
  | { readonly ok: true; readonly value: WaterfallDefinition }
  | { readonly ok: false; readonly errors: readonly WaterfallDefinitionError[] };

interface Context {
  readonly read: JsonReader;
  readonly currency: CurrencyCode;
  readonly parties: ReadonlySet<string>;
  readonly investments: ReadonlySet<string>;
}

const topFields = [
  "format",
  "title",
  "currency",
  "rateLookbackDays",
  "parties",
  "investments",
  "routes",
  "entry",
  "pots",
];

/** Parses the text, then validates it; a JSON syntax error is reported like any other. */
export function parseWaterfallJson(text: string): ValidateWaterfallResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ code: "BAD_JSON", path: "$", message: `not JSON: ${reason}` }] };
  }
  return validateWaterfall(json);
}

export function validateWaterfall(json: unknown): ValidateWaterfallResult {
  const read = new JsonReader();
  const top = read.object(json, "$", topFields);
  if (top === null) return { ok: false, errors: read.errors };

  const format = read.string(read.field(top, "format"), "$.format", true);
  if (format !== null && format !== waterfallFormat) {
    read.report("BAD_FORMAT", "$.format", `$.format: "${format}" is not "${waterfallFormat}"`);
  }
  const title = read.string(read.field(top, "title"), "$.title", false) ?? "";
  const currency = read.currency(read.field(top, "currency"), "$.currency");
  if (currency === null) return { ok: false, errors: read.errors };
  const lookback = readLookback(read, read.field(top, "rateLookbackDays"));

  const parties = readParties(read, read.field(top, "parties"));
  const partyIds = new Set(parties.map((party) => party.id));
  const investments = readInvestments(read, read.field(top, "investments"), currency, partyIds);
  const context: Context = {
    read,
    currency,
    parties: partyIds,
    investments: new Set(investments.map((investment) => investment.id)),
  };
  const pots = readPots(context, read.field(top, "pots"));
  const potIds = new Set(pots.map((pot) => pot.id));
  const routes = readRoutes(read, read.field(top, "routes"), potIds);
  const entry = read.string(read.field(top, "entry"), "$.entry", false) ?? pots[0]?.id ?? null;
  if (entry !== null && !potIds.has(entry)) {
    read.report("UNKNOWN_POT", "$.entry", `$.entry: no pot "${entry}"`);
  }
  pots.forEach((pot, index) => {
    if (pot.then !== null && !potIds.has(pot.then)) {
      read.report("UNKNOWN_POT", `$.pots[${index}].then`, `$.pots[${index}].then: no pot "${pot.then}"`);
    }
  });
  if (read.errors.length > 0 || entry === null) return { ok: false, errors: read.errors };

  const definition: WaterfallDefinition = {
    title,
    currency,
    parties,
    investments,
    pots,
    routes,
    entry,
    rateLookbackDays: lookback,
  };
  const shapeErrors = checkWaterfallShape(definition);
  return shapeErrors.length > 0 ? { ok: false, errors: shapeErrors } : { ok: true, value: definition };
}

function readLookback(read: JsonReader, value: unknown): number {
  if (value === undefined) return 7;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 366) {
    read.report(
      "WRONG_TYPE",
      "$.rateLookbackDays",
      "$.rateLookbackDays must be a whole number of days, 0–366",
    );
    return 7;
  }
  return value;
}

function uniqueIds<T extends { id: string }>(read: JsonReader, items: T[], path: (index: number) => string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      read.report("DUPLICATE_ID", path(index), `${path(index)}: "${item.id}" is used twice`);
    seen.add(item.id);
  });
}

function readParties(read: JsonReader, value: unknown): WaterfallParty[] {
  const list = read.array(value, "$.parties", true) ?? [];
  if (value !== undefined && list.length === 0)
    read.report("EMPTY_LIST", "$.parties", "$.parties lists no party");
  const parties: WaterfallParty[] = [];
  list.forEach((item, index) => {
    const path = `$.parties[${index}]`;
    const object = read.object(item, path, ["id", "name"]);
    if (object === null) return;
    const id = read.id(read.field(object, "id"), `${path}.id`);
    const name = read.string(read.field(object, "name"), `${path}.name`, false);
    if (id !== null) parties.push({ id, name: name ?? id });
  });
  uniqueIds(read, parties, (index) => `$.parties[${index}].id`);
  return parties;
}

function readParty(
  read: JsonReader,
  value: unknown,
  path: string,
  parties: ReadonlySet<string>,
): string | null {
  const party = read.string(value, path, true);
  if (party !== null && !parties.has(party)) {
    read.report("UNKNOWN_PARTY", path, `${path}: no party "${party}" in $.parties`);
    return null;
  }
  return party;
}

function readInvestments(
  read: JsonReader,
  value: unknown,
  currency: CurrencyCode,
  parties: ReadonlySet<string>,
): WaterfallInvestment[] {
  const list = read.array(value, "$.investments", false) ?? [];
  const investments: WaterfallInvestment[] = [];
  list.forEach((item, index) => {
    const path = `$.investments[${index}]`;
    const object = read.object(item, path, ["id", "party", "amount", "premiumPercent"]);
    if (object === null) return;
    const id = read.id(read.field(object, "id"), `${path}.id`);
    const party = readParty(read, read.field(object, "party"), `${path}.party`, parties);
    const amount = read.amount(read.field(object, "amount"), `${path}.amount`, currency, true);
    const premiumPercent = read.decimal(read.field(object, "premiumPercent"), `${path}.premiumPercent`, {
      required: false,
      max: 1000n,
    });
    if (id === null || party === null || amount === null) return;
    const premium: Fraction = premiumPercent
      ? percentFraction(premiumPercent)
      : { numerator: 0n, denominator: 1n };
    investments.push({ id, party, amount, premium, target: amount + applyFraction(amount, premium) });
  });
  uniqueIds(read, investments, (index) => `$.investments[${index}].id`);
  return investments;
}

function readRoutes(read: JsonReader, value: unknown, pots: ReadonlySet<string>): WaterfallRoute[] {
  const list = read.array(value, "$.routes", false) ?? [];
  const routes: WaterfallRoute[] = [];
  list.forEach((item, index) => {
    const path = `$.routes[${index}]`;
    const object = read.object(item, path, ["territories", "media", "pot"]);
    if (object === null) return;
    const territories = readCodes(read, read.field(object, "territories"), `${path}.territories`, (code) =>
      code === worldwideTerritory || isCountryCode(code)
        ? null
        : ["BAD_TERRITORY", `"${code}" is not an ISO 3166-1 alpha-2 code or "${worldwideTerritory}"`],
    );
    const media = readCodes(read, read.field(object, "media"), `${path}.media`, (code) =>
      (waterfallMedia as readonly string[]).includes(code)
        ? null
        : ["BAD_MEDIA", `"${code}" is not one of ${waterfallMedia.join(", ")}`],
    ) as WaterfallMedia[] | null;
    const pot = read.string(read.field(object, "pot"), `${path}.pot`, true);
    if (pot !== null && !pots.has(pot))
      read.report("UNKNOWN_POT", `${path}.pot`, `${path}.pot: no pot "${pot}"`);
    if (pot !== null) routes.push({ territories, media, pot });
  });
  return routes;
}

function readCodes(
  read: JsonReader,
  value: unknown,
  path: string,
  check: (code: string) => ["BAD_TERRITORY" | "BAD_MEDIA", string] | null,
): string[] | null {
  const list = read.array(value, path, false);
  if (list === null) return null;
  if (list.length === 0)
    read.report("EMPTY_LIST", path, `${path} is empty: list at least one, or leave it out`);
  const codes: string[] = [];
  list.forEach((item, index) => {
    const code = read.string(item, `${path}[${index}]`, true);
    if (code === null) return;
    const problem = check(code);
    if (problem) read.report(problem[0], `${path}[${index}]`, `${path}[${index}]: ${problem[1]}`);
    else codes.push(code);
  });
  return codes;
}

function readPots(context: Context, value: unknown): WaterfallPot[] {
  const { read } = context;
  const list = read.array(value, "$.pots", true) ?? [];
  if (value !== undefined && list.length === 0) read.report("EMPTY_LIST", "$.pots", "$.pots lists no pot");
  const pots: WaterfallPot[] = [];
  list.forEach((item, index) => {
    const path = `$.pots[${index}]`;
    const object = read.object(item, path, ["id", "tiers", "then"]);
    if (object === null) return;
    const id = read.id(read.field(object, "id"), `${path}.id`);
    const tierList = read.array(read.field(object, "tiers"), `${path}.tiers`, true) ?? [];
    if (read.field(object, "tiers") !== undefined && tierList.length === 0) {
      read.report("EMPTY_LIST", `${path}.tiers`, `${path}.tiers lists no tier`);
    }
    const tiers = tierList
      .map((tier, tierIndex) => readTier(context, tier, `${path}.tiers[${tierIndex}]`))
      .filter((tier): tier is WaterfallTier => tier !== null);
    const then = read.string(read.field(object, "then"), `${path}.then`, false);
    if (id !== null) pots.push({ id, tiers, then });
  });
  uniqueIds(read, pots, (index) => `$.pots[${index}].id`);
  const tierPaths: { id: string; path: string }[] = [];
  list.forEach((_, potIndex) =>
    pots[potIndex]?.tiers.forEach((tier, tierIndex) =>
      tierPaths.push({ id: tier.id, path: `$.pots[${potIndex}].tiers[${tierIndex}].id` }),
    ),
  );
  const seen = new Set<string>();
  for (const { id, path } of tierPaths) {
    if (seen.has(id)) read.report("DUPLICATE_ID", path, `${path}: tier "${id}" is used twice`);
    seen.add(id);
  }
  return pots;
}

const tierFields: Record<WaterfallTier["kind"], string[]> = {
  fee: ["id", "kind", "party", "percent", "of", "cap"],
  corridor: ["id", "kind", "party", "percent", "cap"],
  expenses: ["id", "kind", "party", "cap"],
  recoup: ["id", "kind", "investments"],
  deferment: ["id", "kind", "payees"],
  split: ["id", "kind", "shares"],
};

function readTier(context: Context, value: unknown, path: string): WaterfallTier | null {
  const { read, currency, parties } = context;
  const untyped = read.object(value, path);
  if (untyped === null) return null;
  const kind = read.string(read.field(untyped, "kind"), `${path}.kind`, true);
  if (kind === null) return null;
  if (!Object.prototype.hasOwnProperty.call(tierFields, kind)) {
    const kinds = Object.keys(tierFields).join(", ");
    read.report("UNKNOWN_KIND", `${path}.kind`, `${path}.kind: "${kind}" is not a tier kind (${kinds})`);
    return null;
  }
  const object = read.object(value, path, tierFields[kind as WaterfallTier["kind"]]);
  if (object === null) return null;
  const id = read.id(read.field(object, "id"), `${path}.id`);
  const field = (name: string) => read.field(object, name);
  const percentOf = (name: string) => {
    const percent = read.decimal(field(name), `${path}.${name}`, {
      required: true,
      max: 100n,
      positive: true,
    });
    return percent && percentFraction(percent);
  };
  switch (kind) {
    case "fee":
    case "corridor": {
      const party = readParty(read, field("party"), `${path}.party`, parties);
      const rate = percentOf("percent");
      const cap = read.amount(field("cap"), `${path}.cap`, currency, false);
      const of = kind === "fee" ? (read.string(field("of"), `${path}.of`, false) ?? "gross") : "gross";
      if (of !== "gross" && of !== "remainder") {
        read.report("WRONG_TYPE", `${path}.of`, `${path}.of must be "gross" or "remainder", not "${of}"`);
        return null;
      }
      if (id === null || party === null || rate === null) return null;
      return kind === "fee" ? { kind, id, party, rate, of, cap } : { kind, id, party, rate, cap };
    }
    case "expenses": {
      const party = readParty(read, field("party"), `${path}.party`, parties);
      const cap = read.amount(field("cap"), `${path}.cap`, currency, true);
      return id === null || party === null || cap === null ? null : { kind, id, party, cap };
    }
    case "recoup":
      return readRecoup(context, id, field("investments"), path);
    case "deferment":
      return readDeferment(context, id, field("payees"), path);
    default:
      return readSplit(context, id, field("shares"), path);
  }
}

function readRecoup(context: Context, id: string | null, value: unknown, path: string): WaterfallTier | null {
  const { read } = context;
  const list = read.array(value, `${path}.investments`, true);
  if (list === null) return null;
  if (list.length === 0) read.report("EMPTY_LIST", `${path}.investments`, `${path}.investments lists none`);
  const investments: string[] = [];
  list.forEach((item, index) => {
    const itemPath = `${path}.investments[${index}]`;
    const investment = read.string(item, itemPath, true);
    if (investment === null) return;
    if (!context.investments.has(investment)) {
      read.report(
        "UNKNOWN_INVESTMENT",
        itemPath,
        `${itemPath}: no investment "${investment}" in $.investments`,
      );
    } else if (investments.includes(investment)) {
      read.report("DUPLICATE_PAYEE", itemPath, `${itemPath}: "${investment}" is listed twice`);
    } else investments.push(investment);
  });
  return id === null || investments.length === 0 ? null : { kind: "recoup", id, investments };
}

function readDeferment(
  context: Context,
  id: string | null,
  value: unknown,
  path: string,
): WaterfallTier | null {
  const { read } = context;
  const list = read.array(value, `${path}.payees`, true);
  if (list === null) return null;
  if (list.length === 0) read.report("EMPTY_LIST", `${path}.payees`, `${path}.payees lists none`);
  const payees: { party: string; amount: bigint }[] = [];
  list.forEach((item, index) => {
    const itemPath = `${path}.payees[${index}]`;
    const object = read.object(item, itemPath, ["party", "amount"]);
    if (object === null) return;
    const party = readParty(read, read.field(object, "party"), `${itemPath}.party`, context.parties);
    const amount = read.amount(read.field(object, "amount"), `${itemPath}.amount`, context.currency, true);
    if (party !== null && payees.some((payee) => payee.party === party)) {
      read.report("DUPLICATE_PAYEE", `${itemPath}.party`, `${itemPath}.party: "${party}" is listed twice`);
    } else if (party !== null && amount !== null) payees.push({ party, amount });
  });
  return id === null || payees.length === 0 ? null : { kind: "deferment", id, payees };
}

function readSplit(context: Context, id: string | null, value: unknown, path: string): WaterfallTier | null {
  const { read } = context;
  const list = read.array(value, `${path}.shares`, true);
  if (list === null) return null;
  const shares: { party: string; share: string; fraction: Fraction }[] = [];
  list.forEach((item, index) => {
    const itemPath = `${path}.shares[${index}]`;
    const object = read.object(item, itemPath, ["party", "share"]);
    if (object === null) return;
    const party = readParty(read, read.field(object, "party"), `${itemPath}.party`, context.parties);
    const fraction = read.decimal(read.field(object, "share"), `${itemPath}.share`, { required: true });
    if (party !== null && shares.some((share) => share.party === party)) {
      read.report("DUPLICATE_PAYEE", `${itemPath}.party`, `${itemPath}.party: "${party}" is listed twice`);
    } else if (party !== null && fraction !== null) {
      const raw = read.field(object, "share");
      shares.push({ party, share: typeof raw === "number" ? String(raw) : String(raw), fraction });
    }
  });
  if (!shares.some((share) => share.fraction.numerator > 0n)) {
    read.report("EMPTY_LIST", `${path}.shares`, `${path}.shares: at least one share must be more than zero`);
    return null;
  }
  // Shares are decimals with different places; over the largest denominator they become exact integer weights.
  const denominator = shares.reduce(
    (max, share) => (share.fraction.denominator > max ? share.fraction.denominator : max),
    1n,
  );
  return id === null
    ? null
    : {
        kind: "split",
        id,
        shares: shares.map(({ party, share, fraction }) => ({
          party,
          share,
          weight: (fraction.numerator * denominator) / fraction.denominator,
        })),
      };
}
