// Cost accounting on the server: the actuals ledger with its imports and sharing, budget versions, the cost report
// and rebate estimate, and the rate tables. Amounts arrive as exact decimal strings (and minor units as integer
// strings); nothing here turns them into numbers. Uploads report their progress (the client's `upload`).
import { request, upload } from "../api/client.ts";
import type {
  Actual,
  ActualsPage,
  LedgerFilter,
  ActualInput,
  ActualsImport,
  ImportPreview,
  ImportOptions,
  Sharing,
  BudgetSummary,
  ReportBasis,
  CostReport,
  RebateReport,
  RateSource,
  RateTableSummary,
  RateTable,
  StoredTable,
  ManualTableInput,
  Conversion,
  AccountEstimate,
} from "./types.ts";

const id = encodeURIComponent;
const base = "/api/v1";

function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function importForm(options: ImportOptions): FormData {
  const form = new FormData();
  form.append("file", options.file);
  form.append("partnerId", options.partnerId);
  if (options.mapping) form.append("mapping", JSON.stringify(options.mapping));
  if (options.budgetId) form.append("budgetId", options.budgetId);
  if (options.sheet) form.append("sheet", options.sheet);
  if (options.allowNegative) form.append("allowNegative", "true");
  if (options.allowDuplicate) form.append("allowDuplicate", "true");
  if (options.defaultCurrency) form.append("defaultCurrency", options.defaultCurrency);
  if (options.defaultCountry) form.append("defaultCountry", options.defaultCountry);
  return form;
}

const project = (projectId: string) => `/projects/${id(projectId)}`;

export const moneyApi = {
  ledger: (projectId: string, filter: LedgerFilter, cursor?: string) =>
    request<ActualsPage>("GET", `${project(projectId)}/actuals${query({ ...filter, cursor, limit: "100" })}`),
  addActual: (projectId: string, input: ActualInput) =>
    request<{ actual: Actual }>("POST", `${project(projectId)}/actuals`, input),
  changeActual: (projectId: string, actualId: string, input: Partial<ActualInput> & { version: number }) =>
    request<{ actual: Actual }>("PATCH", `${project(projectId)}/actuals/${id(actualId)}`, input),
  removeActual: (projectId: string, actual: Pick<Actual, "id" | "version">) =>
    request<void>("DELETE", `${project(projectId)}/actuals/${id(actual.id)}?version=${actual.version}`),

  previewImport: (projectId: string, options: ImportOptions, onProgress?: (sent: number) => void) =>
    upload<ImportPreview>(`${project(projectId)}/actuals/imports/preview`, importForm(options), onProgress),
  commitImport: (projectId: string, options: ImportOptions, onProgress?: (sent: number) => void) =>
    upload<{ import: ActualsImport }>(
      `${project(projectId)}/actuals/imports`,
      importForm(options),
      onProgress,
    ),
  imports: (projectId: string) =>
    request<{ imports: ActualsImport[] }>("GET", `${project(projectId)}/actuals/imports`),
  undoImport: (projectId: string, importId: string) =>
    request<void>("DELETE", `${project(projectId)}/actuals/imports/${id(importId)}`),

  sharing: (projectId: string) =>
    request<{ sharing: Sharing }>("GET", `${project(projectId)}/actuals/sharing`),
  setSharing: (projectId: string, viewers: string[]) =>
    request<{ sharing: Sharing }>("PUT", `${project(projectId)}/actuals/sharing`, { viewers }),

  budgets: (projectId: string) =>
    request<{ budgets: BudgetSummary[] }>("GET", `${project(projectId)}/budgets`),
  costReport: (projectId: string, budgetId: string, currency: string | undefined, basis: ReportBasis) =>
    request<CostReport>(
      "GET",
      `${project(projectId)}/budgets/${id(budgetId)}/cost-report${query({ currency, basis })}`,
    ),
  costReportFileUrl: (
    projectId: string,
    budgetId: string,
    format: "xlsx" | "pdf",
    options: { currency: string; basis: ReportBasis; lang: string },
  ) => `${base}${project(projectId)}/budgets/${id(budgetId)}/cost-report.${format}${query(options)}`,
  setEstimate: (
    projectId: string,
    budgetId: string,
    account: string,
    input: { amount: string; currency: string; version?: number },
  ) =>
    request<{ estimate: AccountEstimate & { account: string } }>(
      "PUT",
      `${project(projectId)}/budgets/${id(budgetId)}/estimates/${id(account)}`,
      input,
    ),
  clearEstimate: (projectId: string, budgetId: string, account: string, version: number) =>
    request<void>(
      "DELETE",
      `${project(projectId)}/budgets/${id(budgetId)}/estimates/${id(account)}?version=${version}`,
    ),
  rebates: (projectId: string, budgetId: string, currency: string | undefined) =>
    request<RebateReport>(
      "GET",
      `${project(projectId)}/budgets/${id(budgetId)}/rebates${query({ currency })}`,
    ),

  rateTables: (projectId: string) =>
    request<{ tables: RateTableSummary[] }>("GET", `${project(projectId)}/rate-tables`),
  rateTable: (projectId: string, tableId: string) =>
    request<{ table: RateTable }>("GET", `${project(projectId)}/rate-tables/${id(tableId)}`),
  importRateFile: (
    projectId: string,
    input: { file: File; replace: boolean },
    onProgress?: (sent: number) => void,
  ) => {
    const form = new FormData();
    form.append("file", input.file);
    if (input.replace) form.append("replace", "true");
    return upload<StoredTable>(`${project(projectId)}/rate-tables/import`, form, onProgress);
  },
  fetchRates: (projectId: string, input: { source: RateSource; date: string; replace?: boolean }) =>
    request<StoredTable>("POST", `${project(projectId)}/rate-tables/fetch`, input),
  enterRates: (projectId: string, input: ManualTableInput) =>
    request<StoredTable>("POST", `${project(projectId)}/rate-tables`, input),
  removeRateTable: (projectId: string, table: Pick<RateTableSummary, "id" | "version">) =>
    request<void>("DELETE", `${project(projectId)}/rate-tables/${id(table.id)}?version=${table.version}`),
  convert: (
    projectId: string,
    input: { from: string; to: string; date: string; amount: string; source?: string | undefined },
  ) => request<Conversion>("GET", `${project(projectId)}/rates/convert${query(input)}`),
};
