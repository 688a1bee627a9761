// Builds the whole HTTP application: security headers, health check, the /api/v1 routes with their
// OpenAPI document, and the web app. It starts nothing and listens nowhere: `serve.ts` does that.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { serveStatic } from "@hono/node-server/serve-static";
import { sql } from "drizzle-orm";
import type { AppEnv, Services } from "./context.ts";
import { ApiError, errorBody, handleError } from "./http/errors.ts";
import { createRouter } from "./http/router.ts";
import { registerDocs } from "./http/docs.ts";
import { requireUser } from "./accounts/authenticate.ts";
import { registerAccountRoutes } from "./accounts/routes.ts";
import { registerOrganizationRoutes } from "./organizations/routes.ts";
import { registerPartnershipRoutes } from "./projects/partnerships.ts";
import { registerProjectRoutes } from "./projects/routes.ts";
import { registerScriptRoutes } from "./scripts/routes.ts";
import { registerLocationRoutes } from "./locations/routes.ts";
import { registerBreakdownElementRoutes } from "./breakdown/element-routes.ts";
import { registerSceneBreakdownRoutes } from "./breakdown/scene-routes.ts";
import { registerBreakdownSheetRoutes } from "./breakdown/sheet-routes.ts";
import { registerTranslationRoutes } from "./scripts/translations.ts";
import { registerDocumentRoutes } from "./documents/routes.ts";
import { registerAuditRoutes } from "./audit/routes.ts";
import { registerConsortiumRoutes } from "./consortium/routes.ts";
import { registerContributionRoutes } from "./consortium/contributions.ts";
import { registerPeopleRoutes } from "./consortium/people.ts";
import { registerRulePackRoutes } from "./consortium/rule-packs.ts";
import { registerUnitRoutes } from "./schedules/unit-routes.ts";
import { registerScheduleTermRoutes } from "./schedules/term-routes.ts";
import { registerScheduleRoutes } from "./schedules/routes.ts";
import { registerDoodRoutes } from "./schedules/dood/routes.ts";
import { registerScheduleCalendarRoutes } from "./schedules/calendar-view/routes.ts";
import { registerScheduleReportRoutes } from "./schedules/report/routes.ts";
import { registerArrangementRoutes } from "./schedules/arrangement/routes.ts";
import { registerUssRoutes } from "./schedules/uss/routes.ts";
import { registerOptimizationRoutes } from "./optimization/routes.ts";
import { registerCallSheetRoutes } from "./call-sheets/routes.ts";
import { feedPathPattern, registerCalendarRoutes } from "./calendar/routes.ts";
import { registerBudgetRoutes } from "./budgets/routes.ts";
import { registerActualsRoutes } from "./actuals/routes.ts";
import { registerRateRoutes } from "./rates/routes.ts";
import { registerBudgetExportRoutes } from "./budgets/exports/routes.ts";
import { registerBudgetReportRoutes } from "./budgets/reports/routes.ts";

const bodyMethods = new Set(["POST", "PUT", "PATCH"]);

/** Routes that take files (multipart/form-data, up to `maxUploadBytes`); every other body is JSON. */
const uploadRoutes = [
  /^\/api\/v1\/projects\/[^/]+\/scripts\/import$/,
  /^\/api\/v1\/projects\/[^/]+\/scripts\/drafts\/[^/]+\/translations$/,
  /^\/api\/v1\/projects\/[^/]+\/documents\/[^/]+\/versions\/[^/]+\/files$/,
  /^\/api\/v1\/projects\/[^/]+\/rule-packs$/,
  /^\/api\/v1\/projects\/[^/]+\/budgets\/import$/,
  /^\/api\/v1\/projects\/[^/]+\/actuals\/imports(\/preview)?$/,
  /^\/api\/v1\/projects\/[^/]+\/rate-tables\/import$/,
  /^\/api\/v1\/projects\/[^/]+\/schedules\/import-uss(\/preview)?$/,
];
const isUploadRoute = (path: string) => uploadRoutes.some((route) => route.test(path));

export function createApp(services: Services) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("services", services);
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: "same-origin",
    }),
  );

  app.get("/healthz", async (c) => {
    try {
      await services.db.execute(sql`select 1`);
      return c.json({ status: "ok" });
    } catch (error) {
      services.log(`health check failed: ${(error as Error).message}`);
      return c.json({ status: "unavailable" }, 503);
    }
  });

  const api = createRouter();
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, "PAYLOAD_TOO_LARGE", `the request body is larger than ${maxSize} bytes`);
      },
    });
  const jsonLimit = limit(services.config.maxBodyBytes);
  const uploadLimit = limit(services.config.maxUploadBytes);
  api.use((c, next) => (isUploadRoute(c.req.path) ? uploadLimit(c, next) : jsonLimit(c, next)));
  api.use(async (c, next) => {
    const length = c.req.header("content-length");
    const hasBody =
      (length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined;
    const type = c.req.header("content-type") ?? "";
    const isJson = /^application\/json\s*(;|$)/i.test(type);
    const isUpload = isUploadRoute(c.req.path) && /^multipart\/form-data\s*;/i.test(type);
    if (bodyMethods.has(c.req.method) && hasBody && !isJson && !isUpload) {
      throw new ApiError(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "request bodies must be JSON (Content-Type: application/json)",
      );
    }
    await next();
  });
  // Every API route needs a signed-in caller unless it is listed here: a new route is private by default.
  api.use(async (c, next) => {
    const path = c.req.path.slice("/api/v1".length);
    const isPublic =
      (c.req.method === "POST" && (path === "/auth/login" || path === "/auth/signup")) ||
      (c.req.method === "GET" &&
        (path === "/openapi.json" ||
          path === "/rule-pack.schema.json" ||
          path === "/docs" ||
          path.startsWith("/docs/"))) ||
      // A calendar feed: calendar programs cannot sign in; the secret token in the path is the key.
      ((c.req.method === "GET" || c.req.method === "HEAD") && feedPathPattern.test(path));
    return isPublic ? next() : requireUser(c, next);
  });
  registerAccountRoutes(api);
  registerOrganizationRoutes(api);
  registerPartnershipRoutes(api);
  registerProjectRoutes(api);
  registerScriptRoutes(api);
  registerLocationRoutes(api);
  registerTranslationRoutes(api);
  registerBreakdownElementRoutes(api);
  registerSceneBreakdownRoutes(api);
  registerBreakdownSheetRoutes(api);
  registerDocumentRoutes(api);
  registerAuditRoutes(api);
  registerConsortiumRoutes(api);
  registerContributionRoutes(api);
  registerPeopleRoutes(api);
  registerRulePackRoutes(api);
  registerUnitRoutes(api);
  registerScheduleTermRoutes(api);
  registerScheduleRoutes(api);
  registerDoodRoutes(api);
  registerScheduleCalendarRoutes(api);
  registerScheduleReportRoutes(api);
  registerArrangementRoutes(api);
  registerUssRoutes(api);
  registerOptimizationRoutes(api);
  registerCallSheetRoutes(api);
  registerCalendarRoutes(api);
  registerBudgetRoutes(api);
  registerActualsRoutes(api);
  registerRateRoutes(api);
  registerBudgetExportRoutes(api);
  registerBudgetReportRoutes(api);
  registerDocs(api);
  api.notFound((c) => c.json(errorBody("NOT_FOUND", `no route ${c.req.method} ${c.req.path}`), 404));
  app.route("/api/v1", api);
  app.all("/api/*", (c) => c.json(errorBody("NOT_FOUND", `no route ${c.req.method} ${c.req.path}`), 404));

  const webRoot = services.config.webRoot;
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    app.use("/*", serveStatic({ root: webRoot }));
    // Client-side routes (/projects/…) get the app's page; the app's router takes it from there.
    app.get("*", async (c) => c.html(await readFile(join(webRoot, "index.html"), "utf8")));
  } else {
    app.get("/", (c) => c.text("Kinomost API is running; the web app is not built (npm run build).", 200));
  }

  app.onError((error, c) => handleError(error, c, services.log));
  api.onError((error, c) => handleError(error, c, services.log));
  return app;
}

export type App = ReturnType<typeof createApp>;
