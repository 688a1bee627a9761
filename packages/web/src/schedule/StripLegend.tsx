// The key to the strip colours: INT/DAY white, EXT/DAY yellow, INT/NIGHT blue, EXT/NIGHT green.
import { useT } from "../i18n/locale.tsx";

const colors = ["white", "yellow", "blue", "green"] as const;

export function StripLegend() {
  const t = useT();
  return (
    <ul className="strip-legend" aria-label={t("schedule.legend.label")}>
      {colors.map((color) => (
        <li key={color} className="strip-legend__item">
          <span className={`strip-legend__swatch strip-row--${color}`} aria-hidden="true" />
          {t(`schedule.legend.${color}`)}
        </li>
      ))}
    </ul>
  );
}
