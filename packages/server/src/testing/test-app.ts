// The real application in-process over a fresh database, with a controllable clock and clients that
// keep their own cookies and CSRF token, like a browser would. No part of the server is mocked.
import { createTestDatabase, type Backend } from "@kinomost/db/testing";
import type { DatabaseHandle } from "@kinomost/db";
import { createApp } from "../app.ts";
import { createOptimizationQueue } from "../optimization/queue.ts";
import { defaultConfig, type ServerConfig } from "../context.ts";
import { seedDemo } from "../demo/iskra.ts";

export interface TestApp {
  database: DatabaseHandle;
  /** Moves the application's clock. */
  clock: { now: Date; advance(ms: number): void };
  client(): TestClient;
  /** A client signed in as a new user with a new organization of their own (admin). */
  newUser(name?: string): Promise<TestClient & { userId: string; organizationId: string }>;
  logs: string[];
  /** Every endpoint the application routes ("GET", "/api/v1/projects/:projectId"), middleware left out. */
  routes: readonly { method: string; path: string }[];
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read it freely
  headers: Headers;
  /** The body as it came, for files (PDF, CSV). */
  bytes: Uint8Array;
}

export interface TestClient {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  get(path: string): Promise<TestResponse>;
  post(path: string, body?: unknown): Promise<TestResponse>;
  patch(path: string, body: unknown): Promise<TestResponse>;
  put(path: string, body: unknown): Promise<TestResponse>;
  delete(path: string): Promise<TestResponse>;
  login(email: string, password: string): Promise<TestResponse>;
  csrfToken: string | null;
}

let counter = 0;

export async function createTestApp(
  backend: Backend,
  options: { demo?: boolean; config?: Partial<ServerConfig> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(backend);
  const clock = {
    now: new Date("2026-11-27T09:00:00Z"),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  if (options.demo) await seedDemo(database.db, clock.now);
  const logs: string[] = [];
  const log = (message: string) => logs.push(message);
  // Runs take real seconds in real threads; their timestamps follow the test's clock.
  const optimizer = await createOptimizationQueue(database, { now: () => clock.now, log });
  const app = createApp({
    db: database.db,
    config: { ...defaultConfig, ...options.config },
    now: () => clock.now,
    log,
    optimizer,
  });

  function client(): TestClient {
    let cookie: string | null = null;
    const self: TestClient = {
      csrfToken: null,
      async request(method, path, body, headers = {}) {
        const init: RequestInit = { method, headers: { ...headers } };
        const all = init.headers as Record<string, string>;
        if (cookie) all.cookie = cookie;
        if (self.csrfToken && !("x-csrf-token" in all)) all["x-csrf-token"] = self.csrfToken;
        if (body instanceof FormData) {
          init.body = body; // the request sets its own multipart boundary
        } else if (body !== undefined) {
          init.body = typeof body === "string" ? body : JSON.stringify(body);
          all["content-type"] ??= "application/json";
        }
        const response = await app.request(path, init);
        const setCookie = response.headers.get("set-cookie");
        if (setCookie) {
          const [pair] = setCookie.split(";");
          cookie = pair!.endsWith("=") ? null : pair!;
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        // The byte-order mark is kept, so that tests see exactly what a download would hold.
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        const type = response.headers.get("content-type") ?? "";
        const parsed = type.includes("json") && text ? JSON.parse(text) : text;
        if (parsed && typeof parsed === "object" && "csrfToken" in parsed) self.csrfToken = parsed.csrfToken;
        return { status: response.status, body: parsed, headers: response.headers, bytes };
      },
      get: (path) => self.request("GET", path),
      post: (path, body) => self.request("POST", path, body),
      patch: (path, body) => self.request("PATCH", path, body),
      put: (path, body) => self.request("PUT", path, body),
      delete: (path) => self.request("DELETE", path),
      login: (email, password) => self.post("/api/v1/auth/login", { email, password }),
    };
    return self;
  }

  return {
    database,
    clock,
    client,
    logs,
    routes: endpointsOf(app.routes),
    async newUser(name = "Тестовый пользователь") {
      const user = client();
      counter += 1;
      const signup = await user.post("/api/v1/auth/signup", {
        email: `user${counter}-${Date.now()}@example.test`,
        password: "correct horse battery",
        name,
      });
      if (signup.status !== 201) throw new Error(`signup failed: ${JSON.stringify(signup.body)}`);
      const organization = await user.post("/api/v1/organizations", {
        names: { ru: `Студия ${counter}`, en: `Studio ${counter}` },
        country: "UZ",
        currency: "UZS",
      });
      if (organization.status !== 201)
        throw new Error(`organization failed: ${JSON.stringify(organization.body)}`);
      return Object.assign(user, {
        userId: signup.body.user.id,
        organizationId: organization.body.organization.id,
      });
    },
    close: async () => {
      await optimizer.close();
      await database.close();
    },
  };
}

/** The app's endpoints, each once: Hono lists an OpenAPI route's validators beside its handler. */
function endpointsOf(routes: readonly { method: string; path: string }[]) {
  const seen = new Map<string, { method: string; path: string }>();
  for (const { method, path } of routes) {
    if (method === "ALL") continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}
