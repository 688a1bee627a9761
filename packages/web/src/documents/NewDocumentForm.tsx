// Starting a memorandum or an agreement (producers): its kind, title and first version's terms. The terms can
// be filled in from the consortium — agreed shares, territories, contributions, language versions, the treaty —
// so nobody types them again, and are edited before anything is sent. The server's complaints show in place.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { DocumentKind, DocumentVersion, ProjectDetail } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";
import { documentKeys } from "./queries.ts";
import { TermsEditor } from "./TermsEditor.tsx";
import { draftFromConsortium, emptyTermsDraft, termsFromDraft, type TermsDraft } from "./terms-draft.ts";
import { useTermsSources } from "./terms-sources.ts";

const kinds: readonly DocumentKind[] = ["memorandum", "agreement", "amendment", "other"];

export function NewDocumentForm({
  detail,
  onDone,
}: {
  detail: ProjectDetail;
  /** Called with the created first version, or without one when cancelled. */
  onDone: (created?: DocumentVersion) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const projectId = detail.project.id;
  const sources = useTermsSources(detail);
  const projectTitle = pickText(detail.project.titles, locale);
  const titleFor = (kind: DocumentKind) =>
    t("documents.new.defaultTitle", { kind: t(`documents.kind.${kind}`), project: projectTitle });
  const [kind, setKind] = useState<DocumentKind>("agreement");
  const [title, setTitle] = useState(() => titleFor("agreement"));
  const [terms, setTerms] = useState<TermsDraft>(emptyTermsDraft);
  const [note, setNote] = useState("");
  const [prefilled, setPrefilled] = useState(false);

  const create = useMutation({
    mutationFn: () =>
      api.createDocument(projectId, {
        kind,
        title: title.trim(),
        terms: termsFromDraft(terms),
        note: note.trim() === "" ? null : note.trim(),
      }),
    onSuccess: async ({ version }) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.audit(projectId) });
      onDone(version);
    },
  });

  const consortium = sources.consortium.data;
  const contributions = sources.contributions.data?.contributions;
  const canPrefill =
    consortium !== undefined && contributions !== undefined && consortium.partners.length > 0;
  const instalments = contributions?.reduce((count, entry) => count + entry.instalments.length, 0) ?? 0;

  return (
    <section className="doc-new-document" aria-labelledby="new-document-title">
      <h3 className="doc-new-version__title" id="new-document-title">
        {t("documents.new.title")}
      </h3>
      <form
        className="doc-new-document__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <div className="doc-new-document__head">
          <Field label={t("documents.new.kind")} error={fieldError(create.error, "kind")}>
            {(props) => (
              <select
                {...props}
                value={kind}
                onChange={(event) => {
                  const next = event.target.value as DocumentKind;
                  // The suggested title follows the kind until the producer writes their own.
                  if (title === titleFor(kind)) setTitle(titleFor(next));
                  setKind(next);
                }}
              >
                {kinds.map((entry) => (
                  <option key={entry} value={entry}>
                    {t(`documents.kind.${entry}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("documents.new.name")} error={fieldError(create.error, "title")}>
            {(props) => (
              <input
                {...props}
                value={title}
                maxLength={300}
                onChange={(event) => setTitle(event.target.value)}
              />
            )}
          </Field>
        </div>
        {sources.consortium.isError ? (
          <Notice tone="warning">{errorText(sources.consortium.error)}</Notice>
        ) : null}
        {canPrefill ? (
          <div className="doc-prefill" data-testid="prefill">
            <div>
              <div className="doc-prefill__title">{t("documents.new.prefillTitle")}</div>
              <div className="field__hint">
                {t("documents.new.prefillWhat", {
                  partners: consortium.partners.length,
                  contributions: instalments,
                })}
              </div>
            </div>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setTerms(draftFromConsortium(consortium, contributions));
                setPrefilled(true);
                create.reset();
              }}
            >
              {prefilled ? t("documents.new.prefillAgain") : t("documents.new.prefill")}
            </button>
          </div>
        ) : null}
        {prefilled ? (
          <Notice tone="success" onClose={() => setPrefilled(false)}>
            {t("documents.new.prefilled")}
          </Notice>
        ) : null}
        <TermsEditor
          value={terms}
          onChange={setTerms}
          partners={sources.partners}
          treaties={sources.treaties}
          error={create.error}
        />
        <Field
          label={t("documents.new.note")}
          hint={t("documents.new.noteHint")}
          error={fieldError(create.error, "note")}
          wide
        >
          {(props) => (
            <textarea {...props} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          )}
        </Field>
        {create.isError ? <Notice tone="danger">{errorText(create.error)}</Notice> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t("common.saving") : t("documents.new.create")}
          </button>
          <button type="button" className="button button--ghost" onClick={() => onDone()}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
