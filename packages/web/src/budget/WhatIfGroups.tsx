// What if: a group of lines (a second unit, extended VFX) switched into or out of the totals for a look, without
// saving — the server recomputes with include/suppress. The budget's own setting is changed under «Настройки».
import { useT } from "../i18n/locale.tsx";
import type { BudgetGroup } from "./types.ts";

export function WhatIfGroups({
  groups,
  switches,
  isUpdating,
  onChange,
}: {
  groups: readonly BudgetGroup[];
  /** Groups switched away from the budget's own setting: id → included. */
  switches: Readonly<Record<string, boolean>>;
  isUpdating: boolean;
  onChange: (switches: Record<string, boolean>) => void;
}) {
  const t = useT();
  if (groups.length === 0) return null;
  const isChanged = Object.keys(switches).length > 0;
  return (
    <div
      className={`budget-whatif${isChanged ? " budget-whatif--changed" : ""}`}
      role="group"
      aria-label={t("budget.whatIf.title")}
      data-testid="what-if"
      title={t("budget.whatIf.intro")}
    >
      <span className="budget-whatif__title">{t("budget.whatIf.title")}</span>
      {groups.map((group) => {
        const isIncluded = switches[group.id] ?? group.included;
        return (
          <label key={group.id} className="budget-whatif__item">
            <input
              type="checkbox"
              checked={isIncluded}
              onChange={() => {
                const next = { ...switches };
                if (!isIncluded === group.included) delete next[group.id];
                else next[group.id] = !isIncluded;
                onChange(next);
              }}
            />
            <span>
              {group.name}
              <span className="small muted">
                {" · "}
                {t(group.included ? "budget.whatIf.savedIn" : "budget.whatIf.savedOut")}
              </span>
            </span>
          </label>
        );
      })}
      {isUpdating ? <span className="small muted">{t("budget.whatIf.updating")}</span> : null}
      {isChanged ? (
        <>
          <span className="budget-whatif__note small">{t("budget.whatIf.unsaved")}</span>
          <button type="button" className="button button--ghost button--small" onClick={() => onChange({})}>
            {t("budget.whatIf.reset")}
          </button>
        </>
      ) : null}
    </div>
  );
}
