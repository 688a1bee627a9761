// What the DOOD codes mean, each in its cell colour.
import { useT } from "../../i18n/locale.tsx";
import { codeClass, codeNames, codeOrder } from "./codes.ts";

export function DoodLegend() {
  const t = useT();
  return (
    <dl className="dood-legend" aria-label={t("schedule.dood.legend")}>
      {codeOrder.map((code) => (
        <div key={code} className="dood-legend__item">
          <dt className={`dood-code ${codeClass(code)}`}>{code}</dt>
          <dd>{t(codeNames[code])}</dd>
        </div>
      ))}
    </dl>
  );
}
