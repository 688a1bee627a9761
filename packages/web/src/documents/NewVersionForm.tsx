// A new version (редакция) of a document for producers, without touching JSON: the parties' shares (saved only
// when they make exactly 100), the notes to the terms and a note on what changes; everything else is carried
// over from the version it is based on. The earlier versions and their signatures stay as they were.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { DocumentTerms, DocumentVersion, DocumentVersionSummary } from "../api/types.ts";
import { sumPercentages } from "../consortium/percent.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice } from "../ui/layout.tsx";
import { documentKeys } from "./queries.ts";

export function NewVersionForm({
  projectId,
  documentId,
  basedOn,
  onDone,
}: {
  projectId: string;
  documentId: string;
  basedOn: DocumentVersionSummary;
  /** Called with the new version's number, or without one when cancelled. */
  onDone: (number?: number) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
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
          projectId={projectId}
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
  projectId,
  documentId,
  basedOn,
  summary,
  onDone,
}: {
  projectId: string;
  documentId: string;
  basedOn: DocumentVersion;
  summary: DocumentVersionSummary;
  onDone: (number?: number) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [shares, setShares] = useState(() => basedOn.terms.parties.map((party) => party.share));
  const [termsNotes, setTermsNotes] = useState(basedOn.terms.notes ?? "");
  const [note, setNote] = useState("");
  const sum = sumPercentages(shares);
  const create = useMutation({
    mutationFn: () => {
      const terms: DocumentTerms = {
        ...basedOn.terms,
        parties: basedOn.terms.parties.map((party, index) => ({
          ...party,
          share: shares[index]!.trim().replace(",", "."),
        })),
        notes: termsNotes.trim() === "" ? null : termsNotes,
      };
      return api.addDocumentVersion(projectId, documentId, {
        version: basedOn.documentVersion,
        terms,
        note: note.trim() === "" ? null : note.trim(),
      });
    },
    onSuccess: async ({ version }) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.audit(projectId) });
      onDone(version.number);
    },
  });
  const names = new Map(summary.parties.map((party) => [party.organizationId, party]));
  return (
    <form
      className="doc-new-version__form"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <p className="field__hint">{t("documents.newVersion.intro", { number: basedOn.number })}</p>
      <fieldset className="doc-new-version__shares">
        <legend className="field__label">{t("documents.newVersion.shares")}</legend>
        {basedOn.terms.parties.map((party, index) => {
          const known = names.get(party.organizationId);
          return (
            <label key={party.organizationId} className="shares-form__row">
              <span>
                {known?.country ? <CountryCode code={known.country} /> : null}{" "}
                {known ? pickText(known.names, locale) : party.organizationId}
              </span>
              <input
                inputMode="decimal"
                value={shares[index]}
                size={8}
                aria-invalid={fieldError(create.error, `terms.parties.${index}.share`) ? true : undefined}
                onChange={(event) =>
                  setShares(shares.map((share, at) => (at === index ? event.target.value : share)))
                }
              />
              <span>%</span>
            </label>
          );
        })}
        <div
          className={sum === "100" ? "shares-form__sum is-ok" : "shares-form__sum"}
          data-testid="version-sum"
        >
          {t("consortium.shares.sum", { sum: sum ?? "?" })}
        </div>
      </fieldset>
      <Field
        label={t("documents.newVersion.termsNotes")}
        error={fieldError(create.error, "terms.notes")}
        wide
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={termsNotes}
            onChange={(event) => setTermsNotes(event.target.value)}
          />
        )}
      </Field>
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
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={sum !== "100" || create.isPending}>
          {t("documents.newVersion.create")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onDone()}>
          {t("common.cancel")}
        </button>
      </div>
      {create.isError ? (
        <Notice tone="danger">
          {create.error instanceof ApiError && create.error.status === 400 && create.error.fields.length > 0
            ? create.error.fields.map((field) => field.message).join("; ")
            : errorText(create.error)}
        </Notice>
      ) : null}
    </form>
  );
}
