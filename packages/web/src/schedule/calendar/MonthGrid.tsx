// One month of the shooting calendar: weeks in rows, Monday to Sunday, the neighbouring months' days dimmed. A day
// shows its date with the codes of the partner countries whose public holiday it is, then one row per unit.
import type { Locale } from "../../api/types.ts";
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { CalendarCountry, ShootingCalendar } from "./api.ts";
import { DayLane } from "./DayLane.tsx";
import { dayOfMonth, isoWeekday, longDate, monthOf, weekdayNames, type MonthGrid as Grid } from "./months.ts";

interface PartnerHoliday {
  country: string;
  name: string;
}

function holidaysByDate(
  countries: readonly CalendarCountry[],
  locale: Locale,
): Map<string, PartnerHoliday[]> {
  const out = new Map<string, PartnerHoliday[]>();
  for (const country of countries) {
    for (const holiday of country.holidays) {
      const list = out.get(holiday.date) ?? [];
      list.push({ country: country.country, name: holiday.names[locale] });
      out.set(holiday.date, list);
    }
  }
  return out;
}

export function MonthGrid({ grid, calendar }: { grid: Grid; calendar: ShootingCalendar }) {
  const t = useT();
  const { locale } = useLocale();
  const weekdays = weekdayNames(locale);
  const holidays = holidaysByDate(calendar.countries, locale);
  const weekly = new Set(calendar.schedule.weeklyDaysOff);
  const lanes = calendar.units.map((unit) => new Map(unit.days.map((day) => [day.date, day])));
  return (
    <div className="shoot-cal-scroll">
      <table className="shoot-cal-grid">
        <thead>
          <tr>
            {weekdays.map((name, index) => (
              <th key={name} scope="col" className={weekly.has(index + 1) ? "is-weekend" : undefined}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((date) => {
                const partnerHolidays = holidays.get(date) ?? [];
                const classes = ["shoot-cal-day"];
                if (monthOf(date) !== grid.month) classes.push("is-other-month");
                if (weekly.has(isoWeekday(date))) classes.push("is-weekend");
                if (calendar.schedule.daysOff.includes(date)) classes.push("is-company-off");
                if (date < calendar.schedule.firstDate || date > calendar.schedule.lastDate)
                  classes.push("is-outside");
                return (
                  <td key={date} className={classes.join(" ")} data-date={date}>
                    <div className="shoot-cal-day__head">
                      <time dateTime={date} className="shoot-cal-day__date" title={longDate(date, locale)}>
                        {dayOfMonth(date)}
                      </time>
                      <span className="shoot-cal-day__holidays">
                        {partnerHolidays.map((holiday) => (
                          <abbr
                            key={holiday.country}
                            className="shoot-cal-flag"
                            data-testid="partner-holiday"
                            title={t("scheduleCalendar.holidayOf", {
                              country: countryName(holiday.country, locale),
                              name: holiday.name,
                            })}
                          >
                            {holiday.country}
                          </abbr>
                        ))}
                      </span>
                    </div>
                    <ul className="shoot-cal-day__lanes">
                      {calendar.units.map((unit, index) => {
                        const cell = lanes[index]!.get(date);
                        return (
                          <li key={unit.id}>
                            {cell ? (
                              <DayLane
                                cell={cell}
                                unitName={unit.name}
                                unitIndex={calendar.units.length > 1 ? index + 1 : null}
                                dayCount={calendar.dayCount}
                              />
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
