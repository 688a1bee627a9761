// The OpenAPI 3.1 document at /api/v1/openapi.json, the rule-pack JSON Schema, and a readable reference at /api/v1/docs,
// rendered by Swagger UI from the swagger-ui-dist package (served from here: no CDN).
import { dirname } from "node:path";
import { createRequire } from "node:module";
import { serveStatic } from "@hono/node-server/serve-static";
import { rulePackJsonSchema } from "@kinomost/core";
import type { Router } from "./router.ts";

const swaggerRoot = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kinomost API</title>
  <link rel="stylesheet" href="/api/v1/docs/swagger-ui.css">
</head>
<body>
  <div id="reference"></div>
  <script src="/api/v1/docs/swagger-ui-bundle.js"></script>
  <script src="/api/v1/docs/init.js"></script>
</body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#reference", deepLinking: true });`;

export function registerDocs(api: Router) {
  api.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "kinomost_session",
    description: "Set by /auth/login. Writes also need the X-CSRF-Token header from the login answer.",
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "token", {
    type: "http",
    scheme: "bearer",
    description: "A personal API token created at /auth/tokens.",
  });
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Kinomost API",
      version: "1",
      description:
        "The HTTP API of Kinomost, the platform for international film and TV co-production. " +
        'Errors have one shape: {"error": {"code", "message", "fields": [{"path", "message"}]}}.',
    },
    servers: [{ url: "/api/v1" }],
  });
  // The format of a project's own rule packs, for authors' editors (`$schema` in JSON, yaml-language-server).
  api.get("/rule-pack.schema.json", (c) => c.json(rulePackJsonSchema));
  api.get("/docs", (c) => c.html(page));
  api.get("/docs/init.js", (c) => c.body(init, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  api.use(
    "/docs/*",
    serveStatic({ root: swaggerRoot, rewriteRequestPath: (path) => path.replace(/^\/api\/v1\/docs/, "") }),
  );
}
