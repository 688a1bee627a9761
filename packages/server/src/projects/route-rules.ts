// What each route under /projects/{projectId} needs of the caller's project role, checked once the project is
// known to be visible and before the request is read: a role without the action gets 403 whatever it sent, and
// a route missing from this table answers 403 to everyone, so a new route is closed until it is given a rule.
// Handlers still name their action (`requirePermission`) and narrow further where the data says so: a partner's
// own books, a private budget version, the signatory named on a document, a person's own calendar feed.
// The authorization matrix test walks the app's route table against this one.
import { matchedRoutes } from "hono/route";
import type { MiddlewareHandler } from "hono";
import type { ProjectAction } from "@kinomost/core";
import type { AppEnv } from "../context.ts";
import { forbidden } from "../http/errors.ts";

/** One action, or several of which any one is enough. */
export type RouteRule = ProjectAction | readonly ProjectAction[];

export const projectRouteRules: Readonly<Record<string, RouteRule>> = {
  // The project, its partners and members.
  "GET /projects/:projectId": "project.read",
  "PATCH /projects/:projectId": "project.update",
  "POST /projects/:projectId/partners": "project.partners.invite",
  "GET /projects/:projectId/candidates": "project.members.manage",
  "PUT /projects/:projectId/members/:userId": "project.members.manage",
  "DELETE /projects/:projectId/members/:userId": "project.members.manage",
  "GET /projects/:projectId/audit": "audit.read",

  // Scripts, locations and the breakdown.
  "GET /projects/:projectId/scripts": "project.read",
  "POST /projects/:projectId/scripts/import": "scripts.import",
  "GET /projects/:projectId/scripts/drafts/:draftId": "project.read",
  "POST /projects/:projectId/scripts/drafts/:draftId/translations": "scripts.import",
  "GET /projects/:projectId/scripts/drafts/:draftId/translations": "project.read",
  "GET /projects/:projectId/scripts/drafts/:draftId/breakdown.pdf": "project.read",
  "GET /projects/:projectId/scripts/drafts/:draftId/breakdown.csv": "project.read",
  "GET /projects/:projectId/locations": "project.read",
  "POST /projects/:projectId/locations": "locations.edit",
  "PATCH /projects/:projectId/locations/:locationId": "locations.edit",
  "DELETE /projects/:projectId/locations/:locationId": "locations.edit",
  "PATCH /projects/:projectId/sets/:setId": "locations.edit",
  "GET /projects/:projectId/breakdown/categories": "project.read",
  "POST /projects/:projectId/breakdown/categories": "breakdown.edit",
  "GET /projects/:projectId/breakdown/elements": "project.read",
  "POST /projects/:projectId/breakdown/elements": "breakdown.edit",
  "PATCH /projects/:projectId/breakdown/elements/:elementId": "breakdown.edit",
  "DELETE /projects/:projectId/breakdown/elements/:elementId": "breakdown.edit",
  "GET /projects/:projectId/breakdown/dictionary": "project.read",
  "POST /projects/:projectId/breakdown/dictionary": "breakdown.edit",
  "DELETE /projects/:projectId/breakdown/dictionary/:entryId": "breakdown.edit",
  "GET /projects/:projectId/scenes/:sceneId/breakdown": "project.read",
  "POST /projects/:projectId/scenes/:sceneId/breakdown": "breakdown.edit",
  "DELETE /projects/:projectId/scenes/:sceneId/breakdown/:elementId": "breakdown.edit",
  "POST /projects/:projectId/scenes/:sceneId/breakdown/dismissed": "breakdown.edit",
  "PATCH /projects/:projectId/scenes/:sceneId": "scenes.edit",

  // Documents and signatures: any member may sign for their studio when named its signatory.
  "GET /projects/:projectId/documents": "project.read",
  "POST /projects/:projectId/documents": "documents.edit",
  "GET /projects/:projectId/documents/:documentId/versions/:number": "project.read",
  "GET /projects/:projectId/documents/:documentId/versions/:file{[0-9]+\\.pdf}": "project.read",
  "POST /projects/:projectId/documents/:documentId/versions": "documents.edit",
  "PATCH /projects/:projectId/documents/:documentId/versions/:number": "documents.edit",
  "GET /projects/:projectId/documents/:documentId/diff": "project.read",
  "POST /projects/:projectId/documents/:documentId/versions/:number/sign": "documents.sign",
  // An organization's admin names its signatory; the handler checks the admin.
  "PUT /projects/:projectId/partners/:organizationId/signatory": "project.read",
  "POST /projects/:projectId/documents/:documentId/versions/:number/files": "documents.edit",
  "GET /projects/:projectId/documents/:documentId/versions/:number/files/:fileId": "project.read",
  "DELETE /projects/:projectId/documents/:documentId/versions/:number/files/:fileId": "documents.edit",

  // The consortium: the deal, contributions, people and places, rule packs.
  "GET /projects/:projectId/consortium": "consortium.read",
  "PATCH /projects/:projectId/consortium": "consortium.edit",
  "PUT /projects/:projectId/consortium/shares": "consortium.edit",
  "PATCH /projects/:projectId/consortium/partners/:organizationId": "consortium.edit",
  "PUT /projects/:projectId/consortium/rates": "consortium.edit",
  "GET /projects/:projectId/qualification": "consortium.read",
  "GET /projects/:projectId/contributions": "consortium.read",
  "POST /projects/:projectId/contributions": "consortium.edit",
  "POST /projects/:projectId/contributions/:contributionId/instalments/:position/delivery":
    "contributions.edit",
  "DELETE /projects/:projectId/contributions/:contributionId": "consortium.edit",
  "GET /projects/:projectId/people": "project.read",
  "POST /projects/:projectId/people": "consortium.edit",
  // The assistant director links crew to accounts and call-sheet languages; the producers change the rest.
  "PATCH /projects/:projectId/people/:personId": ["consortium.edit", "schedule.edit"],
  "DELETE /projects/:projectId/people/:personId": "consortium.edit",
  "GET /projects/:projectId/places": "project.read",
  "POST /projects/:projectId/places": "consortium.edit",
  "DELETE /projects/:projectId/places/:placeId": "consortium.edit",
  "GET /projects/:projectId/rule-packs": "consortium.read",
  "POST /projects/:projectId/rule-packs": "consortium.edit",
  "GET /projects/:projectId/rule-packs/:packId/source": "consortium.read",
  "DELETE /projects/:projectId/rule-packs/:packId": "consortium.edit",

  // The schedule: units, terms, boards, the optimizer, reports.
  "GET /projects/:projectId/units": "schedule.read",
  "POST /projects/:projectId/units": "schedule.edit",
  "PATCH /projects/:projectId/units/:unitId": "schedule.edit",
  "DELETE /projects/:projectId/units/:unitId": "schedule.edit",
  "GET /projects/:projectId/cast-terms": "schedule.read",
  "PUT /projects/:projectId/cast-terms/:elementId": "schedule.edit",
  "PUT /projects/:projectId/locations/:locationId/terms": "schedule.edit",
  "GET /projects/:projectId/schedules": "schedule.read",
  "POST /projects/:projectId/schedules": "schedule.edit",
  "GET /projects/:projectId/schedules/:scheduleId": "schedule.read",
  "PATCH /projects/:projectId/schedules/:scheduleId": "schedule.edit",
  "DELETE /projects/:projectId/schedules/:scheduleId": "schedule.edit",
  "POST /projects/:projectId/schedules/:scheduleId/publish": "schedule.edit",
  "POST /projects/:projectId/schedules/:scheduleId/moves": "schedule.edit",
  "PATCH /projects/:projectId/schedules/:scheduleId/strips/:lineageId": "schedule.edit",
  "PATCH /projects/:projectId/schedules/:scheduleId/days/:dayId": "schedule.edit",
  "POST /projects/:projectId/schedules/:scheduleId/copy": "schedule.edit",
  "GET /projects/:projectId/schedules/:scheduleId/export.uss": "schedule.read",
  "POST /projects/:projectId/schedules/import-uss/preview": "schedule.edit",
  "POST /projects/:projectId/schedules/import-uss": "schedule.edit",
  "POST /projects/:projectId/schedules/:scheduleId/optimizer-runs": "schedule.edit",
  "GET /projects/:projectId/schedules/:scheduleId/optimizer-runs": "schedule.read",
  "GET /projects/:projectId/schedules/:scheduleId/optimizer-runs/:runId": "schedule.read",
  "POST /projects/:projectId/schedules/:scheduleId/optimizer-runs/:runId/cancel": "schedule.edit",
  "POST /projects/:projectId/schedules/:scheduleId/optimizer-runs/:runId/accept": "schedule.edit",
  "POST /projects/:projectId/schedules/:scheduleId/optimizer-runs/:runId/discard": "schedule.edit",
  "GET /projects/:projectId/schedules/:scheduleId/calendar": "schedule.read",
  "GET /projects/:projectId/schedules/:scheduleId/report.pdf": "schedule.read",
  "GET /projects/:projectId/schedules/:scheduleId/report.xlsx": "schedule.read",
  "GET /projects/:projectId/kpp.pdf": "schedule.read",
  "GET /projects/:projectId/kpp.xlsx": "schedule.read",
  "GET /projects/:projectId/dood": "schedule.read",
  "GET /projects/:projectId/dood.csv": "schedule.read",
  "GET /projects/:projectId/dood.xlsx": "schedule.read",
  "GET /projects/:projectId/dood.pdf": "schedule.read",

  // Call sheets and calendar feeds: everyone reads their own; the assistant director writes and sends them.
  "GET /projects/:projectId/callsheets": "schedule.read",
  "GET /projects/:projectId/callsheets/:file{[0-9]+\\.pdf}": "schedule.read",
  "GET /projects/:projectId/callsheets/:dayNumber": "schedule.read",
  "PATCH /projects/:projectId/callsheets/:dayNumber": "schedule.edit",
  "POST /projects/:projectId/callsheets/:dayNumber/publish": "schedule.edit",
  "GET /projects/:projectId/callsheets/:dayNumber/recipients": "schedule.edit",
  "GET /projects/:projectId/my-callsheets": "project.read",
  "POST /projects/:projectId/callsheets/:dayNumber/confirm": "project.read",
  "POST /projects/:projectId/calendar-feeds": "schedule.read",
  "GET /projects/:projectId/calendar-feeds": "schedule.read",
  "DELETE /projects/:projectId/calendar-feeds/:feedId": "schedule.read",

  // The budget: versions, their parts, files and reports.
  "GET /projects/:projectId/budgets": "budget.read",
  "POST /projects/:projectId/budgets": "budget.edit",
  "POST /projects/:projectId/budgets/import": "budget.edit",
  "GET /projects/:projectId/budgets/:budgetId": "budget.read",
  "PATCH /projects/:projectId/budgets/:budgetId": "budget.edit",
  "DELETE /projects/:projectId/budgets/:budgetId": "budget.edit",
  "POST /projects/:projectId/budgets/:budgetId/lock": "budget.lock",
  "POST /projects/:projectId/budgets/:budgetId/versions": "budget.edit",
  "PUT /projects/:projectId/budgets/:budgetId/fringes": "budget.edit",
  "PUT /projects/:projectId/budgets/:budgetId/groups": "budget.edit",
  "PUT /projects/:projectId/budgets/:budgetId/rates": "budget.edit",
  "POST /projects/:projectId/budgets/:budgetId/categories": "budget.edit",
  "PATCH /projects/:projectId/budgets/:budgetId/categories/:code": "budget.edit",
  "DELETE /projects/:projectId/budgets/:budgetId/categories/:code": "budget.edit",
  "POST /projects/:projectId/budgets/:budgetId/categories/:code/accounts": "budget.edit",
  "PATCH /projects/:projectId/budgets/:budgetId/accounts/:code": "budget.edit",
  "DELETE /projects/:projectId/budgets/:budgetId/accounts/:code": "budget.edit",
  "POST /projects/:projectId/budgets/:budgetId/accounts/:code/lines": "budget.edit",
  "PATCH /projects/:projectId/budgets/:budgetId/lines/:lineId": "budget.edit",
  "DELETE /projects/:projectId/budgets/:budgetId/lines/:lineId": "budget.edit",
  "POST /projects/:projectId/budgets/:budgetId/lines/:lineId/move": "budget.edit",
  "GET /projects/:projectId/budgets/:budgetId/export.json": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/chart.json": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/export.pdf": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/export.xlsx": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/export.csv": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/cost-report": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/cost-report.pdf": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/cost-report.xlsx": "budget.read",
  "GET /projects/:projectId/budgets/:budgetId/rebates": "budget.read",
  "PUT /projects/:projectId/budgets/:budgetId/estimates/:code": "actuals.edit",
  "DELETE /projects/:projectId/budgets/:budgetId/estimates/:code": "actuals.edit",

  // Rates and actuals: a partner's books are further limited to its members and those it shares them with.
  "GET /projects/:projectId/rate-tables": "budget.read",
  "GET /projects/:projectId/rate-tables/:tableId": "budget.read",
  "POST /projects/:projectId/rate-tables": "rates.edit",
  "POST /projects/:projectId/rate-tables/import": "rates.edit",
  "POST /projects/:projectId/rate-tables/fetch": "rates.edit",
  "DELETE /projects/:projectId/rate-tables/:tableId": "rates.edit",
  "GET /projects/:projectId/rates/convert": "budget.read",
  "GET /projects/:projectId/actuals": "actuals.read",
  "POST /projects/:projectId/actuals": "actuals.edit",
  "PATCH /projects/:projectId/actuals/:actualId": "actuals.edit",
  "DELETE /projects/:projectId/actuals/:actualId": "actuals.edit",
  "GET /projects/:projectId/actuals/imports": "actuals.read",
  "POST /projects/:projectId/actuals/imports/preview": "actuals.edit",
  "POST /projects/:projectId/actuals/imports": "actuals.edit",
  "DELETE /projects/:projectId/actuals/imports/:importId": "actuals.edit",
  "GET /projects/:projectId/actuals/sharing": "actuals.read",
  "PUT /projects/:projectId/actuals/sharing": "actuals.edit",
};

const apiPrefix = "/api/v1";

/** The rule of the route a request reached, by the route's pattern as registered; undefined when none matched. */
export function routeKeyOf(method: string, routes: readonly { method: string; path: string }[]) {
  const wanted = method === "HEAD" ? "GET" : method;
  const route = routes.find((candidate) => candidate.method === wanted);
  if (!route) return undefined;
  const path = route.path.startsWith(apiPrefix) ? route.path.slice(apiPrefix.length) : route.path;
  return `${route.method} ${path}`;
}

/** Runs after `requireProjectAccess`: 403 unless the caller's role has the route's action. */
export const requireRouteRule: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = routeKeyOf(c.req.method, matchedRoutes(c));
  // No endpoint matched: the router answers 404.
  if (key === undefined) return next();
  const rule = projectRouteRules[key];
  if (rule === undefined) throw forbidden(`no access rule is set for ${key}`);
  const actions: readonly ProjectAction[] = typeof rule === "string" ? [rule] : rule;
  const access = c.get("project");
  if (!actions.some((action) => access.permissions.includes(action))) {
    throw forbidden(`the role ${access.role} may not do ${actions.join(" or ")} on this project`);
  }
  return next();
};
