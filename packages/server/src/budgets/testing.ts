// Test helpers of the budget routes: the demo's people as clients and a few shortcuts over the real API.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { TestApp, TestClient } from "../testing/test-app.ts";

export const fixturePath = new URL("../../../core/src/budget/fixtures/iskra-budget.json", import.meta.url);
export const fixture = () => JSON.parse(readFileSync(fixturePath, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface BudgetPeople {
  projectId: string;
  /** 1-2-3 Production's producer: reads, edits and locks budgets. */
  producer: TestClient;
  /** Belarusfilm's production accountant: reads and edits, does not lock. */
  accountant: TestClient;
  /** Kyrgyzfilm's costume designer, a department head: no budgets. */
  costume: TestClient;
  /** Signed in, not a partner of the project. */
  stranger: TestClient;
  api: (path: string) => string;
}

export async function budgetPeople(t: TestApp): Promise<BudgetPeople> {
  const producer = t.client();
  await producer.login("producer@iskra.demo", "iskra-demo");
  const accountant = t.client();
  await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
  const costume = t.client();
  await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
  const stranger = await t.newUser("Посторонний");
  const projectId = (await producer.get("/api/v1/projects")).body.projects[0].id as string;
  return {
    projectId,
    producer,
    accountant,
    costume,
    stranger,
    api: (path) => `/api/v1/projects/${projectId}${path}`,
  };
}

let counter = 0;
export const uniqueName = (prefix: string) => `${prefix} ${++counter}`;

/** A draft from a template, as the producer; answers the read. */
export async function createFromTemplate(
  people: BudgetPeople,
  template: { kind: "feature" | "series"; language: "ru" | "en" } = { kind: "feature", language: "ru" },
  baseCurrency = "RUB",
) {
  const response = await people.producer.post(people.api("/budgets"), {
    name: uniqueName("Смета"),
    baseCurrency,
    template,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** A multipart import of a budget file. */
export function importBudget(
  client: TestClient,
  people: BudgetPeople,
  json: unknown,
  name: string,
  raw?: string,
) {
  const form = new FormData();
  form.set("file", new File([raw ?? JSON.stringify(json)], "budget.json", { type: "application/json" }));
  form.set("name", name);
  return client.request("POST", people.api("/budgets/import"), form);
}

interface DocumentLine {
  id: string;
  [field: string]: unknown;
}
interface DocumentCategory {
  code: string;
  accounts: { code: string; lines: DocumentLine[] }[];
}

/** Every line of a read's document, with its place. */
export function documentLines(read: { document: { categories: DocumentCategory[] } }) {
  return read.document.categories.flatMap((category, c) =>
    category.accounts.flatMap((account, a) =>
      account.lines.map((line, l) => ({
        line,
        category: category.code,
        account: account.code,
        path: `categories[${c}].accounts[${a}].lines[${l}]`,
      })),
    ),
  );
}
