// The day out of days of one variant of the КПП: a category of the breakdown (cast unless chosen), every
// calendar day of the engagements or the shooting days only, the colour-coded grid with each row's totals and
// cost in the element's own currency, the legend, and the same report as CSV, Excel or PDF.
import { useState } from "react";
import { useCategories } from "../../breakdown/queries.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../../ui/layout.tsx";
import { doodFileUrl, useDood, type DoodFormat } from "./api.ts";
import { visibleDays } from "./codes.ts";
import { DoodGrid } from "./DoodGrid.tsx";
import { DoodLegend } from "./DoodLegend.tsx";
import "./dood.css";

const formats: { format: DoodFormat; label: string }[] = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel" },
  { format: "pdf", label: "PDF" },
];

export function DoodView({ projectId, scheduleId }: { projectId: string; scheduleId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [category, setCategory] = useState("cast");
  const [shootingOnly, setShootingOnly] = useState(false);
  const categories = useCategories(projectId);
  const report = useDood(projectId, scheduleId, category);
  const categoryName =
    categories.data?.categories.find((entry) => entry.key === category)?.names[locale] ??
    report.data?.category.names[locale] ??
    category;
  const columns = shootingOnly ? "shooting" : "calendar";

  const controls = (
    <div className="dood-controls">
      <label className="dood-controls__field">
        <span>{t("schedule.dood.category")}</span>
        <select
          className="select--compact"
          value={category}
          onChange={(event) => setCategory(event.target.value)}
          data-testid="dood-category"
        >
          {(
            categories.data?.categories ?? [{ key: "cast", names: { ru: categoryName, en: categoryName } }]
          ).map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.names[locale]}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="radiogroup" aria-label={t("schedule.dood.columns")}>
        {([false, true] as const).map((only) => (
          <button
            key={String(only)}
            type="button"
            role="radio"
            aria-checked={shootingOnly === only}
            className="segmented__option"
            onClick={() => setShootingOnly(only)}
          >
            {t(only ? "schedule.dood.columns.shooting" : "schedule.dood.columns.calendar")}
          </button>
        ))}
      </div>
      <div className="dood-controls__files" aria-label={t("schedule.dood.download")} role="group">
        <span aria-hidden="true">{t("schedule.dood.downloadShort")}</span>
        {formats.map(({ format, label }) => (
          <a
            key={format}
            className="button button--ghost button--small"
            href={doodFileUrl(projectId, format, { scheduleId, category, days: columns, lang: locale })}
            download
          >
            {label}
          </a>
        ))}
      </div>
    </div>
  );

  let body;
  if (report.isPending) body = <Loading />;
  else if (report.isError) body = <Notice tone="danger">{errorText(report.error)}</Notice>;
  else if (report.data.elements.length === 0)
    body = <EmptyState title={t("schedule.dood.empty", { category: categoryName })} />;
  else
    body = (
      <>
        <DoodGrid
          days={visibleDays(report.data.days, shootingOnly)}
          elements={report.data.elements}
          categoryName={categoryName}
        />
        <DoodLegend />
      </>
    );

  return (
    <Panel
      id="schedule-dood"
      title={t("schedule.dood.title")}
      meta={report.data ? t("schedule.dood.count", { count: report.data.elements.length }) : undefined}
      flush
    >
      {controls}
      {body}
    </Panel>
  );
}
