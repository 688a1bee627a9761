// The month's public holidays of every partner country and country shot in, whether or not a unit is there.
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { CalendarCountry } from "./api.ts";
import { dayOfMonth, monthOf, monthTitle } from "./months.ts";

export function CountryHolidays({
  month,
  countries,
}: {
  month: string;
  countries: readonly CalendarCountry[];
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section className="shoot-cal-holidays" aria-labelledby="shoot-cal-holidays-title">
      <h3 className="shoot-cal-holidays__title" id="shoot-cal-holidays-title">
        {t("scheduleCalendar.holidays.title", { month: monthTitle(month, locale) })}
      </h3>
      <ul className="shoot-cal-holidays__list">
        {countries.map((country) => {
          const holidays = country.holidays.filter((holiday) => monthOf(holiday.date) === month);
          return (
            <li key={country.country} className="shoot-cal-holidays__country" data-country={country.country}>
              <div className="shoot-cal-holidays__name">
                <abbr className="shoot-cal-flag" title={countryName(country.country, locale)}>
                  {country.country}
                </abbr>
                <strong>{countryName(country.country, locale)}</strong>
              </div>
              <div className="shoot-cal-holidays__roles">
                {[
                  country.partner ? t("scheduleCalendar.holidays.partner") : null,
                  country.shooting ? t("scheduleCalendar.holidays.shooting") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
              {!country.known ? (
                <p className="shoot-cal-holidays__none">{t("scheduleCalendar.holidays.unknown")}</p>
              ) : holidays.length === 0 ? (
                <p className="shoot-cal-holidays__none">{t("scheduleCalendar.holidays.none")}</p>
              ) : (
                <ul className="shoot-cal-holidays__dates">
                  {holidays.map((holiday) => (
                    <li key={holiday.date}>
                      <time dateTime={holiday.date} className="shoot-cal-holidays__date">
                        {dayOfMonth(holiday.date)}
                      </time>
                      <span>{holiday.names[locale]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
