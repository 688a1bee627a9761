// One detail line in the grid: description, amount × x × rate in a unit and a currency, who pays and where it is
// spent, its fringes and groups — each cell editable in place — and its total, computed by the server.
import { useEffect, useRef, useState } from "react";
import { normalizeDecimalInput } from "../consortium/decimal-input.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { budgetApi } from "./api.ts";
import type { BudgetAccount, BudgetCategory, BudgetLine, BudgetRead, LineChange } from "./types.ts";
import { formatMoney } from "./amounts.ts";
import { InputCell, SelectCell } from "./cells.tsx";
import { ChecklistCell } from "./ChecklistCell.tsx";
import { isStale, useBudgetEditing } from "./editing.tsx";
import { isPlainNumber } from "./formula.ts";
import { FormulaView } from "./FormulaView.tsx";
import type { GridOptions } from "./grid-options.ts";
import { lineFieldError } from "./labels.ts";
import { MoveLineDialog } from "./MoveLineDialog.tsx";

/** A number typed the Russian way ("45 000,50") is the decimal "45000.50"; a formula is kept as written. */
function asFormula(text: string): string {
  const number = normalizeDecimalInput(text);
  return isPlainNumber(number) ? number : text.trim();
}

/** The grid's columns, in order; the arrow keys move along them. */
export const lineColumns = [
  "description",
  "amount",
  "unit",
  "x",
  "rate",
  "currency",
  "partner",
  "country",
  "fringes",
  "groups",
] as const;

export function LineRow({
  line,
  row,
  index,
  count,
  account,
  category,
  grid,
  isNew = false,
}: {
  line: BudgetLine;
  /** Row in the account's grid, for moving between cells with the arrow keys. */
  row: number;
  index: number;
  count: number;
  account: BudgetAccount;
  category: BudgetCategory;
  grid: GridOptions;
  /** Just added: its description takes the focus, ready to be typed over. */
  isNew?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const { projectId, budgetId, read, canEdit, edit } = useBudgetEditing();
  const rowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (isNew) rowRef.current?.querySelector<HTMLElement>('[data-cell-column="0"]')?.focus();
  }, [isNew]);
  const total = grid.lines.get(line.id);
  const isIncluded = total?.included ?? true;

  const send = (change: LineChange) =>
    edit((version) => budgetApi.changeLine(projectId, budgetId, version, line.id, change)).then(
      () => undefined,
    );
  const cell = (field: (typeof lineColumns)[number]) => ({
    row,
    column: lineColumns.indexOf(field),
    label: t(`budget.line.${field}`),
    canEdit,
    errorOf: (error: unknown) => lineFieldError(error, read.document, line.id, field),
  });
  const formula = (text: string) => (
    <FormulaView text={text} values={grid.values} scheduleGlobals={read.scheduleGlobals} />
  );
  const inheritedPartner = account.partner ?? category.partner;
  const inheritedCountry = account.country ?? category.country;
  const partner = line.partner ?? total?.partner ?? inheritedPartner ?? "";
  const country = line.country ?? total?.country ?? inheritedCountry ?? "";
  const inheritedFringes = [...new Set([...(category.fringes ?? []), ...(account.fringes ?? [])])];
  const fringeIds = [...new Set([...inheritedFringes, ...(line.fringes ?? [])])];
  const names = (options: { value: string; label: string }[], ids: readonly string[]) =>
    ids.map((id) => options.find((option) => option.value === id)?.label ?? id).join(", ");
  const [actionError, setActionError] = useState<unknown>(null);
  const [isMoving, setIsMoving] = useState(false);
  const act = (send: (version: number) => Promise<BudgetRead>) => {
    setActionError(null);
    edit(send).catch((error: unknown) => {
      // A change refused because the version moved on is explained once, above the grid.
      if (!isStale(error)) setActionError(error);
    });
  };
  const move = (to: number) =>
    act((version) =>
      budgetApi.moveLine(projectId, budgetId, version, line.id, { account: account.code, index: to }),
    );
  const remove = () => {
    if (!window.confirm(t("budget.line.removeConfirm", { description: line.description }))) return;
    act((version) => budgetApi.removeLine(projectId, budgetId, version, line.id));
  };

  return (
    <tr
      ref={rowRef}
      className={`budget-line${isIncluded ? "" : " budget-line--excluded"}`}
      data-line-id={line.id}
      data-testid="budget-line"
    >
      <td className="budget-line__number">
        <span className="muted">{index + 1}</span>
        {canEdit ? (
          <span className="budget-line__move">
            <button
              type="button"
              className="link-button"
              disabled={index === 0}
              aria-label={t("budget.line.moveUp", { description: line.description })}
              onClick={() => void move(index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="link-button"
              disabled={index === count - 1}
              aria-label={t("budget.line.moveDown", { description: line.description })}
              onClick={() => void move(index + 1)}
            >
              ↓
            </button>
          </span>
        ) : null}
      </td>
      <td className="budget-line__description">
        <InputCell
          {...cell("description")}
          value={line.description}
          display={
            <>
              {line.description}
              {isIncluded ? null : <span className="budget-line__excluded">{t("budget.line.excluded")}</span>}
            </>
          }
          onSave={(description) => send({ description })}
        />
        {actionError ? (
          <div className="budget-cell__error" role="alert">
            {errorText(actionError)}
          </div>
        ) : null}
      </td>
      <td>
        <InputCell
          {...cell("amount")}
          kind="formula"
          align="end"
          value={line.amount}
          display={formula(line.amount)}
          onSave={(amount) => send({ amount: asFormula(amount) })}
        />
      </td>
      <td>
        <SelectCell
          {...cell("unit")}
          value={line.unit}
          display={grid.units.find((unit) => unit.value === line.unit)?.label ?? line.unit}
          options={grid.units}
          onSave={(unit) => send({ unit })}
        />
      </td>
      <td>
        <InputCell
          {...cell("x")}
          kind="formula"
          align="end"
          value={line.x ?? ""}
          display={formula(line.x ?? "1")}
          onSave={(x) => send({ x: x.trim() === "" ? null : asFormula(x) })}
        />
      </td>
      <td>
        <InputCell
          {...cell("rate")}
          kind="formula"
          align="end"
          value={line.rate}
          display={formula(line.rate)}
          onSave={(rate) => send({ rate: asFormula(rate) })}
        />
      </td>
      <td>
        <SelectCell
          {...cell("currency")}
          value={line.currency}
          display={line.currency}
          options={grid.currencies}
          onSave={(currency) => send({ currency })}
        />
      </td>
      <td>
        <SelectCell
          {...cell("partner")}
          value={line.partner ?? ""}
          display={
            <span
              className={`budget-ellipsis${line.partner ? "" : " budget-inherited"}`}
              title={grid.partnerName(partner)}
            >
              {grid.partnerName(partner)}
            </span>
          }
          options={[
            ...(inheritedPartner
              ? [{ value: "", label: t("budget.line.inherit", { name: grid.partnerName(inheritedPartner) }) }]
              : []),
            ...grid.partners,
          ]}
          onSave={(value) => send({ partner: value === "" ? null : value })}
        />
      </td>
      <td>
        <SelectCell
          {...cell("country")}
          value={line.country ?? ""}
          display={<abbr className={line.country ? undefined : "budget-inherited"}>{country}</abbr>}
          options={[
            ...(inheritedCountry
              ? [{ value: "", label: t("budget.line.inherit", { name: inheritedCountry }) }]
              : []),
            ...grid.countries,
          ]}
          onSave={(value) => send({ country: value === "" ? null : value })}
        />
      </td>
      <td>
        <ChecklistCell
          {...cell("fringes")}
          value={line.fringes ?? []}
          fixed={inheritedFringes}
          fixedNote={t("budget.line.fromAccount")}
          options={grid.fringes}
          display={
            <span className="budget-chips" title={names(grid.fringes, fringeIds)}>
              {total && total.fringes.minor !== "0" ? (
                <span className="budget-num">{formatMoney(total.fringes, locale)}</span>
              ) : null}
              {fringeIds.length > 0 ? (
                <span className="budget-ellipsis budget-chips__names">{names(grid.fringes, fringeIds)}</span>
              ) : (
                <span className="muted">—</span>
              )}
            </span>
          }
          onSave={(value) => send({ fringes: value === "" ? null : value.split(",") })}
        />
      </td>
      <td>
        <ChecklistCell
          {...cell("groups")}
          value={line.groups ?? []}
          options={grid.groups}
          display={
            <span className="budget-chips" title={names(grid.groups, line.groups ?? [])}>
              {line.groups?.length ? (
                <span className="budget-ellipsis">{names(grid.groups, line.groups)}</span>
              ) : (
                <span className="muted">—</span>
              )}
            </span>
          }
          onSave={(value) => send({ groups: value === "" ? null : value.split(",") })}
        />
      </td>
      <td className="budget-line__total numeric" data-testid="line-total">
        {total ? (
          <>
            <span className="budget-num">{formatMoney(total.total.display, locale)}</span>
            {line.currency !== total.total.display.currency ? (
              <span className="budget-line__subtotal">
                {formatMoney(total.subtotal, locale)} {total.subtotal.currency}
              </span>
            ) : null}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="budget-line__actions">
        {canEdit ? (
          <>
            <button
              type="button"
              className="link-button budget-line__move-to"
              aria-label={t("budget.line.moveTo", { description: line.description })}
              title={t("budget.line.moveToTitle")}
              onClick={() => setIsMoving(true)}
            >
              ⇄
            </button>
            <button
              type="button"
              className="link-button budget-line__remove"
              aria-label={t("budget.line.remove", { description: line.description })}
              onClick={remove}
            >
              ×
            </button>
          </>
        ) : null}
        {isMoving ? (
          <MoveLineDialog line={line} from={account.code} onClose={() => setIsMoving(false)} />
        ) : null}
      </td>
    </tr>
  );
}
