// The agreed exchange rates (курсы) contributions are valued at in the reporting currency: read by everyone,
// replaced as a whole list by a producer.
import { useState } from "react";
import type { Consortium } from "../api/types.ts";
import { currencyName, formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useKnownText } from "../ui/errors.ts";
import { Panel } from "../ui/layout.tsx";
import { RatesForm } from "./RatesForm.tsx";

export function RatesPanel({
  projectId,
  consortium,
  currencies,
  canEdit,
}: {
  projectId: string;
  consortium: Consortium;
  currencies: readonly string[];
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const knownText = useKnownText();
  const [isEditing, setIsEditing] = useState(false);
  const reporting = consortium.reportingCurrency;
  return (
    <Panel
      id="rates"
      title={t("consortium.rates.title")}
      meta={String(consortium.rates.length)}
      actions={
        canEdit && !isEditing ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setIsEditing(true)}
          >
            {t("common.edit")}
          </button>
        ) : null
      }
      flush
    >
      {isEditing ? (
        <RatesForm
          projectId={projectId}
          consortium={consortium}
          currencies={currencies}
          onDone={() => setIsEditing(false)}
        />
      ) : (
        <>
          {consortium.rates.length === 0 ? (
            <p className="panel__empty">{t("consortium.rates.empty", { currency: reporting })}</p>
          ) : (
            <table className="table" data-testid="rates">
              <thead>
                <tr>
                  <th scope="col">{t("consortium.rates.currency")}</th>
                  <th scope="col" className="numeric">
                    {t("consortium.rates.rate", { currency: reporting })}
                  </th>
                  <th scope="col">{t("consortium.rates.date")}</th>
                  <th scope="col">{t("consortium.rates.source")}</th>
                </tr>
              </thead>
              <tbody>
                {consortium.rates.map((rate) => (
                  <tr key={`${rate.currency}-${rate.date ?? ""}`}>
                    <td>
                      <strong>{rate.currency}</strong>{" "}
                      <span className="muted">{currencyName(rate.currency, locale)}</span>
                    </td>
                    <td className="numeric">
                      1 {rate.currency} = {rate.perUnit} {reporting}
                    </td>
                    <td>
                      {rate.date ? (
                        formatIsoDate(rate.date, locale)
                      ) : (
                        <span className="muted">{t("consortium.rates.anyDate")}</span>
                      )}
                    </td>
                    <td>{knownText(`consortium.rateSource.${rate.source}`, rate.source)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Panel>
  );
}
