// The shapes of the budget API as the web app reads them: GET /projects/{id}/budgets/{id} (views.ts on the server)
// and the kinomost-budget document inside it (packages/core/src/budget/FORMAT.md). Every amount, rate and formula is
// a string; nothing here is a JS number with a fraction.

export interface Money {
  currency: string;
  /** Integer in the currency's minor unit. */
  minor: string;
  /** The same amount as an exact decimal ("45000.50"). */
  amount: string;
}

export interface Amounts {
  base: Money;
  display: Money;
}

export type BudgetStatus = "draft" | "locked";

export interface BudgetSummary {
  id: string;
  name: string;
  status: BudgetStatus;
  baseCurrency: string;
  displayCurrency: string;
  total: Money | null;
  privateTo: string | null;
  basedOn: string | null;
  originalId: string | null;
  lockedAt: string | null;
  lockedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface LineTotal {
  id: string | null;
  path: string;
  description: string;
  partner: string;
  country: string;
  included: boolean;
  qualifying: boolean;
  subtotal: Money;
  subtotalBase: Money;
  fringes: Money;
  total: Amounts;
}

export interface AccountTotal {
  code: string;
  name: string;
  fringes: Money;
  total: Amounts;
  lines: LineTotal[];
}

export interface CategoryTotal {
  code: string;
  name: string;
  side: "above" | "below";
  fringes: Money;
  total: Amounts;
  accounts: AccountTotal[];
}

export interface VarianceRow {
  code: string;
  original: Money;
  current: Money;
  /** current − original: positive is over the original. */
  variance: Money;
}

export interface BudgetTotals {
  baseCurrency: string;
  displayCurrency: string;
  rates: { date: string; source: string };
  rounding: string;
  categories: CategoryTotal[];
  aboveTheLine: Amounts;
  belowTheLine: Amounts;
  subtotal: Amounts;
  fringes: Money;
  contingency: Amounts;
  total: Amounts;
  partners: { partner: string; name: string; total: Amounts }[];
  countries: { country: string; total: Amounts; qualifying: Money }[];
  currencies: { currency: string; subtotal: Money; base: Money }[];
  fringeTotals: { id: string; name: string; total: Money }[];
  variance: {
    lockedOn: string;
    total: VarianceRow;
    categories: VarianceRow[];
    accounts: VarianceRow[];
  } | null;
}

export interface BudgetLine {
  id: string;
  description: string;
  amount: string;
  unit: string;
  x?: string;
  rate: string;
  currency: string;
  partner?: string;
  country?: string;
  fringes?: string[];
  fringeRange?: string;
  groups?: string[];
  qualifying?: boolean;
}

interface Attribution {
  partner?: string;
  country?: string;
  fringes?: string[];
}

export interface BudgetAccount extends Attribution {
  code: string;
  name: string;
  lines: BudgetLine[];
}

export interface BudgetCategory extends Attribution {
  code: string;
  name: string;
  side: "above" | "below";
  accounts: BudgetAccount[];
}

export interface Fringe {
  id: string;
  name: string;
  kind: "percent" | "flat";
  value: string;
  cutoff?: string;
  currency?: string;
}

export interface BudgetGroup {
  id: string;
  name: string;
  included: boolean;
}

export interface Contingency {
  percent: string;
  scope: "all" | "below";
}

export interface BudgetRates {
  base: string;
  date: string;
  source: string;
  /** Units of `base` per one unit of each currency. */
  perUnit: Record<string, string>;
}

export type ProjectKind = "feature" | "series" | "documentary" | "animation";

/** What a country's rebate rules ask of the production beyond its spend. */
export interface RebateFacts {
  shootDays?: number;
  /** A decimal percentage, as a string. */
  localCrewPercent?: string;
}

export interface BudgetDocument {
  title: string;
  projectKind?: ProjectKind;
  baseCurrency: string;
  displayCurrency?: string;
  rates: BudgetRates;
  partners: { id: string; name: string; country?: string }[];
  globals: Record<string, string>;
  units?: Record<string, { label: string; factor?: string }>;
  fringes: Fringe[];
  groups: BudgetGroup[];
  contingency?: Contingency;
  categories: BudgetCategory[];
  original?: { lockedOn: string; total: string };
  /** Per country (ISO 3166): shooting days and the local crew's share, for the rebate rules. */
  rebateFacts?: Record<string, RebateFacts>;
}

/** Who pays and where a category's or an account's lines are spent, and the fringes they take. */
export interface AttributionChange {
  partner?: string | null;
  country?: string | null;
  fringes?: string[] | null;
}

export interface BudgetProblem {
  code: string;
  path: string;
  message: string;
}

export interface BudgetRead {
  budget: BudgetSummary;
  document: BudgetDocument;
  totals: BudgetTotals | null;
  problems: BudgetProblem[];
  /** CAST_<n>_DAYS, CAST_<n>_WORK and SCHEDULE_SHOOTDAYS from the published board. */
  scheduleGlobals: Record<string, string>;
}

export interface RateTableSummary {
  id: string;
  source: string;
  date: string;
  base: string;
  origin: string | null;
  quoteCount: number;
}

/** What the totals are computed for: a display currency and groups switched on or off without saving. */
export interface BudgetView {
  currency?: string;
  include: string[];
  suppress: string[];
}

export type LineInput = Omit<BudgetLine, "id">;
/** A line's change: null removes an optional field, which the line then inherits. */
export type LineChange = { [K in keyof LineInput]?: LineInput[K] | null };

export type NewBudgetInput =
  | {
      name: string;
      baseCurrency: string;
      template?: { kind: "feature" | "series"; language: "ru" | "en" };
      privateTo?: string;
    }
  | { name: string; copyFrom: string; privateTo?: string | null };

export type ExportFormat = "pdf" | "xlsx" | "csv" | "json";
