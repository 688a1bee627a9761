// The budget API, one function per route of packages/server/src/budgets (and the version's downloads). Requests go
// through the app's shared client; only the file import, which reports its upload's progress, has its own.
import { request, upload } from "../api/client.ts";
import type {
  AttributionChange,
  BudgetGroup,
  BudgetRates,
  BudgetRead,
  BudgetSummary,
  BudgetView,
  Contingency,
  ExportFormat,
  Fringe,
  LineChange,
  LineInput,
  NewBudgetInput,
  ProjectKind,
  RateTableSummary,
  RebateFacts,
} from "./types.ts";

const base = "/api/v1";
const id = encodeURIComponent;
const budgets = (projectId: string) => `/projects/${id(projectId)}/budgets`;
const at = (projectId: string, budgetId: string) => `${budgets(projectId)}/${id(budgetId)}`;

function viewQuery(view: BudgetView): string {
  const query = new URLSearchParams();
  if (view.currency) query.set("currency", view.currency);
  if (view.include.length > 0) query.set("include", view.include.join(","));
  if (view.suppress.length > 0) query.set("suppress", view.suppress.join(","));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const budgetApi = {
  list: (projectId: string) => request<{ budgets: BudgetSummary[] }>("GET", budgets(projectId)),
  read: (projectId: string, budgetId: string, view: BudgetView) =>
    request<BudgetRead>("GET", `${at(projectId, budgetId)}${viewQuery(view)}`),
  create: (projectId: string, input: NewBudgetInput) => {
    if ("copyFrom" in input) {
      const { copyFrom, ...rest } = input;
      return request<BudgetRead>("POST", `${at(projectId, copyFrom)}/versions`, rest);
    }
    return request<BudgetRead>("POST", budgets(projectId), input);
  },
  lock: (projectId: string, budgetId: string, version: number) =>
    request<BudgetRead>("POST", `${at(projectId, budgetId)}/lock`, { version }),
  remove: (projectId: string, budgetId: string, version: number) =>
    request<void>("DELETE", `${at(projectId, budgetId)}?version=${version}`),
  updateSettings: (
    projectId: string,
    budgetId: string,
    version: number,
    change: {
      name?: string;
      displayCurrency?: string | null;
      contingency?: Contingency | null;
      globals?: Record<string, string>;
      projectKind?: ProjectKind | null;
      units?: Record<string, { label: string; factor?: string }>;
      rebateFacts?: Record<string, RebateFacts> | null;
    },
  ) => request<BudgetRead>("PATCH", at(projectId, budgetId), { version, ...change }),
  setFringes: (projectId: string, budgetId: string, version: number, fringes: Fringe[]) =>
    request<BudgetRead>("PUT", `${at(projectId, budgetId)}/fringes`, { version, fringes }),
  setGroups: (projectId: string, budgetId: string, version: number, groups: BudgetGroup[]) =>
    request<BudgetRead>("PUT", `${at(projectId, budgetId)}/groups`, { version, groups }),
  setRates: (
    projectId: string,
    budgetId: string,
    version: number,
    rates: { rateTableId: string } | { rates: BudgetRates },
  ) => request<BudgetRead>("PUT", `${at(projectId, budgetId)}/rates`, { version, ...rates }),
  addCategory: (
    projectId: string,
    budgetId: string,
    version: number,
    category: { code: string; name: string; side: "above" | "below" },
  ) => request<BudgetRead>("POST", `${at(projectId, budgetId)}/categories`, { version, ...category }),
  addAccount: (
    projectId: string,
    budgetId: string,
    version: number,
    category: string,
    account: { code: string; name: string },
  ) =>
    request<BudgetRead>("POST", `${at(projectId, budgetId)}/categories/${id(category)}/accounts`, {
      version,
      ...account,
    }),
  changeCategory: (
    projectId: string,
    budgetId: string,
    version: number,
    category: string,
    change: AttributionChange,
  ) =>
    request<BudgetRead>("PATCH", `${at(projectId, budgetId)}/categories/${id(category)}`, {
      version,
      ...change,
    }),
  removeCategory: (projectId: string, budgetId: string, version: number, category: string) =>
    request<BudgetRead>("DELETE", `${at(projectId, budgetId)}/categories/${id(category)}?version=${version}`),
  changeAccount: (
    projectId: string,
    budgetId: string,
    version: number,
    account: string,
    change: AttributionChange,
  ) =>
    request<BudgetRead>("PATCH", `${at(projectId, budgetId)}/accounts/${id(account)}`, {
      version,
      ...change,
    }),
  removeAccount: (projectId: string, budgetId: string, version: number, account: string) =>
    request<BudgetRead>("DELETE", `${at(projectId, budgetId)}/accounts/${id(account)}?version=${version}`),
  addLine: (projectId: string, budgetId: string, version: number, account: string, line: LineInput) =>
    request<BudgetRead>("POST", `${at(projectId, budgetId)}/accounts/${id(account)}/lines`, {
      version,
      line,
    }),
  changeLine: (projectId: string, budgetId: string, version: number, lineId: string, change: LineChange) =>
    request<BudgetRead>("PATCH", `${at(projectId, budgetId)}/lines/${id(lineId)}`, { version, ...change }),
  removeLine: (projectId: string, budgetId: string, version: number, lineId: string) =>
    request<BudgetRead>("DELETE", `${at(projectId, budgetId)}/lines/${id(lineId)}?version=${version}`),
  moveLine: (
    projectId: string,
    budgetId: string,
    version: number,
    lineId: string,
    to: { account: string; index: number },
  ) => request<BudgetRead>("POST", `${at(projectId, budgetId)}/lines/${id(lineId)}/move`, { version, ...to }),
  rateTables: (projectId: string) =>
    request<{ tables: RateTableSummary[] }>("GET", `/projects/${id(projectId)}/rate-tables`),
  exportUrl: (
    projectId: string,
    budgetId: string,
    format: ExportFormat,
    options: { language: string; currency: string },
  ) =>
    format === "json"
      ? `${base}${at(projectId, budgetId)}/export.json`
      : `${base}${at(projectId, budgetId)}/export.${format}?lang=${options.language}&currency=${options.currency}`,
};

/** Imports a kinomost-budget JSON file as a new draft, reporting the share sent so far (0…1). */
export function importBudget(
  projectId: string,
  input: { file: File; name: string; privateTo?: string },
  onProgress: (sent: number) => void,
): Promise<BudgetRead> {
  const form = new FormData();
  form.append("file", input.file);
  form.append("name", input.name);
  if (input.privateTo) form.append("privateTo", input.privateTo);
  return upload<BudgetRead>(`${budgets(projectId)}/import`, form, onProgress);
}
