// The budget's versions side by side: the approved original (locked) and the drafts, each with its total in the
// base currency; a partner's private draft is marked as such. Choosing one opens it.
import type { ProjectDetail } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import type { BudgetSummary } from "./types.ts";
import { formatMoney } from "./amounts.ts";

/** Originals first, in the order they were locked; then the drafts, oldest first. */
export function orderVersions(budgets: readonly BudgetSummary[]): BudgetSummary[] {
  const rank = (budget: BudgetSummary) => (budget.status === "locked" ? 0 : 1);
  return [...budgets].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.lockedAt ?? a.createdAt).localeCompare(b.lockedAt ?? b.createdAt) ||
      a.name.localeCompare(b.name),
  );
}

export function StatusBadge({ status }: { status: BudgetSummary["status"] }) {
  const t = useT();
  return (
    <span className={`badge budget-status budget-status--${status}`}>
      {t(status === "locked" ? "budget.status.locked" : "budget.status.draft")}
    </span>
  );
}

export function PrivateMark({ budget, detail }: { budget: BudgetSummary; detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (!budget.privateTo) return null;
  const partner = detail.partners.find((candidate) => candidate.organizationId === budget.privateTo);
  const studio = partner ? pickText(partner.names, locale) : "";
  return (
    <span className="badge budget-private" title={t("budget.private.title", { studio })}>
      {t("budget.private.mark")}
    </span>
  );
}

export function VersionsBar({
  budgets,
  selectedId,
  detail,
  canCreate,
  onSelect,
  onCreate,
}: {
  budgets: readonly BudgetSummary[];
  selectedId: string | undefined;
  detail: ProjectDetail;
  canCreate: boolean;
  onSelect: (budgetId: string) => void;
  onCreate: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <nav className="budget-versions" aria-label={t("budget.versions.label")} data-testid="budget-versions">
      {orderVersions(budgets).map((budget) => (
        <button
          key={budget.id}
          type="button"
          className={`budget-version${budget.id === selectedId ? " is-selected" : ""}`}
          aria-pressed={budget.id === selectedId}
          onClick={() => onSelect(budget.id)}
        >
          <span className="budget-version__name">{budget.name}</span>
          <span className="budget-version__meta">
            <StatusBadge status={budget.status} />
            <PrivateMark budget={budget} detail={detail} />
          </span>
          <span className="budget-version__total budget-num">
            {budget.total
              ? `${formatMoney(budget.total, locale)} ${budget.total.currency}`
              : t("budget.versions.noTotal")}
          </span>
        </button>
      ))}
      {canCreate ? (
        <button type="button" className="button button--primary budget-versions__new" onClick={onCreate}>
          + {t("budget.versions.new")}
        </button>
      ) : null}
    </nav>
  );
}
