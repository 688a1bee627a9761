// One unit's row in a day of the calendar: a shooting day in its country's colour with the board's day number and
// where it shoots, a travel day, the public holiday of the country the unit is in, a company day off; weekends and
// free days stay empty on the day's own background. The full story is in the row's title (shown on hover).
import type { CSSProperties } from "react";
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { formatEighths } from "../../scripts/format.ts";
import type { CalendarCell } from "./api.ts";
import { countryColor } from "./months.ts";

interface DayLaneProps {
  cell: CalendarCell;
  unitName: string;
  /** The unit's number in the day's rows when the board has several units; null for a single unit. */
  unitIndex: number | null;
  dayCount: number;
}

export function DayLane({ cell, unitName, unitIndex, dayCount }: DayLaneProps) {
  const t = useT();
  const { locale } = useLocale();
  const country = (code: string) => countryName(code, locale);
  const unit = unitIndex === null ? null : <span className="shoot-lane__unit">{unitIndex}</span>;
  const holidayText = cell.holiday
    ? t("scheduleCalendar.holidayOf", {
        country: country(cell.holiday.country),
        name: cell.holiday.names[locale],
      })
    : null;
  const common = { "data-kind": cell.kind, "data-unit": unitName };

  if (cell.kind === "shoot" && cell.shooting) {
    const shooting = cell.shooting;
    const color = countryColor(cell.country);
    const places = shooting.locations.map((location) => location.name);
    const shift =
      shooting.shifts.length > 1
        ? t("scheduleCalendar.shift.dayAndNight")
        : shooting.shifts[0] === "night"
          ? t("scheduleCalendar.shift.night")
          : null;
    const title = [
      `${unitName} · ${t("scheduleCalendar.dayOf", { day: shooting.dayNumber, days: dayCount })} (${t(
        "scheduleCalendar.unitDay",
        { day: shooting.unitDayNumber },
      )})`,
      [cell.country ? country(cell.country) : null, places.join(", ") || t("scheduleCalendar.noLocation")]
        .filter(Boolean)
        .join(": "),
      [
        t("scheduleCalendar.scenes", { count: shooting.sceneCount }),
        t("scheduleCalendar.pages", { pages: formatEighths(shooting.eighths) }),
        shift,
      ]
        .filter(Boolean)
        .join(" · "),
      cell.travel
        ? t("scheduleCalendar.crossing", { from: country(cell.travel.from), to: country(cell.travel.to) })
        : null,
      cell.holiday
        ? t("scheduleCalendar.holidayConflict", {
            country: country(cell.holiday.country),
            name: cell.holiday.names[locale],
          })
        : null,
    ]
      .filter(Boolean)
      .join("\n");
    const style = {
      "--lane-bg": color.background,
      "--lane-border": color.border,
      "--lane-text": color.text,
    } as CSSProperties;
    return (
      <div
        {...common}
        className={`shoot-lane shoot-lane--shoot${cell.holiday ? " shoot-lane--conflict" : ""}`}
        style={style}
        title={title}
      >
        <div className="shoot-lane__line">
          {unit}
          <span className="shoot-lane__day">
            {t("scheduleCalendar.dayShort", { day: shooting.dayNumber })}
          </span>
          {shift ? (
            <span className="shoot-lane__night" aria-hidden="true">
              ☾
            </span>
          ) : null}
          {cell.travel ? (
            <span className="shoot-lane__mark" aria-hidden="true">
              ✈
            </span>
          ) : null}
          {cell.holiday ? (
            <span className="shoot-lane__alert" aria-hidden="true">
              !
            </span>
          ) : null}
          <span className="shoot-lane__country">{cell.country ?? "—"}</span>
        </div>
        <div className="shoot-lane__place">{places[0] ?? t("scheduleCalendar.noLocation")}</div>
      </div>
    );
  }

  if (cell.kind === "travel" && cell.travel) {
    const title = [
      `${unitName} · ${t("scheduleCalendar.travelFromTo", {
        from: country(cell.travel.from),
        to: country(cell.travel.to),
      })}`,
      holidayText,
      cell.dayOff
        ? t(cell.dayOff === "company" ? "scheduleCalendar.companyDayOff" : "scheduleCalendar.dayOff")
        : null,
    ]
      .filter(Boolean)
      .join("\n");
    return (
      <div {...common} className="shoot-lane shoot-lane--travel" title={title}>
        <div className="shoot-lane__line">
          {unit}
          <span className="shoot-lane__mark" aria-hidden="true">
            ✈
          </span>
          <span className="shoot-lane__route">
            {cell.travel.from} → {cell.travel.to}
          </span>
        </div>
        <div className="shoot-lane__place">{t("scheduleCalendar.travel")}</div>
      </div>
    );
  }

  if (cell.kind === "holiday" && cell.holiday) {
    return (
      <div {...common} className="shoot-lane shoot-lane--holiday" title={`${unitName} · ${holidayText}`}>
        <div className="shoot-lane__line">
          {unit}
          <span className="shoot-lane__flag">{cell.holiday.country}</span>
          <span className="shoot-lane__label">{t("scheduleCalendar.holiday")}</span>
        </div>
        <div className="shoot-lane__place">{cell.holiday.names[locale]}</div>
      </div>
    );
  }

  if (cell.kind === "dayOff" && cell.dayOff === "company") {
    return (
      <div
        {...common}
        className="shoot-lane shoot-lane--company-off"
        title={`${unitName} · ${t("scheduleCalendar.companyDayOff")}`}
      >
        <div className="shoot-lane__line">
          {unit}
          <span className="shoot-lane__label">{t("scheduleCalendar.companyDayOff")}</span>
        </div>
      </div>
    );
  }

  const quiet =
    cell.kind === "outside"
      ? t("scheduleCalendar.outside")
      : cell.kind === "dayOff"
        ? t("scheduleCalendar.dayOff")
        : cell.country
          ? `${t("scheduleCalendar.free")} · ${country(cell.country)}`
          : `${t("scheduleCalendar.free")} · ${t("scheduleCalendar.nowhere")}`;
  return (
    <div {...common} className={`shoot-lane shoot-lane--${cell.kind}`} title={`${unitName} · ${quiet}`} />
  );
}
