// The co-production's documents on the consortium page: who signs for each studio, each memorandum and agreement
// with its versions (редакции), who has signed each for every party and who is still awaited, the PDFs and
// attached files, the changes from the version before — and, for producers, starting a document or a version.
import { useEffect, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { DocumentVersion, ProjectDetail, ProjectDocument } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../ui/layout.tsx";
import { NewDocumentForm } from "./NewDocumentForm.tsx";
import { NewVersionForm } from "./NewVersionForm.tsx";
import { SignatoriesPanel } from "./SignatoriesPanel.tsx";
import { VersionBlock } from "./VersionBlock.tsx";
import { documentKeys } from "./queries.ts";

export function DocumentsPanel({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<DocumentVersion | null>(null);
  const canEdit = detail.permissions.includes("documents.edit");
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
      actions={
        canEdit && !creating ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t("documents.new")}
          </button>
        ) : null
      }
    >
      {creating ? (
        <NewDocumentForm
          detail={detail}
          onDone={(version) => {
            setCreating(false);
            if (version) setCreated(version);
          }}
        />
      ) : null}
      {created ? (
        <Notice tone="success" onClose={() => setCreated(null)}>
          {t("documents.new.created", { title: created.title })}
        </Notice>
      ) : null}
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <Notice tone="danger">{errorText(documents.error)}</Notice> : null}
      {documents.data ? <SignatoriesPanel detail={detail} documents={rows} /> : null}
      {documents.data && rows.length === 0 ? <EmptyState title={t("documents.empty")} /> : null}
      <div className="documents" data-testid="documents">
        {rows.map((document) => (
          <DocumentCard
            key={document.id}
            detail={detail}
            document={document}
            isNew={created?.documentId === document.id}
          />
        ))}
      </div>
    </Panel>
  );
}

function DocumentCard({
  detail,
  document,
  isNew,
}: {
  detail: ProjectDetail;
  document: ProjectDocument;
  /** Just created here: brought into view once. */
  isNew: boolean;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const article = useRef<HTMLElement>(null);
  const canEdit = detail.permissions.includes("documents.edit");
  const latest = document.versions.at(-1);
  const newestFirst = [...document.versions].reverse();
  const signed = latest?.parties.filter((party) => party.signature !== null).length ?? 0;
  useEffect(() => {
    if (isNew) article.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [isNew]);
  return (
    <article
      ref={article}
      className={`document${isNew ? " document--new" : ""}`}
      aria-labelledby={`document-${document.id}`}
      data-kind={document.kind}
    >
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
          detail={detail}
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
