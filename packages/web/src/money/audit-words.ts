// The audit log's words for the money events the server records: budget versions (created, imported, locked,
// deleted, an account's estimate to complete set or cleared), rate tables (imported from a bank's file, fetched
// from its site, typed in, removed), single costs and ledger imports, and who sees a studio's books. Pure: the
// entry's action and data in, a catalog key and its values out; the audit panel says it in the interface language.
import type { MessageKey } from "../i18n/messages.ru.ts";

export interface AuditWords {
  key: MessageKey;
  values: Record<string, string | number>;
  /** Values that are organization ids, to be named by the panel. */
  studios?: Record<string, string>;
  /** Values that are lists of organization ids, to be named and joined. */
  studioLists?: Record<string, string[]>;
  /** Values that are ISO dates, to be written the reader's way. */
  dates?: Record<string, string>;
  /** Values that are rate sources (cbr, nbrb … manual), to be named. */
  sources?: Record<string, string>;
  /** Values that are exact decimal amounts, to be written with the reader's separators. */
  amounts?: Record<string, string>;
}

const text = (data: unknown, key: string): string => {
  const value =
    data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
};
const list = (data: unknown, key: string): string[] => {
  const value =
    data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
};

/** The money actions the server writes, each with its words; null for an action of another part of the product. */
export function moneyAuditWords(action: string, data: unknown): AuditWords | null {
  const name = text(data, "name");
  switch (action) {
    case "budget.created":
      return { key: "audit.action.budget.created", values: { name } };
    case "budget.imported":
      return { key: "audit.action.budget.imported", values: { name, file: text(data, "file") } };
    case "budget.locked":
      return {
        key: "audit.action.budget.locked",
        values: { name, currency: text(data, "currency") },
        amounts: { total: text(data, "total") },
      };
    case "budget.deleted":
      return { key: "audit.action.budget.deleted", values: { name } };
    case "budget.estimate":
      return text(data, "amount")
        ? {
            key: "audit.action.budget.estimate",
            values: { name, account: text(data, "account"), currency: text(data, "currency") },
            amounts: { amount: text(data, "amount") },
          }
        : { key: "audit.action.budget.estimatePrivate", values: { name, account: text(data, "account") } };
    case "budget.estimate.cleared":
      return {
        key: "audit.action.budget.estimate.cleared",
        values: { name, account: text(data, "account") },
      };
    case "rate-table.imported":
    case "rate-table.fetched":
    case "rate-table.entered":
    case "rate-table.removed":
      return {
        key: `audit.action.${action}`,
        values: {},
        sources: { source: text(data, "source") },
        dates: { date: text(data, "date") },
      };
    case "actual.created":
    case "actual.edited":
    case "actual.deleted":
      return { key: `audit.action.${action}`, values: {}, studios: { studio: text(data, "partnerId") } };
    case "actuals.imported":
    case "actuals.import.undone":
      return {
        key:
          action === "actuals.imported"
            ? "audit.action.actuals.imported"
            : "audit.action.actuals.import.undone",
        values: { file: text(data, "fileName"), rows: Number(text(data, "rows") || 0) },
        studios: { studio: text(data, "partnerId") },
      };
    case "actuals.sharing": {
      const viewers = list(data, "viewers");
      return {
        key: viewers.length > 0 ? "audit.action.actuals.sharing" : "audit.action.actuals.sharingClosed",
        values: {},
        studios: { studio: text(data, "ownerId") },
        studioLists: { viewers },
      };
    }
    default:
      return null;
  }
}

/** The subject of a money event: a budget version, a rate table, a cost, an import, a studio's books. */
export function moneyAuditSubject(subject: string): AuditWords | null {
  const [kind, id = ""] = subject.split(/:(.*)/su);
  switch (kind) {
    case "budget":
      return { key: "audit.subject.budget", values: {} };
    case "rate-table":
      return { key: "audit.subject.rateTable", values: {} };
    case "actual":
      return { key: "audit.subject.actual", values: {} };
    case "actuals-import":
      return { key: "audit.subject.actualsImport", values: {} };
    case "actuals-sharing":
      return { key: "audit.subject.actualsSharing", values: {}, studios: { studio: id } };
    default:
      return null;
  }
}
