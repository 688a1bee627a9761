// A stored budget document, with the project's partners and the schedule's globals, read and computed by the
// core engine. Reads never fail on a budget that does not compute: its problems travel with it. Writes are
// stricter (checkDocument): only problems a person can fix later — a rate not entered yet, a schedule global
// while no board is published — are let through.
import {
  computeBudget,
  expressionNames,
  parseExpression,
  readBudgetFile,
  type Budget,
  type BudgetError,
  type BudgetTotals,
  type ComputeBudgetOptions,
  type RateTable,
} from "@kinomost/core";
import { ApiError } from "../http/errors.ts";
import { filePartners, type ProjectPartner } from "./partners.ts";

/** Globals the server computes from the published board; a document may not define its own. */
export const reservedGlobalPrefixes = ["CAST_", "SCHEDULE_"] as const;
export const isReservedGlobal = (name: string) =>
  reservedGlobalPrefixes.some((prefix) => name.startsWith(prefix));

export interface EvaluatedBudget {
  /** The budget as computed: partners filled in, the schedule's globals added. */
  budget: Budget;
  rates: RateTable;
  totals: BudgetTotals | null;
  problems: BudgetError[];
}

/** The complete `kinomost-budget` file: the stored document with the project's partners. */
export function budgetFile(document: Record<string, unknown>, partners: readonly ProjectPartner[]) {
  const { partners: _stored, ...rest } = document;
  void _stored;
  return { ...rest, partners: filePartners(partners) };
}

function reservedGlobalErrors(document: Record<string, unknown>): BudgetError[] {
  const globals = document.globals;
  if (typeof globals !== "object" || globals === null || Array.isArray(globals)) return [];
  return Object.keys(globals)
    .filter(isReservedGlobal)
    .map((name) => ({
      code: "BAD_FORMAT" as const,
      path: `globals.${name}`,
      message: `globals.${name}: names starting with ${reservedGlobalPrefixes.join(" or ")} are taken from the published shooting schedule`,
    }));
}

/** Reads and computes; `errors` when the document itself is unreadable (bad shape, reserved globals). */
export function evaluateDocument(
  document: Record<string, unknown>,
  partners: readonly ProjectPartner[],
  scheduleGlobals: Readonly<Record<string, string>>,
  options: ComputeBudgetOptions = {},
): { ok: true; value: EvaluatedBudget } | { ok: false; errors: BudgetError[] } {
  const read = readBudgetFile(budgetFile(document, partners));
  const reserved = reservedGlobalErrors(document);
  if (!read.ok) return { ok: false, errors: [...read.errors, ...reserved] };
  if (reserved.length > 0) return { ok: false, errors: reserved };
  const budget: Budget = {
    ...read.value.budget,
    globals: { ...scheduleGlobals, ...read.value.budget.globals },
  };
  const computed = computeBudget(budget, read.value.rates, options);
  return {
    ok: true,
    value: {
      budget,
      rates: read.value.rates,
      totals: computed.ok ? computed.value : null,
      problems: computed.ok ? [] : computed.errors,
    },
  };
}

/** Whether a formula uses a schedule global: while no board is published it is unknown, and that is allowed. */
function usesReservedGlobal(formula: unknown): boolean {
  if (typeof formula !== "string") return false;
  const parsed = parseExpression(formula);
  return parsed.ok && [...expressionNames(parsed.value)].some(isReservedGlobal);
}

/** The value at a budget path such as `categories[0].accounts[1].lines[2].amount`, or undefined. */
export function valueAt(document: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let value: unknown = document;
  for (const part of parts) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function isTolerated(problem: BudgetError, file: Record<string, unknown>): boolean {
  if (problem.code === "MISSING_RATE") return true;
  return problem.code === "UNKNOWN_GLOBAL" && usesReservedGlobal(valueAt(file, problem.path));
}

export const budgetInvalid = (errors: readonly BudgetError[]) =>
  new ApiError(
    400,
    "VALIDATION_FAILED",
    errors.length === 1
      ? errors[0]!.message
      : `the budget would not compute: ${errors
          .slice(0, 3)
          .map((error) => error.path)
          .join(", ")}${errors.length > 3 ? "…" : ""}`,
    { fields: errors.map((error) => ({ path: error.path, message: error.message, code: error.code })) },
  );

/**
 * The check every write passes: the whole document must read and compute. A missing rate and a schedule global
 * without a published board stay problems of the saved budget; anything else is a 400 naming its JSON path.
 */
export function checkDocument(
  document: Record<string, unknown>,
  partners: readonly ProjectPartner[],
  scheduleGlobals: Readonly<Record<string, string>>,
): EvaluatedBudget {
  const evaluated = evaluateDocument(document, partners, scheduleGlobals);
  if (!evaluated.ok) throw budgetInvalid(evaluated.errors);
  const file = budgetFile(document, partners);
  const refused = evaluated.value.problems.filter((problem) => !isTolerated(problem, file));
  if (refused.length > 0) throw budgetInvalid(refused);
  return evaluated.value;
}
