// The budget's detail lines as CSV (RFC 4180: CRLF, fields quoted where needed), one row per line, for other
// budgeting and accounting software. Amounts are plain decimals with a dot, in the currency named beside them;
// text cells are guarded against formula injection. Starts with a byte order mark so that Excel reads Cyrillic.
import { formatMoneyDecimal } from "@kinomost/core";
import { stringify } from "csv-stringify/sync";
import type { DetailLine } from "./detail.ts";
import { label, type ReportLanguage } from "./labels.ts";
import { isDecimalText } from "./line-values.ts";

// A spreadsheet runs a cell that starts with one of these as a formula; a leading apostrophe keeps it text
// (OWASP "CSV injection"). Descriptions and names come from users, so every text cell is guarded.
const guardFormula = (cell: string) => (/^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell);
// A factor is a number (left as it is, negative or not) or, when it did not evaluate, a formula: text to guard.
const factor = (cell: string) => (isDecimalText(cell) ? cell : guardFormula(cell));

export function detailCsv(lines: readonly DetailLine[], language: ReportLanguage): string {
  const t = (key: Parameters<typeof label>[0]) => label(key, language);
  const header = [
    `${t("code")} (${t("category")})`,
    t("category"),
    `${t("code")} (${t("account")})`,
    t("account"),
    t("description"),
    t("quantity"),
    t("unit"),
    "X",
    t("rate"),
    t("currency"),
    t("lineSubtotal"),
    t("fringes"),
    t("total"),
    `${t("currency")} (${t("total")})`,
    t("partner"),
    t("country"),
    t("included"),
  ];
  const rows = lines.map((line) => [
    guardFormula(line.categoryCode),
    guardFormula(line.categoryName),
    guardFormula(line.accountCode),
    guardFormula(line.accountName),
    guardFormula(line.description),
    factor(line.amount),
    guardFormula(line.unit),
    factor(line.x),
    factor(line.rate),
    line.currency,
    formatMoneyDecimal(line.subtotal),
    formatMoneyDecimal(line.fringes),
    formatMoneyDecimal(line.totalBase),
    line.totalBase.currency,
    guardFormula(line.partner),
    line.country,
    line.included ? t("yes") : t("no"),
  ]);
  return stringify([header, ...rows], { record_delimiter: "\r\n", bom: true });
}
