// Every money event the server writes to the audit log — the budget's, the rate tables', the ledger's — has words
// in both languages: the actions are read from the server's own source, so a new one without words fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { messagesEn } from "../i18n/messages.en.ts";
import { messagesRu } from "../i18n/messages.ru.ts";
import { moneyAuditSubject, moneyAuditWords } from "./audit-words.ts";

const server = fileURLToPath(new URL("../../../server/src/", import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The audit actions written in the server's budget, rate and ledger folders: `action: "…"` and the audit unions. */
function serverActions(): string[] {
  const found = new Set<string>();
  for (const folder of ["budgets", "rates", "actuals"])
    for (const file of sources(join(server, folder))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/action(?:\?)?:\s*((?:"[a-z.-]+"\s*\|?\s*)+)/g))
        for (const action of match[1]!.matchAll(/"([a-z.-]+)"/g)) found.add(action[1]!);
    }
  return [...found].sort();
}

describe("the audit log's money words", () => {
  const actions = serverActions();

  it("finds the server's money actions", () => {
    expect(actions).toEqual(
      expect.arrayContaining([
        "actual.created",
        "actuals.imported",
        "actuals.sharing",
        "budget.created",
        "budget.estimate",
        "budget.imported",
        "budget.locked",
        "rate-table.entered",
        "rate-table.fetched",
        "rate-table.removed",
      ]),
    );
  });

  it("words every one of them in Russian and English", () => {
    for (const action of actions) {
      const words = moneyAuditWords(action, { name: "Смета v2", amount: "10.00", viewers: [] });
      expect(words, action).not.toBeNull();
      expect(messagesRu[words!.key], action).toBeDefined();
      expect(messagesEn[words!.key], action).toBeDefined();
    }
  });

  it("takes the names, amounts, studios and dates from the entry's data", () => {
    expect(
      moneyAuditWords("budget.estimate", {
        name: "Рабочая",
        account: "2100",
        amount: "500000.00",
        currency: "KZT",
      }),
    ).toEqual({
      key: "audit.action.budget.estimate",
      values: { name: "Рабочая", account: "2100", currency: "KZT" },
      amounts: { amount: "500000.00" },
    });
    // A private version's estimate is logged without its figures, and said so.
    expect(moneyAuditWords("budget.estimate", { name: "Своя", account: "2100" })?.key).toBe(
      "audit.action.budget.estimatePrivate",
    );
    expect(moneyAuditWords("rate-table.fetched", { source: "nbk", date: "2026-10-31" })).toMatchObject({
      sources: { source: "nbk" },
      dates: { date: "2026-10-31" },
    });
    expect(moneyAuditWords("actuals.sharing", { ownerId: "by", viewers: ["ru", "kz"] })).toMatchObject({
      key: "audit.action.actuals.sharing",
      studios: { studio: "by" },
      studioLists: { viewers: ["ru", "kz"] },
    });
    expect(moneyAuditWords("actuals.sharing", { ownerId: "by", viewers: [] })?.key).toBe(
      "audit.action.actuals.sharingClosed",
    );
    expect(
      moneyAuditWords("actuals.imported", { partnerId: "by", fileName: "a.csv", rows: 3 }),
    ).toMatchObject({
      values: { file: "a.csv", rows: 3 },
      studios: { studio: "by" },
    });
    expect(moneyAuditWords("document.signed", {})).toBeNull();
  });

  it("names the subjects of money events", () => {
    for (const subject of ["budget:1", "rate-table:2", "actual:3", "actuals-import:4", "actuals-sharing:5"]) {
      const words = moneyAuditSubject(subject);
      expect(words, subject).not.toBeNull();
      expect(messagesRu[words!.key]).toBeDefined();
    }
    expect(moneyAuditSubject("actuals-sharing:org-1")?.studios).toEqual({ studio: "org-1" });
    expect(moneyAuditSubject("document:1")).toBeNull();
  });
});
