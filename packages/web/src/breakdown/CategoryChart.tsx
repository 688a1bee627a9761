// How much the breakdown holds, category by category: a bar per category with its element count, in the
// category's colour, so a producer sees at a glance where the shoot's needs are.
import type { BreakdownCategory, BreakdownElement } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";

export function CategoryChart({
  categories,
  elements,
  selected,
  onSelect,
}: {
  categories: readonly BreakdownCategory[];
  elements: readonly BreakdownElement[];
  selected: string | null;
  onSelect: (key: string | null) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const counts = categories
    .map((category) => ({
      category,
      count: elements.filter((element) => element.category === category.key).length,
    }))
    .filter((row) => row.count > 0);
  const largest = Math.max(1, ...counts.map((row) => row.count));
  if (counts.length === 0) return <p className="panel__empty">{t("breakdown.empty")}</p>;
  return (
    <ul className="category-chart" aria-label={t("breakdown.chart.label")}>
      {counts.map(({ category, count }) => (
        <li key={category.key}>
          <button
            type="button"
            className={`category-chart__row${selected === category.key ? " is-selected" : ""}`}
            aria-pressed={selected === category.key}
            onClick={() => onSelect(selected === category.key ? null : category.key)}
          >
            <span className="category-chart__name">{category.names[locale]}</span>
            <span className="category-chart__track">
              <span
                className="category-chart__bar"
                style={{ width: `${(count / largest) * 100}%`, background: category.color }}
              />
            </span>
            <span className="category-chart__count numeric">{count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A small square of the category's colour before its name, as on a breakdown sheet. */
export function CategoryDot({ color, title }: { color: string; title?: string }) {
  return <span className="category-dot" style={{ background: color }} title={title} aria-hidden={!title} />;
}
