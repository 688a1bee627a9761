// The files attached to a version (the scanned signed copy, an annex with the budget), each a download, and for
// producers a way to attach one, or remove one attached by mistake, while nobody has signed the version. A
// signature freezes the files with the terms: the controls go away, and a late upload that the server refuses
// (409) says why.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { ApiError, api } from "../api/client.ts";
import type { DocumentVersionSummary, Locale } from "../api/types.ts";
import { intlLocale } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Notice } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { documentKeys } from "./queries.ts";

/** The server's limit (documents/files.ts): checked here first so a large scan is not sent for nothing. */
const maxFileBytes = 20 * 1024 * 1024;

export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, "byte"]
      : bytes < 1024 * 1024
        ? [bytes / 1024, "kilobyte"]
        : [bytes / 1024 ** 2, "megabyte"];
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: unit === "byte" ? 0 : 1,
  }).format(value);
}

export function VersionFiles({
  projectId,
  documentId,
  version,
  canAttach,
}: {
  projectId: string;
  documentId: string;
  version: DocumentVersionSummary;
  /** The caller may attach files (documents.edit). */
  canAttach: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState(0);
  const [refused, setRefused] = useState<string | null>(null);
  const full = useQuery({
    queryKey: documentKeys.version(projectId, documentId, version.number),
    queryFn: () => api.documentVersion(projectId, documentId, version.number),
  });
  const attach = useMutation({
    mutationFn: (file: File) => {
      setSent(0);
      return api.attachDocumentFile(projectId, documentId, version.number, file, setSent);
    },
    onSettled: async (_data, error) => {
      // A refusal because someone signed meanwhile also means the list is out of date: reload it.
      if (!error || (error instanceof ApiError && error.code === "ALREADY_SIGNED")) {
        await queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
        await queryClient.invalidateQueries({ queryKey: documentKeys.audit(projectId) });
      }
    },
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => api.removeDocumentFile(projectId, documentId, version.number, fileId),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.audit(projectId) });
    },
  });
  const files = full.data?.version.files ?? [];
  const isFrozen = version.frozen || full.data?.version.frozen === true;
  const error = attach.error ?? remove.error;
  const errorMessage =
    error instanceof ApiError && error.code === "ALREADY_SIGNED"
      ? t("documents.files.frozenRefused", { number: version.number })
      : error instanceof ApiError && error.status === 413
        ? t("documents.files.tooLarge")
        : error instanceof ApiError && error.fields.some((field) => field.code === "empty_file")
          ? t("documents.files.empty")
          : error
            ? errorText(error)
            : null;

  // A signed version without files, or one the caller cannot add to, has nothing to show.
  if (files.length === 0 && (!canAttach || isFrozen) && !errorMessage && !full.isError) return null;
  return (
    <div className="doc-files" data-testid={`files-${documentId}-${version.number}`}>
      <div className="doc-files__header">
        <span className="doc-files__title">{t("documents.files.title")}</span>
        {files.length > 0 ? (
          <span className="muted">{t("documents.files.count", { count: files.length })}</span>
        ) : null}
      </div>
      {full.isError ? <Notice tone="danger">{errorText(full.error)}</Notice> : null}
      {full.data && files.length === 0 ? (
        <p className="doc-files__empty">{t("documents.files.none")}</p>
      ) : null}
      {files.length > 0 ? (
        <ul className="doc-files__list">
          {files.map((file) => (
            <li key={file.id} className="doc-files__item">
              <a
                className="doc-files__name"
                href={api.documentFileUrl(projectId, documentId, version.number, file.id)}
                download={file.name}
                title={t("documents.files.download", { name: file.name })}
              >
                {file.name}
              </a>
              <span className="muted">
                {formatFileSize(file.size, locale)} ·{" "}
                <FormattedDate value={file.uploadedAt} dateStyle="medium" timeStyle="short" />
              </span>
              <span className="doc-files__hash" title={t("documents.files.sha256", { hash: file.sha256 })}>
                SHA-256 {file.sha256.slice(0, 12)}…
              </span>
              {canAttach && !isFrozen ? (
                <ConfirmButton
                  label={t("documents.files.remove")}
                  question={t("documents.files.removeConfirm", { name: file.name })}
                  disabled={remove.isPending}
                  onConfirm={() => remove.mutate(file.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canAttach && !isFrozen ? (
        <div className="doc-files__attach">
          <label className={`button button--small${attach.isPending ? " is-disabled" : ""}`}>
            {t("documents.files.attach")}
            <input
              type="file"
              className="visually-hidden"
              disabled={attach.isPending}
              aria-describedby={`files-hint-${documentId}-${version.number}`}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = "";
                setRefused(null);
                attach.reset();
                if (!file) return;
                if (file.size > maxFileBytes) {
                  setRefused(t("documents.files.tooLargeNamed", { name: file.name }));
                } else if (file.size === 0) {
                  setRefused(t("documents.files.emptyNamed", { name: file.name }));
                } else {
                  attach.mutate(file);
                }
              }}
            />
          </label>
          <span className="field__hint" id={`files-hint-${documentId}-${version.number}`}>
            {t("documents.files.hint")}
          </span>
        </div>
      ) : null}
      {canAttach && isFrozen && files.length > 0 ? (
        <p className="doc-files__frozen">{t("documents.files.frozen")}</p>
      ) : null}
      {attach.isPending || attach.isSuccess ? (
        <UploadProgress
          sent={attach.isSuccess ? 1 : sent}
          isDone={attach.isSuccess}
          name={attach.variables?.name ?? ""}
        />
      ) : null}
      {refused ? <Notice tone="danger">{refused}</Notice> : null}
      {errorMessage ? (
        <Notice tone="danger" onClose={() => attach.reset()}>
          {errorMessage}
        </Notice>
      ) : null}
    </div>
  );
}

function UploadProgress({ sent, isDone, name }: { sent: number; isDone: boolean; name: string }) {
  const t = useT();
  const percent = Math.round(sent * 100);
  const state = isDone ? "done" : sent < 1 ? "sending" : "processing";
  const text =
    state === "done"
      ? t("documents.files.sent", { name })
      : state === "sending"
        ? t("documents.files.sending", { name, sent })
        : t("documents.files.processing", { name });
  return (
    <div
      className={`upload-progress upload-progress--${state}`}
      data-testid="file-progress"
      data-state={state}
    >
      <div
        className="upload-progress__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <span className="upload-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="upload-progress__text" aria-live="polite">
        {text}
      </span>
    </div>
  );
}
