// The cost report laid out for paper and workbooks: one sheet with the accounts under their categories, then the
// partners (agreed share against share of spend), the countries, what the caller's view of the ledger covers and
// what was left out. Pure: the computed report in, a report document out.
import { countryName } from "@kinomost/core";
import type { Cell, Column, ReportDocument, ReportHeader, Row, Table } from "../exports/document.ts";
import { formatDay, label, type ReportLanguage } from "../exports/labels.ts";
import { costFields, type CostAmounts, type CostReportView } from "./cost-report.ts";

const fieldLabels = {
  budget: "budget",
  actual: "actual",
  estimateToComplete: "estimateToComplete",
  estimateAtCompletion: "estimateAtCompletion",
  variance: "costVariance",
  fxVariance: "fxVariance",
} as const;

export function costReportDocument(
  view: CostReportView,
  header: ReportHeader,
  language: ReportLanguage,
): ReportDocument {
  const t = (key: Parameters<typeof label>[0], values?: Record<string, string>) =>
    label(key, language, values);
  const amountColumns: Column[] = costFields.map((field) => ({
    label: t(fieldLabels[field]),
    kind: "money",
    width: 15,
  }));
  const amounts = (row: CostAmounts): Cell[] => costFields.map((field) => row[field]);
  const percent = (value: string | null): Cell => (value === null ? null : { percent: value });

  const accountRows: Row[] = view.categories.flatMap((category) => [
    { cells: [category.code, category.name, ...amounts(category)], style: "subtotal" as const },
    ...view.accounts
      .filter((account) => account.category.code === category.code)
      .map((account) => ({ cells: [account.code, account.name, ...amounts(account)], indent: 1 })),
  ]);
  accountRows.push({ cells: ["", t("grandTotal"), ...amounts(view.total)], style: "total" });
  const entered = view.accounts.filter((account) => account.estimate?.counted);
  const notCounted = view.accounts.filter((account) => account.estimate && !account.estimate.counted);
  const codes = (accounts: readonly { code: string }[]) => accounts.map((account) => account.code).join(", ");
  const estimateNotes = [
    entered.length > 0 ? t("estimatesEntered", { accounts: codes(entered) }) : t("estimatesComputed"),
    ...(notCounted.length > 0 ? [t("estimatesNotCounted", { accounts: codes(notCounted) })] : []),
  ];
  const byAccount: Table = {
    title: t("byAccount"),
    notes: estimateNotes,
    columns: [
      { label: t("code"), kind: "text", width: 8 },
      { label: t("account"), kind: "text", width: 36 },
      ...amountColumns,
    ],
    rows: accountRows,
  };
  const byPartner: Table = {
    title: t("byPartner"),
    columns: [
      { label: t("partner"), kind: "text", width: 30 },
      { label: t("agreedShare"), kind: "percent", width: 10 },
      { label: t("actualShare"), kind: "percent", width: 10 },
      ...amountColumns,
    ],
    rows: view.partners.map((partner) => ({
      cells: [partner.name, percent(partner.agreedShare), percent(partner.actualShare), ...amounts(partner)],
      style: partner.included ? ("normal" as const) : ("muted" as const),
    })),
  };
  const byCountry: Table = {
    title: t("byCountry"),
    columns: [
      { label: t("country"), kind: "text", width: 30 },
      { label: t("actualShare"), kind: "percent", width: 10 },
      ...amountColumns,
    ],
    rows: view.countries.map((country) => ({
      cells: [
        `${countryName(country.country, language)} (${country.country})`,
        percent(country.actualShare),
        ...amounts(country),
      ],
    })),
  };
  const names = (included: boolean) =>
    view.coverage.partners
      .filter((partner) => partner.included === included)
      .map((partner) => partner.name)
      .join(", ");
  const notes = [t("coverage", { partners: names(true) || "—" })];
  if (!view.coverage.complete) notes.push(t("notShared", { partners: names(false) }));
  const tables = [byAccount, { ...byPartner, notes }, byCountry];
  if (view.problems.length > 0) {
    tables.push({
      title: t("problems"),
      columns: [
        { label: t("account"), kind: "text", width: 10 },
        { label: t("partner"), kind: "text", width: 24 },
        { label: t("amount"), kind: "money", width: 18 },
        { label: t("description"), kind: "text", width: 70 },
      ],
      rows: view.problems.map((problem) => ({
        cells: [
          problem.account,
          view.coverage.partners.find((partner) => partner.id === problem.partner)?.name ?? problem.partner,
          problem.amount,
          `${t(`problem${problem.code}`, { account: problem.account, currency: problem.currency, to: view.currency })} (${t("problemRows", { rows: String(problem.rows), from: formatDay(problem.firstDate, language), to: formatDay(problem.lastDate, language) })})`,
        ],
      })),
    });
  }
  const basis = t(view.basis === "budget" ? "basisBudget" : "basisActual");
  const title = `${t("costReport")}, ${basis}`;
  return {
    language,
    title: t("costReport"),
    header: { ...header, currency: view.currency },
    sheets: [{ name: t("costReport"), title, tables }],
  };
}
