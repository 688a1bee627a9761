// What the calendar's colours and marks mean: a swatch per country shot in, then travel, holidays, days off.
import type { CSSProperties } from "react";
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { CalendarCountry } from "./api.ts";
import { countryColor } from "./months.ts";

const swatch = (code: string) => {
  const color = countryColor(code);
  return {
    "--lane-bg": color.background,
    "--lane-border": color.border,
    "--lane-text": color.text,
  } as CSSProperties;
};

export function CalendarLegend({ countries }: { countries: readonly CalendarCountry[] }) {
  const t = useT();
  const { locale } = useLocale();
  const shotIn = countries.filter((country) => country.shooting);
  return (
    <dl className="shoot-cal-legend" aria-label={t("scheduleCalendar.legend")}>
      <div className="shoot-cal-legend__item">
        <dt className="shoot-cal-legend__swatches">
          {shotIn.map((country) => (
            <span
              key={country.country}
              className="shoot-lane shoot-lane--shoot shoot-cal-legend__swatch"
              style={swatch(country.country)}
              title={countryName(country.country, locale)}
            >
              {country.country}
            </span>
          ))}
        </dt>
        <dd>{t("scheduleCalendar.legend.shoot")}</dd>
      </div>
      <div className="shoot-cal-legend__item">
        <dt className="shoot-lane shoot-lane--travel shoot-cal-legend__swatch">✈</dt>
        <dd>{t("scheduleCalendar.travel")}</dd>
      </div>
      <div className="shoot-cal-legend__item">
        <dt className="shoot-lane shoot-lane--holiday shoot-cal-legend__swatch">RU</dt>
        <dd>{t("scheduleCalendar.holiday")}</dd>
      </div>
      <div className="shoot-cal-legend__item">
        <dt
          className="shoot-lane shoot-lane--shoot shoot-lane--conflict shoot-cal-legend__swatch"
          style={swatch("RU")}
        >
          !
        </dt>
        <dd>{t("scheduleCalendar.legend.conflict")}</dd>
      </div>
      <div className="shoot-cal-legend__item">
        <dt>
          <abbr className="shoot-cal-flag">KZ</abbr>
        </dt>
        <dd>{t("scheduleCalendar.legend.partnerHoliday")}</dd>
      </div>
      <div className="shoot-cal-legend__item">
        <dt className="shoot-cal-legend__box shoot-cal-legend__box--off" />
        <dd>{t("scheduleCalendar.dayOff")}</dd>
      </div>
      <div className="shoot-cal-legend__item">
        <dt className="shoot-cal-legend__box shoot-cal-legend__box--outside" />
        <dd>{t("scheduleCalendar.outside")}</dd>
      </div>
    </dl>
  );
}
