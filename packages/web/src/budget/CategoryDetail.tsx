// A category (раздел) of the top sheet opened: who pays and where, and the fringes its lines take; its accounts
// (статьи), each with the same and its detail lines in an editable grid, the account's total and its variance
// against the locked original. A category goes only when none of its accounts holds money any more.
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Panel } from "../ui/layout.tsx";
import { budgetApi } from "./api.ts";
import type { BudgetAccount, BudgetCategory, LineInput } from "./types.ts";
import { formatMoney } from "./amounts.ts";
import { AttributionBar } from "./AttributionBar.tsx";
import { accountsHoldingMoney, type HoldingAccount } from "./category-money.ts";
import { moveBetweenCells } from "./cell-editing.tsx";
import { isStale, useBudgetEditing } from "./editing.tsx";
import { NewAccountForm } from "./NewEntryForms.tsx";
import { useGridOptions, type GridOptions } from "./grid-options.ts";
import { placeOf } from "./labels.ts";
import { LineRow } from "./LineRow.tsx";
import { VarianceFigure } from "./TopSheet.tsx";

export function CategoryDetail({
  category,
  topSheetLink,
}: {
  category: BudgetCategory;
  topSheetLink: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { read, canEdit } = useBudgetEditing();
  const grid = useGridOptions(read);
  const total = grid.categories.get(category.code);
  const removal = useCategoryRemoval(category, topSheetLink);
  const categories = read.document.categories;
  const position = categories.findIndex((other) => other.code === category.code);
  const neighbour = (offset: number) => categories[position + offset];
  const linkTo = (code: string) => `${topSheetLink}&category=${encodeURIComponent(code)}`;

  return (
    <Panel
      id="budget-category"
      title={`${category.code} ${category.name}`}
      meta={category.side === "above" ? t("budget.side.above") : t("budget.side.below")}
      actions={
        <div className="budget-category-nav">
          {neighbour(-1) ? (
            <Link className="button button--ghost button--small" to={linkTo(neighbour(-1)!.code)}>
              ← {neighbour(-1)!.code}
            </Link>
          ) : null}
          <Link className="button button--small" to={topSheetLink}>
            {t("budget.detail.toTopSheet")}
          </Link>
          {neighbour(1) ? (
            <Link className="button button--ghost button--small" to={linkTo(neighbour(1)!.code)}>
              {neighbour(1)!.code} →
            </Link>
          ) : null}
          {canEdit ? (
            <button
              type="button"
              className="button button--ghost button--small budget-danger"
              disabled={removal.isRemoving}
              onClick={removal.remove}
            >
              {t("budget.category.remove")}
            </button>
          ) : null}
        </div>
      }
    >
      {removal.holding ? <HoldingNotice category={category} holding={removal.holding} /> : null}
      {removal.error ? (
        <p className="budget-cell__error" role="alert">
          {removal.error}
        </p>
      ) : null}
      <div className="budget-category-summary">
        <span>
          {t("budget.detail.categoryTotal")}{" "}
          <strong className="budget-num" data-testid="category-total">
            {total ? `${formatMoney(total.total.display, locale)} ${total.total.display.currency}` : "—"}
          </strong>
        </span>
        {category.accounts.length > 1 ? (
          <nav className="budget-account-nav" aria-label={t("budget.detail.accounts")}>
            {category.accounts.map((account) => (
              <a key={account.code} href={`#account-${account.code}`}>
                {account.code} {account.name}
              </a>
            ))}
          </nav>
        ) : null}
      </div>
      <AttributionBar category={category} grid={grid} />
      {category.accounts.map((account) => (
        <AccountBlock key={account.code} account={account} category={category} grid={grid} />
      ))}
      {category.accounts.length === 0 ? <p className="muted">{t("budget.detail.noAccounts")}</p> : null}
      {canEdit ? <NewAccountForm category={category} /> : null}
    </Panel>
  );
}

/**
 * Removing the category: refused on the spot, naming the accounts, while any of them holds money (the server
 * refuses the same); otherwise confirmed, and the page goes back to the top sheet.
 */
function useCategoryRemoval(category: BudgetCategory, topSheetLink: string) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { projectId, budgetId, read, edit } = useBudgetEditing();
  const [holding, setHolding] = useState<HoldingAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const remove = () => {
    setError(null);
    const held = accountsHoldingMoney(category, read.totals);
    if (held.length > 0) return setHolding(held);
    setHolding(null);
    const question = t("budget.category.removeConfirm", {
      code: category.code,
      name: category.name,
      accounts: category.accounts.length,
    });
    if (!window.confirm(question)) return;
    setIsRemoving(true);
    edit((version) => budgetApi.removeCategory(projectId, budgetId, version, category.code))
      .then(() => navigate(topSheetLink))
      .catch((caught: unknown) => {
        if (isStale(caught)) return;
        const fields =
          (caught as { fields?: { path: string; code?: string; message: string }[] }).fields ?? [];
        const named = fields.flatMap((field) => {
          const { account } = placeOf(read.document, field.path);
          return field.code === "account_not_empty" && account
            ? [{ code: account.code, name: account.name, amount: null }]
            : [];
        });
        if (named.length > 0) setHolding(named);
        else setError(errorText(caught));
      })
      .finally(() => setIsRemoving(false));
  };
  return { holding, error, isRemoving, remove };
}

/** Why the category stays: the accounts that still hold money, and what to do about them. */
function HoldingNotice({ category, holding }: { category: BudgetCategory; holding: HoldingAccount[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="notice notice--warning budget-holding" role="alert" data-testid="category-not-empty">
      <div className="notice__text">
        <strong>{t("budget.category.notEmpty", { code: category.code, count: holding.length })}</strong>
        <ul className="budget-problems">
          {holding.map((account) => (
            <li key={account.code}>
              <a href={`#account-${account.code}`}>
                {account.code} {account.name}
              </a>
              {account.amount ? ` — ${formatMoney(account.amount, locale)} ${account.amount.currency}` : null}
            </li>
          ))}
        </ul>
        <p>{t("budget.category.notEmptyHow")}</p>
      </div>
    </div>
  );
}

/** Where a new line starts: paid and spent as the account's last line, unless the account names them itself. */
function newLine(
  account: BudgetAccount,
  category: BudgetCategory,
  grid: GridOptions,
  base: string,
  text: string,
) {
  const last = account.lines[account.lines.length - 1];
  const lastTotal = last ? grid.lines.get(last.id) : undefined;
  const partner = (account.partner ?? category.partner) ? undefined : (last?.partner ?? lastTotal?.partner);
  const country = (account.country ?? category.country) ? undefined : (last?.country ?? lastTotal?.country);
  const line: LineInput = {
    description: text,
    amount: "1",
    unit: last?.unit ?? "flat",
    rate: "0",
    currency: last?.currency ?? base,
    ...(partner ? { partner } : {}),
    ...(country ? { country } : {}),
  };
  return line;
}

function AccountBlock({
  account,
  category,
  grid,
}: {
  account: BudgetAccount;
  category: BudgetCategory;
  grid: GridOptions;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, budgetId, read, canEdit, edit } = useBudgetEditing();
  const [isAdding, setIsAdding] = useState(false);
  const [blockError, setBlockError] = useState<string | null>(null);
  const [newLineId, setNewLineId] = useState<string | null>(null);
  const errorText = useErrorText();
  const total = grid.accounts.get(account.code);
  const variance = grid.accountVariance.get(account.code);
  const partners = read.document.partners;

  const addLine = async () => {
    setIsAdding(true);
    setBlockError(null);
    const before = new Set(account.lines.map((line) => line.id));
    let line = newLine(account, category, grid, read.document.baseCurrency, t("budget.line.new"));
    // An account without lines and without its own partner: the first partner pays until someone says otherwise.
    if (!line.partner && !account.partner && !category.partner && partners[0])
      line = { ...line, partner: partners[0].id, country: line.country ?? partners[0].country };
    try {
      const next = await edit((version) =>
        budgetApi.addLine(projectId, budgetId, version, account.code, line),
      );
      const added = next.document.categories
        .flatMap((c) => c.accounts)
        .find((a) => a.code === account.code)
        ?.lines.find((candidate) => !before.has(candidate.id));
      if (added) setNewLineId(added.id);
    } catch (error) {
      if (!isStale(error)) setBlockError(errorText(error));
    } finally {
      setIsAdding(false);
    }
  };
  const removeAccount = () => {
    if (!window.confirm(t("budget.account.removeConfirm", { code: account.code, name: account.name })))
      return;
    setBlockError(null);
    edit((version) => budgetApi.removeAccount(projectId, budgetId, version, account.code)).catch(
      (error: unknown) => {
        if (!isStale(error)) setBlockError(errorText(error));
      },
    );
  };

  return (
    <section className="budget-account" id={`account-${account.code}`} data-testid="budget-account">
      <header className="budget-account__header">
        <h3 className="budget-account__title">
          <span className="budget-code">{account.code}</span> {account.name}
        </h3>
        <div className="budget-account__figures">
          {variance ? (
            <span className="small muted">
              {t("budget.account.variance")} <VarianceFigure variance={variance.variance} />
            </span>
          ) : null}
          <strong className="budget-num">
            {total ? `${formatMoney(total.total.display, locale)} ${total.total.display.currency}` : "—"}
          </strong>
        </div>
      </header>
      <AttributionBar target={account} category={category} grid={grid} />
      <div className="budget-grid-scroll">
        <table className="table budget-grid" onKeyDown={moveBetweenCells}>
          <thead>
            <tr>
              <th className="budget-line__number">№</th>
              <th>{t("budget.line.description")}</th>
              <th className="numeric">{t("budget.line.amount")}</th>
              <th>{t("budget.line.unit")}</th>
              <th className="numeric" title={t("budget.line.x")}>
                ×
              </th>
              <th className="numeric">{t("budget.line.rate")}</th>
              <th title={t("budget.line.currency")}>{t("budget.line.currencyShort")}</th>
              <th>{t("budget.line.partner")}</th>
              <th>{t("budget.line.country")}</th>
              <th>{t("budget.line.fringes")}</th>
              <th>{t("budget.line.groups")}</th>
              <th className="numeric">
                {t("budget.line.total")}, {read.totals?.displayCurrency ?? read.document.baseCurrency}
              </th>
              <th aria-label={t("budget.line.actions")} />
            </tr>
          </thead>
          <tbody>
            {account.lines.map((line, index) => (
              <LineRow
                key={line.id}
                line={line}
                row={index}
                index={index}
                count={account.lines.length}
                account={account}
                category={category}
                grid={grid}
                isNew={line.id === newLineId}
              />
            ))}
            {account.lines.length === 0 ? (
              <tr>
                <td colSpan={13} className="muted">
                  {t("budget.account.empty")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="budget-account__footer">
          <button
            type="button"
            className="button button--small"
            disabled={isAdding}
            onClick={() => void addLine()}
          >
            + {t("budget.line.add")}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={removeAccount}>
            {t("budget.account.remove")}
          </button>
          {blockError ? <span className="budget-cell__error">{blockError}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
