// A day break of the stripboard: the unit's shift number, its date (marked when it is a public holiday), the unit,
// day or night, its padlock, and what the shift shoots (scenes, pages in eighths, хронометраж); the break that
// opens the boneyard; and the banners pinned between days.
import { memo } from "react";
import { intlLocale } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { formatEighths, formatScreenTime } from "../scripts/format.ts";
import { formatShootingDate, type BoneyardRow, type DayBreakRow } from "./board-rows.ts";
import { LockToggle } from "./board-edit/LockToggle.tsx";

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
  isDropTarget,
  onLock,
}: {
  row: DayBreakRow;
  /** Where the row stands in the whole board (1-based), for screen readers: only some rows are mounted. */
  index: number;
  setSize: number;
  /** Dragged strips would go first into this day. */
  isDropTarget: boolean;
  /** Null where the board cannot be changed. */
  onLock: ((dayId: string, locked: boolean) => void) | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { day } = row;
  const classes = [
    "day-break",
    `day-break--${day.shift}`,
    row.unitIndex > 0 ? "day-break--other-unit" : "",
    day.locked ? "is-locked" : "",
    isDropTarget ? "is-drop-into" : "",
  ];
  return (
    <div
      className={classes.filter(Boolean).join(" ")}
      role="listitem"
      aria-posinset={index}
      aria-setsize={setSize}
      data-testid="day-break"
      data-day={day.id}
      data-locked={day.locked ? "true" : undefined}
    >
      <span className="day-break__number">{t("schedule.board.shiftNumber", { number: row.number })}</span>
      <span className="day-break__date">{formatShootingDate(day.date, intlLocale(locale))}</span>
      {row.isHoliday ? (
        <span className="day-break__holiday" title={t("schedule.board.holidayHint")}>
          {t("schedule.board.holiday")}
        </span>
      ) : null}
      <span className="day-break__unit">{row.unitName}</span>
      <span className={`day-break__shift day-break__shift--${day.shift}`}>
        {t(day.shift === "night" ? "schedule.shift.night" : "schedule.shift.day")}
      </span>
      <LockToggle
        isLocked={day.locked}
        label={
          onLock
            ? t(day.locked ? "schedule.edit.unlockDay" : "schedule.edit.lockDay", { number: row.number })
            : t("schedule.board.locked")
        }
        onToggle={onLock ? () => onLock(day.id, !day.locked) : null}
      />
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
  isDropTarget,
}: {
  row: BoneyardRow;
  index: number;
  setSize: number;
  isDropTarget: boolean;
}) {
  const t = useT();
  return (
    <div
      className={`day-break day-break--boneyard${isDropTarget ? " is-drop-into" : ""}`}
      role="listitem"
      aria-posinset={index}
      aria-setsize={setSize}
      data-testid="boneyard"
    >
      <span className="day-break__number">{t("schedule.board.boneyard")}</span>
      <span className="day-break__unit">{t("schedule.board.boneyardHint")}</span>
      {row.sceneCount > 0 ? (
        <Measures row={row} />
      ) : (
        <span className="day-break__measures">{t("schedule.edit.boneyardEmpty")}</span>
      )}
    </div>
  );
});
