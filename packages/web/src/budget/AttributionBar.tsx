// Who pays for a category's or an account's lines, in which country they are spent, and which fringes they take —
// what every line below inherits unless it says otherwise. Each is edited in place like a grid cell; a change the
// budget cannot take (a line left without a country) is refused with the reason beside it.
import { useT } from "../i18n/locale.tsx";
import type { FieldError } from "../api/client.ts";
import { budgetApi } from "./api.ts";
import type { AttributionChange, BudgetAccount, BudgetCategory } from "./types.ts";
import { SelectCell } from "./cells.tsx";
import { ChecklistCell } from "./ChecklistCell.tsx";
import { useBudgetEditing } from "./editing.tsx";
import type { GridOptions } from "./grid-options.ts";

/** The refusal of one attribute, or — when the budget refused the change elsewhere — the first reason it gave. */
function attributeError(error: unknown, field: string): FieldError | undefined {
  const fields = (error as { fields?: FieldError[] } | null)?.fields ?? [];
  return fields.find((candidate) => candidate.path === field) ?? fields[0];
}

export function AttributionBar({
  target,
  category,
  grid,
}: {
  /** The account whose attributes these are; absent for the category's own. */
  target?: BudgetAccount;
  category: BudgetCategory;
  grid: GridOptions;
}) {
  const t = useT();
  const { projectId, budgetId, canEdit, edit } = useBudgetEditing();
  const own = target ?? category;
  const inherited = target
    ? { partner: category.partner, country: category.country, fringes: category.fringes ?? [] }
    : { partner: undefined, country: undefined, fringes: [] as string[] };
  const send = (change: AttributionChange) =>
    edit((version) =>
      target
        ? budgetApi.changeAccount(projectId, budgetId, version, target.code, change)
        : budgetApi.changeCategory(projectId, budgetId, version, category.code, change),
    ).then(() => undefined);
  const owner = target ? t("budget.attr.ofAccount", { code: target.code }) : t("budget.attr.ofCategory");
  const cell = (field: "partner" | "country" | "fringes", column: number) => ({
    row: -1,
    column,
    label: `${t(`budget.attr.${field}`)} (${owner})`,
    canEdit,
    errorOf: (error: unknown) => attributeError(error, field),
  });
  const unset = (name: string | undefined) =>
    name ? t("budget.attr.inherit", { name }) : t("budget.attr.unset");
  const countryLabel = (code: string) =>
    grid.countries.find((option) => option.value === code)?.label ?? code;
  const fringeNames = (ids: readonly string[]) =>
    ids.map((id) => grid.fringes.find((option) => option.value === id)?.label ?? id).join(", ");
  const allFringes = [...new Set([...inherited.fringes, ...(own.fringes ?? [])])];

  return (
    <dl className="budget-attribution" data-testid={target ? "account-attribution" : "category-attribution"}>
      {target ? null : (
        <div className="budget-attribution__item budget-attribution__caption">
          <dt>{t("budget.attr.categoryCaption")}</dt>
        </div>
      )}
      <div className="budget-attribution__item">
        <dt>{t("budget.attr.partner")}</dt>
        <dd>
          <SelectCell
            {...cell("partner", 0)}
            value={own.partner ?? ""}
            display={
              <span className={own.partner ? undefined : "budget-inherited"}>
                {own.partner
                  ? grid.partnerName(own.partner)
                  : unset(inherited.partner && grid.partnerName(inherited.partner))}
              </span>
            }
            options={[
              { value: "", label: unset(inherited.partner && grid.partnerName(inherited.partner)) },
              ...grid.partners,
            ]}
            onSave={(value) => send({ partner: value === "" ? null : value })}
          />
        </dd>
      </div>
      <div className="budget-attribution__item">
        <dt>{t("budget.attr.country")}</dt>
        <dd>
          <SelectCell
            {...cell("country", 1)}
            value={own.country ?? ""}
            display={
              <span className={own.country ? undefined : "budget-inherited"}>
                {own.country
                  ? countryLabel(own.country)
                  : unset(inherited.country && countryLabel(inherited.country))}
              </span>
            }
            options={[
              { value: "", label: unset(inherited.country && countryLabel(inherited.country)) },
              ...grid.countries,
            ]}
            onSave={(value) => send({ country: value === "" ? null : value })}
          />
        </dd>
      </div>
      <div className="budget-attribution__item budget-attribution__item--wide">
        <dt>{t("budget.attr.fringes")}</dt>
        <dd>
          <ChecklistCell
            {...cell("fringes", 2)}
            value={own.fringes ?? []}
            fixed={inherited.fringes}
            fixedNote={t("budget.attr.fromCategory")}
            options={grid.fringes}
            display={
              allFringes.length > 0 ? (
                <span className="budget-ellipsis" title={fringeNames(allFringes)}>
                  {fringeNames(allFringes)}
                </span>
              ) : (
                <span className="muted">{t("budget.attr.noFringes")}</span>
              )
            }
            onSave={(value) => send({ fringes: value === "" ? null : value.split(",") })}
          />
        </dd>
      </div>
    </dl>
  );
}
