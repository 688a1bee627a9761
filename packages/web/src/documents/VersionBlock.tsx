// One version (редакция) of a document: its state (draft or frozen by the first signature), the PDFs, the
// changes from the version before, each party with who signs for it and whether it has, the attached files, and
// a sign button only for the parties whose named signatory the current user is — on the current version only.
import { useState } from "react";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import type { DocumentParty, DocumentVersionSummary, ProjectDetail, ProjectDocument } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useMe } from "../session/session.ts";
import { Notice } from "../ui/layout.tsx";
import { DiffView } from "./DiffView.tsx";
import { PartiesTable } from "./PartiesTable.tsx";
import { SignDialog } from "./SignDialog.tsx";
import { VersionFiles } from "./VersionFiles.tsx";

export function VersionBlock({
  detail,
  document,
  version,
  latest,
}: {
  detail: ProjectDetail;
  document: ProjectDocument;
  version: DocumentVersionSummary;
  latest: boolean;
}) {
  const t = useT();
  const me = useMe();
  const projectId = detail.project.id;
  const [open, setOpen] = useState(latest);
  const [comparing, setComparing] = useState(false);
  const [signingFor, setSigningFor] = useState<DocumentParty | null>(null);
  const [signedFor, setSignedFor] = useState<string | null>(null);
  const { locale } = useLocale();
  const userId = me.data?.user.id;
  // Only the current version is offered for signing: an earlier draft has been superseded.
  const signable =
    latest && detail.permissions.includes("documents.sign")
      ? version.parties.filter((party) => party.signature === null && party.signatory?.userId === userId)
      : [];
  const signedCount = version.parties.filter((party) => party.signature !== null).length;
  // Why someone of a party that has not signed sees no sign button: another person signs for it, or nobody yet.
  const ownParty =
    latest && signable.length === 0
      ? version.parties.find(
          (party) => party.organizationId === detail.organizationId && party.signature === null,
        )
      : undefined;
  return (
    <li
      className={`doc-version${latest ? " doc-version--latest" : ""}`}
      data-testid={`version-${document.id}-${version.number}`}
    >
      <div className="doc-version__header">
        <div className="doc-version__heading">
          <strong>{t("documents.version", { number: version.number })}</strong>
          {version.frozen ? (
            <span className="badge badge--frozen" title={t("documents.version.frozenHint")}>
              {t("documents.version.frozen")}
            </span>
          ) : (
            <span className="badge badge--draft" title={t("documents.version.draftHint")}>
              {t("documents.version.draft")}
            </span>
          )}
          {latest && document.versions.length > 1 ? (
            <span className="badge badge--accent">{t("documents.version.latest")}</span>
          ) : null}
          <span className="muted">
            <FormattedDate value={version.createdAt} dateStyle="medium" timeStyle="short" />
            {version.createdBy ? ` · ${version.createdBy.name}` : ""}
            {" · "}
            {t("documents.signedCount", { signed: signedCount, total: version.parties.length })}
          </span>
        </div>
        <div className="doc-version__actions">
          {(["ru", "en"] as const).map((language) => (
            <a
              key={language}
              className="button button--ghost button--small"
              href={api.documentPdfUrl(projectId, document.id, version.number, language)}
              title={t("documents.pdfTitle", { number: version.number, language: language.toUpperCase() })}
              download
            >
              {t("documents.pdf", { language: language.toUpperCase() })}
            </a>
          ))}
          {version.number > 1 ? (
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={comparing}
              onClick={() => setComparing(!comparing)}
            >
              {comparing ? t("documents.diff.hide") : t("documents.diff.show")}
            </button>
          ) : null}
          {!latest ? (
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {open ? t("documents.version.hideParties") : t("documents.version.showParties")}
            </button>
          ) : null}
          {signable.map((party) => (
            <button
              key={party.organizationId}
              type="button"
              className="button button--primary button--small"
              onClick={() => {
                setSignedFor(null);
                setSigningFor(party);
              }}
            >
              {signable.length > 1
                ? t("documents.signFor", { studio: pickText(party.names, locale) })
                : t("documents.sign")}
            </button>
          ))}
        </div>
      </div>
      {ownParty ? (
        <p className="doc-version__why" data-testid="not-signatory">
          {ownParty.signatory
            ? t("documents.sign.notYours", {
                studio: pickText(ownParty.names, locale),
                name: ownParty.signatory.name,
              })
            : t("documents.sign.nobodyNamed", { studio: pickText(ownParty.names, locale) })}
        </p>
      ) : null}
      {version.note ? <p className="doc-version__note">{version.note}</p> : null}
      {signedFor ? (
        <Notice tone="success" onClose={() => setSignedFor(null)}>
          {t("documents.sign.done", { studio: signedFor })}
        </Notice>
      ) : null}
      {comparing ? (
        <DiffView
          projectId={projectId}
          documentId={document.id}
          from={version.number - 1}
          to={version.number}
        />
      ) : null}
      {open ? <PartiesTable parties={version.parties} userId={userId} /> : null}
      {open ? (
        <div className="doc-version__hash" title={version.termsHash}>
          {t("documents.version.hash", { hash: version.termsHash })}
        </div>
      ) : null}
      {open ? (
        <VersionFiles
          projectId={projectId}
          documentId={document.id}
          version={version}
          canAttach={detail.permissions.includes("documents.edit")}
        />
      ) : null}
      {signingFor ? (
        <SignDialog
          projectId={projectId}
          documentId={document.id}
          title={document.title}
          version={version}
          party={signingFor}
          onClose={(signed) => {
            setSigningFor(null);
            if (signed) setSignedFor(pickText(signingFor.names, locale));
          }}
        />
      ) : null}
    </li>
  );
}
