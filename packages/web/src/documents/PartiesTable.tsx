// The parties to a version: each studio's role and share, who signs for it, and either its signature (who, when)
// or that the version still waits for that signatory — for the current user's own ("ожидает вашей подписи"), or
// for nobody yet, which a studio administrator or a producer fixes by naming one.
import { FormattedDate } from "react-intl";
import type { DocumentParty } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useKnownText } from "../ui/errors.ts";

export function PartiesTable({
  parties,
  userId,
}: {
  parties: readonly DocumentParty[];
  /** The current user, to say "you" where they are the signatory. */
  userId: string | undefined;
}) {
  const t = useT();
  const { locale } = useLocale();
  const knownText = useKnownText();
  return (
    <div className="table-scroll">
      <table className="table doc-parties">
        <thead>
          <tr>
            <th scope="col">{t("documents.column.party")}</th>
            <th scope="col">{t("documents.column.role")}</th>
            <th scope="col" className="numeric">
              {t("documents.column.share")}
            </th>
            <th scope="col">{t("documents.column.signatory")}</th>
            <th scope="col">{t("documents.column.signature")}</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => {
            const isMine = party.signatory !== null && party.signatory.userId === userId;
            return (
              <tr key={party.organizationId} className={party.signature ? "is-signed" : "is-awaiting"}>
                <td>
                  {party.country ? <CountryCode code={party.country} /> : null}{" "}
                  {pickText(party.names, locale) || party.organizationId}
                  {party.legalName ? <div className="muted">{party.legalName}</div> : null}
                </td>
                <td>{knownText(`partnerRole.${party.role}`, party.role)}</td>
                <td className="numeric nowrap">{party.share} %</td>
                <td>
                  {party.signatory ? (
                    <>
                      {party.signatory.name}
                      {isMine ? <span className="muted"> {t("documents.signatories.you")}</span> : null}
                    </>
                  ) : (
                    <span className="doc-parties__missing">{t("documents.noSignatory")}</span>
                  )}
                </td>
                <td>
                  {party.signature ? (
                    <>
                      <span className="badge badge--done">✓ {t("documents.signed")}</span>
                      <div className="muted doc-parties__when">
                        {party.signature.name},{" "}
                        <FormattedDate
                          value={party.signature.signedAt}
                          dateStyle="medium"
                          timeStyle="short"
                        />
                      </div>
                    </>
                  ) : (
                    <span className={`badge badge--awaiting${isMine ? " badge--mine" : ""}`}>
                      {isMine ? t("documents.awaitingYou") : t("documents.awaitingSignature")}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
