// The co-production's documents on the consortium page: each memorandum and agreement with its versions
// (редакции), who has signed each for every party and who is still awaited, the PDFs, the changes from the
// version before — and, for the caller, signing for their studio or (producers) starting a new version.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import type { DocumentParty, DocumentVersionSummary, ProjectDetail, ProjectDocument } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useMe } from "../session/session.ts";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../ui/layout.tsx";
import { DiffView } from "./DiffView.tsx";
import { NewVersionForm } from "./NewVersionForm.tsx";
import { SignDialog } from "./SignDialog.tsx";
import { documentKeys } from "./queries.ts";

export function DocumentsPanel({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const documents = useQuery({
    queryKey: documentKeys.all(projectId),
    queryFn: () => api.documents(projectId),
  });
  const rows = documents.data?.documents ?? [];
  return (
    <Panel
      id="documents"
      title={t("documents.title")}
      meta={documents.data ? String(rows.length) : undefined}
    >
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <Notice tone="danger">{errorText(documents.error)}</Notice> : null}
      {documents.data && rows.length === 0 ? <EmptyState title={t("documents.empty")} /> : null}
      <div className="documents" data-testid="documents">
        {rows.map((document) => (
          <DocumentCard key={document.id} detail={detail} document={document} />
        ))}
      </div>
    </Panel>
  );
}

function DocumentCard({ detail, document }: { detail: ProjectDetail; document: ProjectDocument }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const canEdit = detail.permissions.includes("documents.edit");
  const latest = document.versions.at(-1);
  const newestFirst = [...document.versions].reverse();
  const signed = latest?.parties.filter((party) => party.signature !== null).length ?? 0;
  return (
    <article className="document" aria-labelledby={`document-${document.id}`} data-kind={document.kind}>
      <header className="document__header">
        <div>
          <div className="document__kind">{t(`documents.kind.${document.kind}`)}</div>
          <h3 className="document__title" id={`document-${document.id}`}>
            {document.title}
          </h3>
          <div className="document__meta">
            {latest?.fullySigned ? (
              <span className="badge badge--done">{t("documents.fullySigned")}</span>
            ) : (
              <span className="badge badge--awaiting">{t("documents.awaiting")}</span>
            )}
            {latest ? (
              <span className="muted">
                {t("documents.signedCount", { signed, total: latest.parties.length })} ·{" "}
                {t("documents.versionsCount", { count: document.versions.length })}
              </span>
            ) : null}
          </div>
        </div>
        {canEdit && latest && !adding ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setCreated(null);
              setAdding(true);
            }}
          >
            {t("documents.newVersion")}
          </button>
        ) : null}
      </header>
      {adding && latest ? (
        <NewVersionForm
          projectId={detail.project.id}
          documentId={document.id}
          basedOn={latest}
          onDone={(number) => {
            setAdding(false);
            if (number !== undefined) setCreated(number);
          }}
        />
      ) : null}
      {created !== null ? (
        <Notice tone="success" onClose={() => setCreated(null)}>
          {t("documents.newVersion.created", { number: created })}
        </Notice>
      ) : null}
      <ol className="document__versions" reversed>
        {newestFirst.map((version, index) => (
          <VersionBlock
            key={version.number}
            detail={detail}
            document={document}
            version={version}
            latest={index === 0}
          />
        ))}
      </ol>
    </article>
  );
}

function VersionBlock({
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
      {open ? <PartiesTable parties={version.parties} /> : null}
      {open ? (
        <div className="doc-version__hash" title={version.termsHash}>
          {t("documents.version.hash", { hash: version.termsHash })}
        </div>
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

function PartiesTable({ parties }: { parties: readonly DocumentParty[] }) {
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
          {parties.map((party) => (
            <tr key={party.organizationId} className={party.signature ? "is-signed" : "is-awaiting"}>
              <td>
                {party.country ? <CountryCode code={party.country} /> : null}{" "}
                {pickText(party.names, locale) || party.organizationId}
                {party.legalName ? <div className="muted">{party.legalName}</div> : null}
              </td>
              <td>{knownText(`partnerRole.${party.role}`, party.role)}</td>
              <td className="numeric nowrap">{party.share} %</td>
              <td>{party.signatory?.name ?? <span className="muted">{t("documents.noSignatory")}</span>}</td>
              <td>
                {party.signature ? (
                  <>
                    <span className="badge badge--done">✓ {t("documents.signed")}</span>
                    <div className="muted doc-parties__when">
                      {party.signature.name},{" "}
                      <FormattedDate value={party.signature.signedAt} dateStyle="medium" timeStyle="short" />
                    </div>
                  </>
                ) : (
                  <span className="badge badge--awaiting">{t("documents.awaitingSignature")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
