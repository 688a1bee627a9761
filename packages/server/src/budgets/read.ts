// The full read of one version (GET /budgets/{id} and the answer of every edit): the document with the project's
// partners, the totals (or the problems that keep it from computing) and the schedule's globals.
import type { Database } from "@kinomost/db";
import { loadBudgetPartners } from "./partners.ts";
import { loadScheduleGlobals } from "./schedule-globals.ts";
import { evaluateRow, type BudgetReadOptions, type BudgetRow } from "./store.ts";
import { toBudgetRead } from "./views.ts";

export async function readBudgetResponse(db: Database, row: BudgetRow, options: BudgetReadOptions = {}) {
  const partners = await loadBudgetPartners(db, row.projectId);
  const scheduleGlobals = await loadScheduleGlobals(db, row.projectId);
  const read = await evaluateRow(db, row, options, { partners, scheduleGlobals });
  return toBudgetRead(read, partners, scheduleGlobals);
}
