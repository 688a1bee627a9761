// The day out of days as a table: elements down, days across, a coloured code in each cell; the number and
// name columns and the two heading rows (day number, then date) stay in place while the rest scrolls, and the
// totals and the cost close each row.
import { formatDecimalMoney, intlLocale } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { DoodDay, DoodElement } from "./api.ts";
import { codeClass, codeNames, shownTotals } from "./codes.ts";

function dateParts(date: string, locale: string) {
  const [year, month, day] = date.split("-").map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return {
    day: `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}`,
    weekday: new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(value),
  };
}

function DayHeading({ day }: { day: DoodDay }) {
  const t = useT();
  const { locale } = useLocale();
  const { weekday } = dateParts(day.date, intlLocale(locale));
  const title = [
    day.dayNumber === null ? null : t("schedule.dood.shootingDay", { number: day.dayNumber }),
    ...day.units.map((unit) => `${unit.name} (${t(`schedule.shift.${unit.shift}`)})`),
    ...day.holidays.map((holiday) => `${holiday.country}: ${holiday.name}`),
  ]
    .filter(Boolean)
    .join("\n");
  const off = day.dayOff || day.holidays.length > 0;
  return (
    <th
      scope="col"
      className={`dood-table__day${off ? " dood-table__day--off" : ""}${day.dayNumber !== null ? " dood-table__day--shooting" : ""}`}
      title={title || undefined}
    >
      {day.dayNumber ?? weekday}
      {day.holidays.length > 0 ? <span className="dood-table__holiday" aria-hidden="true" /> : null}
    </th>
  );
}

export function DoodGrid({
  days,
  elements,
  categoryName,
}: {
  days: readonly DoodDay[];
  elements: readonly DoodElement[];
  categoryName: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="dood-scroll" data-testid="dood-grid" tabIndex={0}>
      <table className="dood-table">
        <thead>
          <tr className="dood-table__head">
            <th scope="col" rowSpan={2} className="dood-table__sticky dood-table__number">
              {t("schedule.dood.number")}
            </th>
            <th scope="col" rowSpan={2} className="dood-table__sticky dood-table__name">
              {categoryName}
            </th>
            {days.map((day) => (
              <DayHeading key={day.date} day={day} />
            ))}
            {shownTotals.map((total) => (
              <th key={total.key} scope="col" rowSpan={2} className="dood-table__total">
                {t(total.label)}
              </th>
            ))}
            <th scope="col" rowSpan={2} className="dood-table__cost">
              {t("schedule.dood.total.cost")}
            </th>
          </tr>
          <tr className="dood-table__head dood-table__head--dates">
            {days.map((day) => (
              <th
                key={day.date}
                scope="col"
                className={`dood-table__date${day.dayOff || day.holidays.length > 0 ? " dood-table__day--off" : ""}`}
              >
                {dateParts(day.date, intlLocale(locale)).day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => (
            <tr key={element.id} data-testid="dood-row">
              <td className="dood-table__sticky dood-table__number">{element.boardNumber ?? ""}</td>
              <th scope="row" className="dood-table__sticky dood-table__name">
                {element.name}
                {element.totals.holdsNotAllowed > 0 ? (
                  <span className="dood-table__warning" title={t("schedule.dood.holdNotAllowed")}>
                    !
                  </span>
                ) : null}
              </th>
              {days.map((day) => {
                const code = element.codes[day.date];
                return (
                  <td
                    key={day.date}
                    className={`dood-code${code ? ` ${codeClass(code)}` : ""}${day.dayOff ? " dood-code--dayoff" : ""}`}
                    title={code ? t(codeNames[code]) : undefined}
                  >
                    {code ?? ""}
                  </td>
                );
              })}
              {shownTotals.map((total) => (
                <td key={total.key} className="dood-table__total numeric">
                  {element.totals[total.key]}
                </td>
              ))}
              <td className="dood-table__cost numeric">
                {element.cost ? formatDecimalMoney(element.cost.amount, element.cost.currency, locale) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
