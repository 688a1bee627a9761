// Each partner's part of the deal beyond its share: its home territories (where it holds the rights) and its
// obligations — the credit it gets and the language versions it delivers. Producers change them row by row.
import { useState } from "react";
import type { Consortium } from "../api/types.ts";
import { countryName, languageName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { Panel } from "../ui/layout.tsx";
import { PartnerDetailsForm } from "./PartnerDetailsForm.tsx";

export function PartnersPanel({
  projectId,
  consortium,
  canEdit,
}: {
  projectId: string;
  consortium: Consortium;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const countries = consortium.partners.map((partner) => partner.country);
  const columns = canEdit ? 6 : 5;
  return (
    <Panel id="partner-details" title={t("consortium.partners.title")} flush>
      <table className="table partner-details" data-testid="partner-details">
        <thead>
          <tr>
            <th scope="col">{t("consortium.column.partner")}</th>
            <th scope="col" className="numeric">
              {t("consortium.partners.share")}
            </th>
            <th scope="col">{t("consortium.partners.territories")}</th>
            <th scope="col">{t("consortium.partners.credit")}</th>
            <th scope="col">{t("consortium.partners.languages")}</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t("common.edit")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {consortium.partners.map((partner) =>
            editing === partner.organizationId ? (
              <tr key={partner.organizationId} className="table__form-row">
                <td colSpan={columns}>
                  <PartnerDetailsForm
                    projectId={projectId}
                    partner={partner}
                    countries={countries}
                    onDone={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={partner.organizationId}>
                <td>
                  <div className="table__strong">
                    <CountryCode code={partner.country} /> {partner.name}
                  </div>
                  <div className="muted small">{t(`consortium.partnerRole.${partner.consortiumRole}`)}</div>
                </td>
                <td className="numeric">
                  {partner.share === null ? <span className="muted">—</span> : `${partner.share} %`}
                </td>
                <td>
                  {partner.homeTerritories.length > 0 ? (
                    <span className="country-codes">
                      {partner.homeTerritories.map((code) => (
                        <CountryCode key={code} code={code} />
                      ))}
                    </span>
                  ) : (
                    <span className="muted">{t("common.notSet")}</span>
                  )}
                  {partner.homeTerritories.length === 1 ? (
                    <span className="muted"> {countryName(partner.homeTerritories[0]!, locale)}</span>
                  ) : null}
                </td>
                <td className="partner-details__credit">
                  {partner.obligations.credit ?? <span className="muted">—</span>}
                </td>
                <td>
                  {partner.obligations.languageVersions?.length ? (
                    partner.obligations.languageVersions.map((code) => languageName(code, locale)).join(", ")
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                {canEdit ? (
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t("consortium.partners.edit", { partner: partner.name })}
                      onClick={() => setEditing(partner.organizationId)}
                    >
                      {t("common.edit")}
                    </button>
                  </td>
                ) : null}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </Panel>
  );
}
