// A day break of the stripboard: the unit's shift number, its date, the unit, day or night, and what the shift
// shoots (scenes, pages in eighths, хронометраж); and the break that opens the boneyard.
import { memo } from "react";
import { intlLocale } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { formatEighths, formatScreenTime } from "../scripts/format.ts";
import { formatShootingDate, type BoneyardRow, type DayBreakRow } from "./board-rows.ts";

function Measures({ row }: { row: { sceneCount: number; eighths: number; screenSeconds: number } }) {
  const t = useT();
  return (
    <span className="day-break__measures">
      <span>{t("schedule.count.scenes", { count: row.sceneCount })}</span>
      <span>{t("schedule.pages", { pages: formatEighths(row.eighths) })}</span>
      <span title={t("schedule.board.column.time")}>{formatScreenTime(row.screenSeconds)}</span>
    </span>
  );
}

export const DayBreak = memo(function DayBreak({
  row,
  index,
  setSize,
}: {
  row: DayBreakRow;
  /** Where the row stands in the whole board (1-based), for screen readers: only some rows are mounted. */
  index: number;
  setSize: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { day } = row;
  return (
    <div
      className={`day-break day-break--${day.shift}${row.unitIndex > 0 ? " day-break--other-unit" : ""}`}
      role="listitem"
      aria-posinset={index}
      aria-setsize={setSize}
      data-testid="day-break"
    >
      <span className="day-break__number">{t("schedule.board.shiftNumber", { number: row.number })}</span>
      <span className="day-break__date">{formatShootingDate(day.date, intlLocale(locale))}</span>
      <span className="day-break__unit">{row.unitName}</span>
      <span className={`day-break__shift day-break__shift--${day.shift}`}>
        {t(day.shift === "night" ? "schedule.shift.night" : "schedule.shift.day")}
      </span>
      {day.locked ? <span className="day-break__locked">{t("schedule.board.locked")}</span> : null}
      {row.sceneCount > 0 ? (
        <Measures row={row} />
      ) : (
        <span className="day-break__measures">{t("schedule.board.emptyShift")}</span>
      )}
    </div>
  );
});

export const BoneyardBreak = memo(function BoneyardBreak({
  row,
  index,
  setSize,
}: {
  row: BoneyardRow;
  index: number;
  setSize: number;
}) {
  const t = useT();
  return (
    <div
      className="day-break day-break--boneyard"
      role="listitem"
      aria-posinset={index}
      aria-setsize={setSize}
      data-testid="boneyard"
    >
      <span className="day-break__number">{t("schedule.board.boneyard")}</span>
      <span className="day-break__unit">{t("schedule.board.boneyardHint")}</span>
      <Measures row={row} />
    </div>
  );
});
