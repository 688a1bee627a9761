// What the detail grid offers and looks up, built once per read: the choices of its pickers, every global's value,
// and the computed totals of each line, account and category by id and code.
import { useMemo } from "react";
import { countryCodes, countryName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import type { AccountTotal, BudgetRead, CategoryTotal, LineTotal, VarianceRow } from "./types.ts";
import { resolveGlobals, type FormulaValue } from "./formula.ts";
import { defaultUnitIds, useUnitLabel } from "./labels.ts";

export interface Option {
  value: string;
  label: string;
  group?: string;
}

export interface GridOptions {
  units: Option[];
  currencies: Option[];
  partners: Option[];
  countries: Option[];
  fringes: Option[];
  groups: Option[];
  values: ReadonlyMap<string, FormulaValue>;
  lines: ReadonlyMap<string, LineTotal>;
  accounts: ReadonlyMap<string, AccountTotal>;
  categories: ReadonlyMap<string, CategoryTotal>;
  accountVariance: ReadonlyMap<string, VarianceRow>;
  partnerName: (id: string) => string;
}

export function useGridOptions(read: BudgetRead): GridOptions {
  const t = useT();
  const { locale } = useLocale();
  const unitLabel = useUnitLabel(read.document);
  return useMemo(() => {
    const { document, totals } = read;
    const unitIds = [...new Set([...defaultUnitIds, ...Object.keys(document.units ?? {})])];
    const currencies = [...new Set([document.baseCurrency, ...Object.keys(document.rates.perUnit).sort()])];
    const partnerCountries = [
      ...new Set(document.partners.flatMap((partner) => (partner.country ? [partner.country] : []))),
    ];
    const otherCountries = countryCodes.filter((code) => !partnerCountries.includes(code));
    const categories = totals?.categories ?? [];
    const accounts = categories.flatMap((category) => category.accounts);
    const names = new Map(document.partners.map((partner) => [partner.id, partner.name]));
    return {
      units: unitIds.map((unit) => ({ value: unit, label: unitLabel(unit) })),
      currencies: currencies.map((currency) => ({ value: currency, label: currency })),
      partners: document.partners.map((partner) => ({ value: partner.id, label: partner.name })),
      countries: [
        ...partnerCountries.map((code) => ({
          value: code,
          label: `${code} · ${countryName(code, locale)}`,
          group: t("budget.grid.partnerCountries"),
        })),
        ...otherCountries.map((code) => ({
          value: code,
          label: `${code} · ${countryName(code, locale)}`,
          group: t("budget.grid.otherCountries"),
        })),
      ],
      fringes: document.fringes.map((fringe) => ({ value: fringe.id, label: fringe.name })),
      groups: document.groups.map((group) => ({ value: group.id, label: group.name })),
      values: resolveGlobals(document.globals, read.scheduleGlobals),
      lines: new Map(
        accounts.flatMap((account) => account.lines.flatMap((line) => (line.id ? [[line.id, line]] : []))),
      ),
      accounts: new Map(accounts.map((account) => [account.code, account])),
      categories: new Map(categories.map((category) => [category.code, category])),
      accountVariance: new Map((totals?.variance?.accounts ?? []).map((row) => [row.code, row])),
      partnerName: (id: string) => names.get(id) ?? id,
    };
  }, [read, locale, t, unitLabel]);
}
