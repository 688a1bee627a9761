// The top sheet's structure: categories and their accounts, kept in code order (1100, 1200 … 2050, 2100), with
// the partner, country and fringes their lines inherit.
import { createRoute } from "@hono/zod-openapi";
import {
  formatMoneyDecimal,
  type BudgetAccount,
  type BudgetCategory,
  type CurrencyCode,
} from "@kinomost/core";
import { ApiError, notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import {
  findAccount,
  findCategory,
  replaceAccount,
  replaceCategory,
  type StoredDocument,
} from "./document.ts";
import { editBudget, type EditContext } from "./edit.ts";
import { evaluateDocument } from "./evaluate.ts";
import {
  accountChange,
  accountInput,
  budgetParams,
  categoryChange,
  categoryInput,
  codeParams,
  versionQuery,
} from "./inputs.ts";
import { tags } from "./version-routes.ts";
import { budgetReadSchema } from "./views.ts";

const answers = {
  200: jsonResponse("The budget as it is now", budgetReadSchema),
  ...errorResponses,
  ...conflictResponse,
};
const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

/** Where a new code goes: before the first entry whose code sorts after it. */
function insertAt<T extends { code: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((other) => byCode(other.code, item.code) > 0);
  const next = [...items];
  next.splice(index < 0 ? items.length : index, 0, item);
  return next;
}

type Attribution = { partner?: string | null; country?: string | null; fringes?: string[] | null };

/** Applies a change of partner, country or fringes; null removes the field. */
function attribute<T extends BudgetCategory | BudgetAccount>(item: T, change: Attribution): T {
  const next: Record<string, unknown> = { ...item };
  for (const key of ["partner", "country", "fringes"] as const) {
    const value = change[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}

const attributionOf = (body: Attribution) => ({
  ...(body.partner ? { partner: body.partner } : {}),
  ...(body.country ? { country: body.country } : {}),
  ...(body.fringes ? { fringes: body.fringes } : {}),
});

function category(document: StoredDocument, code: string) {
  const index = findCategory(document, code);
  if (index < 0) throw notFound(`category ${code}`);
  return index;
}

function account(document: StoredDocument, code: string) {
  const place = findAccount(document, code);
  if (!place) throw notFound(`account ${code}`);
  return place;
}

/**
 * A category goes only once no money is left in it: an accountant does not expect a whole section of the budget —
 * its share of the top sheet, the partners' and countries' totals, the accounts the ledger books costs against — to
 * vanish with one click. While any of its accounts still carries an amount the removal is refused, naming them;
 * their lines are moved to other accounts or removed first (each its own visible change). Accounts without money
 * (empty, or lines at zero) go with the category.
 */
function refuseWithMoney(document: StoredDocument, index: number, context: EditContext) {
  const category = document.categories[index]!;
  const evaluated = evaluateDocument(
    document as unknown as Record<string, unknown>,
    context.partners,
    context.scheduleGlobals,
  );
  const totals = evaluated.ok ? evaluated.value.totals : null;
  const holding = category.accounts.flatMap((account, at) => {
    // Lines of a what-if group left out of the totals still hold money: their subtotals count, not their totals.
    const lines = totals?.lines.filter((line) => line.account === account.code) ?? [];
    const minor = lines.reduce((sum, line) => sum + line.subtotalBase.minor, 0n);
    // A budget that does not compute yet (a rate not entered) cannot say: an account with lines counts as holding.
    const holds = totals ? minor !== 0n : account.lines.length > 0;
    const amount = totals
      ? `${formatMoneyDecimal({ minor, currency: totals.baseCurrency as CurrencyCode })} ${totals.baseCurrency}`
      : null;
    return holds ? [{ account, at, amount }] : [];
  });
  if (holding.length === 0) return;
  const codes = holding.map((entry) => entry.account.code).join(", ");
  throw new ApiError(
    400,
    "VALIDATION_FAILED",
    `code: category ${category.code} still has money on account${holding.length > 1 ? "s" : ""} ${codes}: move their lines to other accounts or remove them first`,
    {
      fields: [
        {
          path: "code",
          message: `category ${category.code} still has money on ${codes}`,
          code: "category_not_empty",
          params: { accounts: holding.length },
        },
        ...holding.map(({ account, at, amount }) => ({
          path: `categories[${index}].accounts[${at}]`,
          message: `account ${account.code} holds ${amount ?? `${account.lines.length} lines`}`,
          code: "account_not_empty",
        })),
      ],
    },
  );
}

const at = (path: string) => `/projects/{projectId}/budgets/{budgetId}${path}`;
const common = { tags, security, responses: answers };

export function registerBudgetCategoryRoutes(app: Router) {
  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: at("/categories"),
      summary: "Add a category to the top sheet, in code order",
      request: { params: budgetParams, ...jsonBody(categoryInput) },
    }),
    async (c) => {
      const { budgetId } = c.req.valid("param");
      const { version, code, name, side, ...rest } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => ({
        document: {
          ...document,
          categories: insertAt(document.categories, {
            code,
            name,
            side,
            ...attributionOf(rest),
            accounts: [],
          } as BudgetCategory),
        },
      }));
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "patch",
      path: at("/categories/{code}"),
      summary: "Change a category: code, name, side, partner, country, fringes (null removes one)",
      request: { params: codeParams, ...jsonBody(categoryChange) },
    }),
    async (c) => {
      const { budgetId, code } = c.req.valid("param");
      const { version, ...change } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => {
        const index = category(document, code);
        const current = document.categories[index]!;
        const changed = attribute(
          {
            ...current,
            ...(change.code ? { code: change.code } : {}),
            ...(change.name ? { name: change.name } : {}),
            ...(change.side ? { side: change.side } : {}),
          },
          change,
        );
        return { document: replaceCategory(document, index, changed) };
      });
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "delete",
      path: at("/categories/{code}"),
      summary: "Remove a category once none of its accounts holds money (400 naming the ones that do)",
      request: { params: codeParams, query: versionQuery },
    }),
    async (c) => {
      const { budgetId, code } = c.req.valid("param");
      const { version } = c.req.valid("query");
      return editBudget(c, budgetId, version, (document, context) => {
        const index = category(document, code);
        refuseWithMoney(document, index, context);
        return { document: replaceCategory(document, index, null) };
      });
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: at("/categories/{code}/accounts"),
      summary: "Add an account to a category, in code order",
      request: { params: codeParams, ...jsonBody(accountInput) },
    }),
    async (c) => {
      const { budgetId, code } = c.req.valid("param");
      const { version, code: accountCode, name, ...rest } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => {
        const index = category(document, code);
        const current = document.categories[index]!;
        const added = { code: accountCode, name, ...attributionOf(rest), lines: [] } as BudgetAccount;
        return {
          document: replaceCategory(document, index, {
            ...current,
            accounts: insertAt(current.accounts, added),
          }),
        };
      });
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "patch",
      path: at("/accounts/{code}"),
      summary: "Change an account: code, name, partner, country, fringes (null removes one)",
      request: { params: codeParams, ...jsonBody(accountChange) },
    }),
    async (c) => {
      const { budgetId, code } = c.req.valid("param");
      const { version, ...change } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => {
        const place = account(document, code);
        const current = document.categories[place.category]!.accounts[place.account]!;
        const changed = attribute(
          {
            ...current,
            ...(change.code ? { code: change.code } : {}),
            ...(change.name ? { name: change.name } : {}),
          },
          change,
        );
        return { document: replaceAccount(document, place, changed) };
      });
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "delete",
      path: at("/accounts/{code}"),
      summary: "Remove an account with its lines",
      request: { params: codeParams, query: versionQuery },
    }),
    async (c) => {
      const { budgetId, code } = c.req.valid("param");
      const { version } = c.req.valid("query");
      return editBudget(c, budgetId, version, (document) => ({
        document: replaceAccount(document, account(document, code), null),
      }));
    },
  );
}
