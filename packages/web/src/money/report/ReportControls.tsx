// What a report is computed for: the budget version (сметa), the reporting currency and, for the cost report, the
// rates actuals are converted at. The choices live in the address beside the view.
import { useId } from "react";
import { useSearchParams } from "react-router-dom";
import { useT } from "../../i18n/locale.tsx";
import type { BudgetSummary, ReportBasis } from "../types.ts";
import { defaultBudget } from "../queries.ts";

export interface ReportChoice {
  budget: BudgetSummary | undefined;
  /** Undefined: the budget's display currency, as the server chooses. */
  currency: string | undefined;
  basis: ReportBasis;
  set: (key: "budget" | "currency" | "basis", value: string) => void;
}

export function useReportChoice(budgets: readonly BudgetSummary[] | undefined): ReportChoice {
  const [params, setParams] = useSearchParams();
  const list = budgets ?? [];
  const asked = params.get("budget");
  const budget = list.find((entry) => entry.id === asked) ?? defaultBudget(list);
  const currency = params.get("currency") || undefined;
  const basis: ReportBasis = params.get("basis") === "actual" ? "actual" : "budget";
  const set = (key: "budget" | "currency" | "basis", value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { budget, currency, basis, set };
}

export function ReportControls({
  budgets,
  choice,
  currencies,
  shownCurrency,
  withBasis,
}: {
  budgets: readonly BudgetSummary[];
  choice: ReportChoice;
  currencies: readonly string[];
  shownCurrency: string | undefined;
  withBasis: boolean;
}) {
  const t = useT();
  const ids = useId();
  const currency = choice.currency ?? shownCurrency ?? "";
  return (
    <form className="toolbar-form money-report-controls" onSubmit={(event) => event.preventDefault()}>
      <label className="money-filter money-filter--wide">
        <span className="field__label">{t("money.report.budget")}</span>
        <select
          value={choice.budget?.id ?? ""}
          onChange={(event) => choice.set("budget", event.target.value)}
        >
          {budgets.map((budget) => (
            <option key={budget.id} value={budget.id}>
              {budget.name}
              {budget.status === "locked" ? ` · ${t("money.budget.locked")}` : ""}
            </option>
          ))}
        </select>
      </label>
      <label className="money-filter money-filter--narrow">
        <span className="field__label">{t("money.report.currency")}</span>
        <select value={currency} onChange={(event) => choice.set("currency", event.target.value)}>
          {[...new Set([currency, ...currencies])].filter(Boolean).map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      {withBasis ? (
        <fieldset className="money-segmented" aria-labelledby={`${ids}-basis`}>
          <legend className="field__label" id={`${ids}-basis`}>
            {t("money.report.basis")}
          </legend>
          <div className="money-segmented__options">
            {(["budget", "actual"] as const).map((basis) => (
              <label
                key={basis}
                className={
                  choice.basis === basis ? "money-segmented__option active" : "money-segmented__option"
                }
              >
                <input
                  type="radio"
                  name={`${ids}-basis`}
                  className="visually-hidden"
                  checked={choice.basis === basis}
                  onChange={() => choice.set("basis", basis)}
                />
                {t(`money.report.basis.${basis}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </form>
  );
}
