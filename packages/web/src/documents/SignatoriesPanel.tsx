// Who signs for each partner (подписант): one project member of that studio, named by the studio's administrator
// or by a producer of the project. Only the named signatory may sign a version for the studio; naming another
// person changes who may sign from now on, never a signature already given.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { ApiError, api } from "../api/client.ts";
import type { PersonRef, ProjectDetail, ProjectDocument, ProjectPartner } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useMe } from "../session/session.ts";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Notice } from "../ui/layout.tsx";
import { documentKeys } from "./queries.ts";
import { useTermsErrorText } from "./term-errors.ts";
import { useTermsSources } from "./terms-sources.ts";

export function SignatoriesPanel({
  detail,
  documents,
}: {
  detail: ProjectDetail;
  /** The documents as loaded, whose parties name their signatories too. */
  documents: readonly ProjectDocument[];
}) {
  const t = useT();
  const me = useMe();
  const { locale } = useLocale();
  const sources = useTermsSources(detail);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const partners = sources.partners;
  const consortium = sources.consortium.data;
  const userId = me.data?.user.id;

  // The consortium says who is named now; the documents' parties say it too (with names) for those who cannot
  // read the consortium.
  const fromDocuments = new Map<string, PersonRef | null>();
  for (const document of documents) {
    for (const party of document.versions.at(-1)?.parties ?? [])
      fromDocuments.set(party.organizationId, party.signatory);
  }
  const signatoryOf = (organizationId: string): PersonRef | null | undefined => {
    const partner = consortium?.partners.find((entry) => entry.organizationId === organizationId);
    if (partner) {
      if (partner.signatoryUserId === null) return null;
      const member = detail.members.find((entry) => entry.userId === partner.signatoryUserId);
      const known = fromDocuments.get(organizationId);
      return {
        userId: partner.signatoryUserId,
        name:
          member?.name ?? (known?.userId === partner.signatoryUserId ? known.name : partner.signatoryUserId),
      };
    }
    return fromDocuments.get(organizationId);
  };
  const canName = (partner: ProjectPartner) =>
    detail.permissions.includes("consortium.edit") ||
    (me.data?.organizations.some(
      (organization) => organization.id === partner.organizationId && organization.role === "admin",
    ) ??
      false);
  if (partners.length === 0) return null;

  return (
    <section className="doc-signatories" aria-labelledby="signatories-title" data-testid="signatories">
      <div className="doc-signatories__header">
        <h3 className="doc-signatories__title" id="signatories-title">
          {t("documents.signatories.title")}
        </h3>
        <p className="field__hint">{t("documents.signatories.intro")}</p>
      </div>
      {saved ? (
        <Notice tone="success" onClose={() => setSaved(null)}>
          {saved}
        </Notice>
      ) : null}
      <div className="table-scroll">
        <table className="table doc-signatories__table">
          <thead>
            <tr>
              <th scope="col">{t("documents.column.party")}</th>
              <th scope="col">{t("documents.column.signatory")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("documents.signatories.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => {
              const studio = pickText(partner.names, locale) || partner.organizationId;
              const signatory = signatoryOf(partner.organizationId);
              const isEditing = editing === partner.organizationId;
              return (
                <tr key={partner.organizationId} data-organization={partner.organizationId}>
                  <th scope="row">
                    <CountryCode code={partner.country} /> {studio}
                  </th>
                  <td>
                    {isEditing ? (
                      <SignatoryForm
                        detail={detail}
                        partner={partner}
                        studio={studio}
                        current={signatory?.userId ?? null}
                        onDone={(message) => {
                          setEditing(null);
                          if (message) setSaved(message);
                        }}
                      />
                    ) : signatory ? (
                      <span className="doc-signatories__name">
                        {signatory.name}
                        {signatory.userId === userId ? (
                          <span className="muted"> {t("documents.signatories.you")}</span>
                        ) : null}
                      </span>
                    ) : signatory === null ? (
                      <span className="badge badge--awaiting">{t("documents.noSignatory")}</span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="table__actions">
                    {canName(partner) && !isEditing ? (
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={t("documents.signatories.changeFor", { studio })}
                        onClick={() => {
                          setSaved(null);
                          setEditing(partner.organizationId);
                        }}
                      >
                        {signatory ? t("common.edit") : t("documents.signatories.name")}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SignatoryForm({
  detail,
  partner,
  studio,
  current,
  onDone,
}: {
  detail: ProjectDetail;
  partner: ProjectPartner;
  studio: string;
  current: string | null;
  /** Called with what was done, or without anything when cancelled. */
  onDone: (message?: string) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const fieldErrorText = useTermsErrorText();
  const queryClient = useQueryClient();
  const projectId = detail.project.id;
  const candidates = detail.members.filter((member) => member.organizationId === partner.organizationId);
  const [chosen, setChosen] = useState(current ?? "");
  const save = useMutation({
    mutationFn: () => api.setSignatory(projectId, partner.organizationId, chosen === "" ? null : chosen),
    onSuccess: async ({ partner: named }) => {
      await Promise.all(
        [documentKeys.consortium(projectId), documentKeys.all(projectId), documentKeys.audit(projectId)].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      );
      onDone(
        named.signatory
          ? t("documents.signatories.named", { studio, name: named.signatory.name })
          : t("documents.signatories.removed", { studio }),
      );
    },
  });
  const firstField =
    save.error instanceof ApiError && save.error.status === 400 ? save.error.fields[0] : undefined;
  return (
    <form
      className="doc-signatories__form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <select
        className="select--compact"
        aria-label={t("documents.signatories.choose", { studio })}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">{t("documents.signatories.none")}</option>
        {candidates.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--primary button--small" disabled={save.isPending}>
        {t("common.save")}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => onDone()}>
        {t("common.cancel")}
      </button>
      {candidates.length === 0 ? (
        <div className="field__hint doc-signatories__hint">
          {t("documents.signatories.noCandidates")}{" "}
          <Link to={`/projects/${projectId}`}>{t("documents.signatories.team")}</Link>
        </div>
      ) : null}
      {save.isError ? (
        <div className="field__error doc-signatories__hint" role="alert">
          {firstField ? fieldErrorText(firstField) : errorText(save.error)}
        </div>
      ) : null}
    </form>
  );
}
