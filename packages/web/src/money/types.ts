// The shapes cost accounting reads from the server: the actuals ledger, its imports and sharing, budget versions, the
// cost report and rebate estimate, and rate tables. Amounts are exact decimal strings (minor units as integer
// strings), never numbers with fractions.

export const actualFields = [
  "date",
  "vendor",
  "account",
  "description",
  "currency",
  "amount",
  "partner",
  "country",
  "reference",
] as const;
export type ActualField = (typeof actualFields)[number];
export type ColumnMapping = Partial<Record<ActualField, number>>;

export interface Actual {
  id: string;
  partnerId: string;
  date: string;
  vendor: string;
  account: string;
  description: string;
  currency: string;
  /** Decimal, negative for a refund. */
  amount: string;
  amountMinor: string;
  minorUnits: number;
  country: string;
  reference: string | null;
  importId: string | null;
  createdBy: string | null;
  createdAt: string;
  version: number;
}

export interface ActualsTotal {
  currency: string;
  amount: string;
  amountMinor: string;
  minorUnits: number;
  count: number;
}

export interface ActualsPage {
  actuals: Actual[];
  nextCursor: string | null;
  totals: ActualsTotal[];
  /** The partners whose books the caller sees. */
  partners: string[];
}

export interface LedgerFilter {
  partner?: string;
  account?: string;
  country?: string;
  importId?: string;
  from?: string;
  to?: string;
}

export interface ActualInput {
  date: string;
  vendor: string;
  account: string;
  description?: string;
  currency: string;
  amount: string;
  country: string;
  reference?: string | null;
  /** Check the account against this budget's accounts (400 naming `account` when it has none such). */
  budgetId?: string;
}

export interface ActualsImport {
  id: string;
  partnerId: string;
  fileName: string;
  sha256: string;
  rows: number;
  createdBy: string | null;
  createdAt: string;
}

export interface RowError {
  /** The row as the file shows it, the header included. */
  row: number;
  column: { index: number; letter: string; name: string } | null;
  field: ActualField | null;
  code: string;
  value: string | null;
  message: string;
}

/** A row as the server read it: the amount exact in its currency, the date as YYYY-MM-DD. */
export interface ParsedActual {
  date: string;
  vendor: string;
  account: string;
  description: string;
  currency: string;
  amount: string;
  amountMinor: string;
  minorUnits: number;
  partner: string | null;
  country: string;
  reference: string | null;
}

export interface ImportPreview {
  partnerId: string;
  file: {
    name: string;
    sha256: string;
    kind: "csv" | "xlsx";
    encoding: string | null;
    delimiter: string | null;
    sheet: string | null;
    sheets: string[];
  };
  headerRow: number;
  columns: string[];
  mapping: ColumnMapping;
  mappingSource: "detected" | "given";
  rows: { row: number; cells: string[]; actual: ParsedActual | null; errors: RowError[] }[];
  totalRows: number;
  validRows: number;
  errors: RowError[];
  errorCount: number;
  duplicateOf: ActualsImport | null;
}

export interface ImportOptions {
  file: File;
  partnerId: string;
  mapping?: ColumnMapping;
  budgetId?: string;
  sheet?: string;
  allowNegative?: boolean;
  allowDuplicate?: boolean;
  defaultCurrency?: string;
  defaultCountry?: string;
}

export interface SharingPartner {
  id: string;
  /** In the reader's language. */
  name: string;
  names: Record<string, string>;
  country: string;
  role: "lead_producer" | "co_producer" | "financier" | "service";
}

export interface Sharing {
  organizationId: string;
  organization: SharingPartner;
  viewers: string[];
  sharedWithUs: string[];
  /** Every other partner of the project, and which way its books and the studio's are open. */
  partners: (SharingPartner & { viewer: boolean; sharesWithUs: boolean })[];
}

/** The accountant's estimate to complete of an account, as entered. */
export interface AccountEstimate {
  amount: ReportMoney;
  /** False when the report cannot use it (its currency left the budget's rates): the rest of the budget is shown. */
  counted: boolean;
  updatedAt: string;
  updatedBy: { userId: string; name: string } | null;
  version: number;
}

export interface BudgetSummary {
  id: string;
  name: string;
  status: "draft" | "locked";
  baseCurrency: string;
  displayCurrency: string;
  privateTo: string | null;
  lockedAt: string | null;
}

export interface ReportMoney {
  currency: string;
  minor: string;
  amount: string;
}

export const costFields = [
  "budget",
  "actual",
  "estimateToComplete",
  "estimateAtCompletion",
  "variance",
  "fxVariance",
] as const;
export type CostField = (typeof costFields)[number];
export type CostAmounts = Record<CostField, ReportMoney>;
export type ReportBasis = "budget" | "actual";

export interface CostReport {
  budget: { id: string; name: string; version: number; status: "draft" | "locked"; baseCurrency: string };
  currency: string;
  basis: ReportBasis;
  rates: {
    budget: { date: string; source: string };
    actual: { tables: number; first: string | null; last: string | null };
  };
  categories: (CostAmounts & { code: string; name: string; side: "above" | "below" })[];
  accounts: (CostAmounts & {
    code: string;
    name: string;
    category: { code: string; name: string };
    estimate: AccountEstimate | null;
  })[];
  partners: (CostAmounts & {
    id: string;
    name: string;
    agreedShare: string | null;
    budgetShare: string | null;
    actualShare: string | null;
    included: boolean;
  })[];
  countries: (CostAmounts & { country: string; actualShare: string | null })[];
  total: CostAmounts;
  coverage: {
    complete: boolean;
    partners: { id: string; name: string; included: boolean }[];
    rows: number;
    byCurrency: { currency: string; rows: number; amount: ReportMoney }[];
  };
  problems: {
    code: "UNKNOWN_ACCOUNT" | "UNKNOWN_CURRENCY" | "MISSING_RATE" | "NO_ACTUAL_RATE";
    account: string;
    partner: { id: string; name: string };
    currency: string;
    rows: number;
    amount: ReportMoney;
    firstDate: string;
    lastDate: string;
    counted: boolean;
    message: string;
  }[];
}

export type Shortfall =
  | { kind: "spend"; missing: ReportMoney; missingInCurrency: ReportMoney | null }
  | { kind: "shootDays"; missing: number }
  | { kind: "localCrewPercent"; missing: string }
  | { kind: "projectKind"; oneOf: string[] }
  | { kind: "unknownFact"; fact: string }
  | { kind: "anyOf"; options: Shortfall[][] };

export interface RebateCountry {
  country: string;
  qualifying: ReportMoney | null;
  pack: {
    id: string;
    version: string;
    name: string;
    status: "official" | "secondary" | "unverified";
    sources: string[];
    validFrom: string;
    validUntil: string | null;
    notes: string | null;
    currency: string;
    cap: ReportMoney | null;
    upToPercent: string | null;
  } | null;
  qualifyingInPackCurrency: ReportMoney;
  percent: string | null;
  rebate: ReportMoney;
  rebateInCurrency: ReportMoney | null;
  capped: boolean;
  tiers: {
    percent: string;
    cap: ReportMoney | null;
    requires: Record<string, unknown>[];
    reached: boolean;
    missing: Shortfall[] | null;
  }[];
  next: { percent: string; missing: Shortfall[] } | null;
  problems: { code: string; message: string }[];
}

export interface RebateReport {
  budget: CostReport["budget"];
  currency: string;
  on: string;
  rates: { date: string; source: string };
  countries: RebateCountry[];
  total: { rebate: ReportMoney; complete: boolean };
}

export const rateSources = ["cbr", "nbrb", "nbk", "cbu", "nbkr", "nbt"] as const;
export type RateSource = (typeof rateSources)[number];
export type TableSource = RateSource | "manual";

export interface RateTableSummary {
  id: string;
  source: TableSource;
  date: string;
  base: string;
  origin: string | null;
  sha256: string | null;
  quoteCount: number;
  createdAt: string;
  createdBy: { userId: string; name: string } | null;
  version: number;
}

export interface RateQuote {
  currency: string;
  nominal: number;
  /** Base units for `nominal` units, as the bank wrote it. */
  value: string;
  perUnit: string;
}

export type RateTable = RateTableSummary & { quotes: RateQuote[] };

export interface StoredTable {
  table: RateTable;
  warnings: { code: string; message: string; path?: string }[];
}

export interface ManualTableInput {
  date: string;
  base: string;
  quotes: { currency: string; nominal?: number; value: string }[];
  replace?: boolean;
}

export interface Conversion {
  amount: { value: string; minor: string; currency: string };
  converted: { value: string; minor: string; currency: string };
  rate: { numerator: string; denominator: string; decimal: string; via: string | null };
  table: { id: string; source: string; date: string; base: string } | null;
}
