// The calendar of one variant of the КПП: a month at a time, Monday to Sunday, one row per unit in each day — its
// shooting day (coloured by country, «См. 12»), travel day, public holiday of the country it is in or day off —
// with the partner countries' holidays marked on the dates, a legend, and the month's holidays by country. The month
// lives in the address (?view=calendar&month=2027-03), so a reload or a shared link opens the same page.
import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";
import type { ScheduleSummary } from "../../api/types.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Loading, Notice, Panel } from "../../ui/layout.tsx";
import { useShootingCalendar } from "./api.ts";
import { CalendarLegend } from "./CalendarLegend.tsx";
import { CountryHolidays } from "./CountryHolidays.tsx";
import { MonthGrid } from "./MonthGrid.tsx";
import { isMonth, monthGrid, monthOf, monthTitle, monthsBetween, shiftMonth } from "./months.ts";
import "./calendar.css";

function useMonth(fallback: string): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const wanted = params.get("month");
  const month = isMonth(wanted) ? wanted : fallback;
  const setMonth = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set("month", next);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [month, setMonth];
}

export function CalendarView({ projectId, summary }: { projectId: string; summary: ScheduleSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const start = monthOf(summary.firstDate);
  const [month, setMonth] = useMonth(start);
  const grid = monthGrid(month);
  const calendar = useShootingCalendar(projectId, summary.id, grid.from, grid.to);
  const boardMonths = monthsBetween(summary.firstDate, summary.lastDate);
  const months = boardMonths.includes(month) ? boardMonths : [...boardMonths, month].sort();

  const navigation = (
    <nav className="shoot-cal-nav" aria-label={t("scheduleCalendar.navigation")}>
      <button
        type="button"
        className="button button--small shoot-cal-nav__step"
        onClick={() => setMonth(shiftMonth(month, -1))}
        aria-label={t("scheduleCalendar.previous")}
        title={t("scheduleCalendar.previous")}
      >
        ‹
      </button>
      <select
        className="select--compact shoot-cal-nav__month"
        value={month}
        onChange={(event) => setMonth(event.target.value)}
        aria-label={t("scheduleCalendar.month")}
      >
        {months.map((entry) => (
          <option key={entry} value={entry}>
            {monthTitle(entry, locale)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small shoot-cal-nav__step"
        onClick={() => setMonth(shiftMonth(month, 1))}
        aria-label={t("scheduleCalendar.next")}
        title={t("scheduleCalendar.next")}
      >
        ›
      </button>
      {month !== start ? (
        <button type="button" className="button button--ghost button--small" onClick={() => setMonth(start)}>
          {t("scheduleCalendar.toStart")}
        </button>
      ) : null}
    </nav>
  );

  let body;
  if (calendar.isPending) body = <Loading />;
  else if (calendar.isError) body = <Notice tone="danger">{errorText(calendar.error)}</Notice>;
  else {
    const data = calendar.data;
    const shootsThisMonth = data.units.some((unit) =>
      unit.days.some((day) => day.shooting !== null && monthOf(day.date) === month),
    );
    body = (
      <>
        <div className="shoot-cal-bar">
          <h3 className="shoot-cal-bar__title">{monthTitle(month, locale)}</h3>
          {data.units.length > 1 ? (
            <ol className="shoot-cal-units" aria-label={t("scheduleCalendar.lanes")}>
              <li className="shoot-cal-units__label" aria-hidden="true">
                {t("scheduleCalendar.lanes")}
              </li>
              {data.units.map((unit, index) => (
                <li key={unit.id} className="shoot-cal-units__unit">
                  <span className="shoot-lane__unit">{index + 1}</span>
                  {unit.name}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
        {shootsThisMonth ? null : <p className="shoot-cal-quiet">{t("scheduleCalendar.noShooting")}</p>}
        <MonthGrid grid={grid} calendar={data} />
        <CalendarLegend countries={data.countries} />
        <CountryHolidays month={month} countries={data.countries} />
      </>
    );
  }

  return (
    <Panel
      id="schedule-calendar"
      title={t("scheduleCalendar.title")}
      meta={calendar.data ? t("scheduleCalendar.meta", { days: calendar.data.dayCount }) : undefined}
      actions={navigation}
      flush
    >
      <div className="shoot-cal" data-testid="schedule-calendar" aria-busy={calendar.isFetching}>
        {body}
      </div>
    </Panel>
  );
}
