// A banner between shooting days: the company's days off, a unit's road across a border, the country block it
// starts, a company move overnight. Said in the trade's words, the unit named when the board has several.
import { memo } from "react";
import { countryName, intlLocale } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { formatShootingDate, type BannerRow } from "../board-rows.ts";

export const BannerLine = memo(function BannerLine({
  row,
  index,
  setSize,
}: {
  row: BannerRow;
  index: number;
  setSize: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { banner } = row;
  const country = (code: string) => countryName(code, locale);
  const text =
    banner.type === "days-off"
      ? t("schedule.banner.daysOff", {
          dates: banner.dates.map((date) => formatShootingDate(date, intlLocale(locale))).join(", "),
        })
      : banner.type === "travel"
        ? t("schedule.banner.travel", { from: country(banner.from), to: country(banner.to) })
        : banner.type === "country"
          ? t("schedule.banner.country", { country: country(banner.country), count: banner.shifts })
          : t("schedule.banner.move", { from: banner.from, to: banner.to });
  return (
    <div
      className={`board-banner board-banner--${banner.type}`}
      role="listitem"
      aria-posinset={index}
      aria-setsize={setSize}
      data-testid="banner"
      data-banner={banner.type}
    >
      {row.unitName ? <span className="board-banner__unit">{row.unitName}</span> : null}
      <span className="board-banner__text" title={text}>
        {text}
      </span>
    </div>
  );
});
