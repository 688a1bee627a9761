// A formula as a cell shows it: a plain number formatted, or the formula with what it comes to ("SHOOTDAYS = 50"),
// and «из КПП» when it takes days from the published shooting schedule.
import type { Locale } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { formatDecimal, formatQuantity } from "./amounts.ts";
import {
  evaluateFormula,
  formulaNames,
  fractionToDecimal,
  isPlainNumber,
  isScheduleGlobal,
} from "./formula.ts";
import type { FormulaValue } from "./formula.ts";

function shownValue(value: FormulaValue, locale: Locale): string | null {
  if (!value.ok) return null;
  const { text, isExact } = fractionToDecimal(value.value);
  return `${isExact ? "=" : "≈"} ${formatQuantity(text, locale)}`;
}

export function FormulaView({
  text,
  values,
  scheduleGlobals,
}: {
  text: string;
  values: ReadonlyMap<string, FormulaValue>;
  scheduleGlobals: Readonly<Record<string, string>>;
}) {
  const { locale } = useLocale();
  // A plain number keeps the decimals it was written with: a rate of "15000.50" reads «15 000,50».
  if (isPlainNumber(text)) return <span className="budget-num">{formatDecimal(text.trim(), locale)}</span>;
  const value = evaluateFormula(text, values);
  const shown = shownValue(value, locale);
  return (
    <span className="budget-formula">
      <code className="budget-formula__text" title={text}>
        {text}
      </code>
      {shown ? (
        <span className="budget-formula__value">{shown}</span>
      ) : (
        <span className="budget-formula__value budget-formula__value--bad">?</span>
      )}
      <ScheduleMark text={text} scheduleGlobals={scheduleGlobals} />
    </span>
  );
}

/** «из КПП» on a formula that reads CAST_<n>_DAYS and the like; a warning while no board is published. */
export function ScheduleMark({
  text,
  scheduleGlobals,
}: {
  text: string;
  scheduleGlobals: Readonly<Record<string, string>>;
}) {
  const t = useT();
  const used = formulaNames(text).filter(isScheduleGlobal);
  if (used.length === 0) return null;
  const missing = used.filter((name) => scheduleGlobals[name] === undefined);
  const title =
    missing.length > 0
      ? t("budget.schedule.missing", { names: missing.join(", ") })
      : t("budget.schedule.title", {
          values: used.map((name) => `${name} = ${scheduleGlobals[name]}`).join(", "),
        });
  return (
    <span
      className={`budget-schedule-mark${missing.length > 0 ? " budget-schedule-mark--missing" : ""}`}
      title={title}
      data-testid="schedule-mark"
    >
      {t("budget.schedule.mark")}
    </span>
  );
}
