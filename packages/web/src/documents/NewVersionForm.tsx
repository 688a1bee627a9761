// A new version (редакция) of a document for producers, without touching JSON: the terms of the version it is
// based on, editable in full (shares, territories, contributions, deadlines, the treaty …), and a note on what
// changes. The earlier versions and their signatures stay as they were.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { DocumentVersion, DocumentVersionSummary, PartnerRole, ProjectDetail } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice } from "../ui/layout.tsx";
import { documentKeys } from "./queries.ts";
import { TermsEditor } from "./TermsEditor.tsx";
import { draftFromTerms, termsFromDraft, type TermsDraft } from "./terms-draft.ts";
import { useTermsSources } from "./terms-sources.ts";

export function NewVersionForm({
  detail,
  documentId,
  basedOn,
  onDone,
}: {
  detail: ProjectDetail;
  documentId: string;
  basedOn: DocumentVersionSummary;
  /** Called with the new version's number, or without one when cancelled. */
  onDone: (number?: number) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const full = useQuery({
    queryKey: documentKeys.version(projectId, documentId, basedOn.number),
    queryFn: () => api.documentVersion(projectId, documentId, basedOn.number),
  });
  return (
    <section
      className="doc-new-version"
      aria-label={t("documents.newVersion.title", { number: basedOn.number })}
    >
      <h4 className="doc-new-version__title">
        {t("documents.newVersion.title", { number: basedOn.number })}
      </h4>
      {full.isPending ? <Loading /> : null}
      {full.isError ? <Notice tone="danger">{errorText(full.error)}</Notice> : null}
      {full.data ? (
        <VersionEditor
          detail={detail}
          documentId={documentId}
          basedOn={full.data.version}
          summary={basedOn}
          onDone={onDone}
        />
      ) : null}
    </section>
  );
}

function VersionEditor({
  detail,
  documentId,
  basedOn,
  summary,
  onDone,
}: {
  detail: ProjectDetail;
  documentId: string;
  basedOn: DocumentVersion;
  summary: DocumentVersionSummary;
  onDone: (number?: number) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const projectId = detail.project.id;
  const sources = useTermsSources(detail);
  const [terms, setTerms] = useState<TermsDraft>(() => draftFromTerms(basedOn.terms));
  const [note, setNote] = useState("");
  const create = useMutation({
    mutationFn: () =>
      api.addDocumentVersion(projectId, documentId, {
        version: basedOn.documentVersion,
        terms: termsFromDraft(terms),
        note: note.trim() === "" ? null : note.trim(),
      }),
    onSuccess: async ({ version }) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.audit(projectId) });
      onDone(version.number);
    },
  });
  // A party of the earlier version that is no longer an accepted partner still shows by its name.
  const partners = [
    ...sources.partners,
    ...summary.parties
      .filter((party) => !sources.partners.some((partner) => partner.organizationId === party.organizationId))
      .map((party) => ({
        organizationId: party.organizationId,
        names: party.names,
        country: party.country ?? "",
        role: party.role as PartnerRole,
        status: "accepted" as const,
      })),
  ];
  return (
    <form
      className="doc-new-version__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <p className="field__hint">{t("documents.newVersion.intro", { number: basedOn.number })}</p>
      <TermsEditor
        value={terms}
        onChange={setTerms}
        partners={partners}
        treaties={sources.treaties}
        error={create.error}
      />
      <Field
        label={t("documents.newVersion.note")}
        hint={t("documents.newVersion.noteHint")}
        error={fieldError(create.error, "note")}
        wide
      >
        {(props) => (
          <textarea {...props} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </Field>
      {create.isError ? (
        <Notice tone="danger">
          {errorText(create.error, { VERSION_CONFLICT: "documents.error.documentChanged" })}
        </Notice>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("documents.newVersion.create")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onDone()}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
