// Uploading the project's own пакет правил (a CIS or bilateral договор) as JSON or YAML: the bar shows the upload,
// and a refused file lists every complaint with its line, so the author can fix the file in one go.
import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError, api, type FieldError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";
import { useErrorText } from "../ui/errors.ts";
import { Notice } from "../ui/layout.tsx";
import { rulePacksKey, useConsortiumChanged } from "./queries.ts";

const maxBytes = 1024 * 1024;
const accepted = ".json,.yaml,.yml";
const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

export function RulePackUpload({ projectId, ownIds }: { projectId: string; ownIds: readonly string[] }) {
  const t = useT();
  const errorText = useErrorText();
  const changed = useConsortiumChanged(projectId);
  const form = useRef<HTMLFormElement>(null);
  // The own packs before this upload: a pack with one of their ids replaces it, and the notice says so.
  const [ownIdsBefore, setOwnIdsBefore] = useState<readonly string[]>([]);
  const [sent, setSent] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  const [localProblem, setLocalProblem] = useState<"tooLarge" | "format" | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => {
      setSent(0);
      return api.uploadRulePack(projectId, file, setSent);
    },
    onSuccess: async () => {
      form.current?.reset();
      setFileName(null);
      await changed(rulePacksKey(projectId));
    },
  });
  const error = upload.error;
  const fields = error instanceof ApiError && error.status === 400 ? error.fields : [];
  const isTooLarge = localProblem === "tooLarge" || (error instanceof ApiError && error.status === 413);
  const uploaded = upload.data?.pack;
  return (
    <form
      ref={form}
      className="inline-form pack-upload"
      aria-label={t("rulePacks.upload.title")}
      onSubmit={(event) => {
        event.preventDefault();
        const file = new FormData(event.currentTarget).get("file");
        if (!(file instanceof File) || file.name === "") return;
        upload.reset();
        if (file.size > maxBytes) return setLocalProblem("tooLarge");
        if (!/\.(json|ya?ml)$/iu.test(file.name)) return setLocalProblem("format");
        setLocalProblem(null);
        setOwnIdsBefore(ownIds);
        upload.mutate(file);
      }}
    >
      <div className="pack-upload__row">
        <div className="pack-upload__text">
          <div className="field__label">{t("rulePacks.upload.title")}</div>
          <div className="field__hint">
            {t("rulePacks.upload.hint")}{" "}
            <a href={api.rulePackSchemaUrl} target="_blank" rel="noreferrer">
              {t("rulePacks.upload.schema")}
            </a>
          </div>
        </div>
        <div className="file-picker">
          {/* The browser's own file button speaks the browser's language; this one speaks the interface's. */}
          <label className="button file-picker__button">
            {t("rulePacks.upload.choose")}
            <input
              type="file"
              name="file"
              className="visually-hidden"
              accept={accepted}
              aria-label={t("rulePacks.upload.file")}
              onChange={(event) => {
                setFileName(event.target.files?.[0]?.name ?? null);
                setLocalProblem(null);
                upload.reset();
              }}
            />
          </label>
          <span className={fileName ? "file-picker__name" : "file-picker__name muted"}>
            {fileName ?? t("rulePacks.upload.noFile")}
          </span>
        </div>
        <button type="submit" className="button button--primary" disabled={upload.isPending || !fileName}>
          {upload.isPending ? t("rulePacks.upload.pending") : t("rulePacks.upload.submit")}
        </button>
      </div>
      {upload.isPending ? (
        <div className="upload-progress" data-testid="pack-upload-progress">
          <div
            className="upload-progress__track"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(sent * 100)}
          >
            <span className="upload-progress__bar" style={{ width: `${Math.round(sent * 100)}%` }} />
          </div>
          <span aria-live="polite">
            {sent < 1 ? t("rulePacks.upload.sending", { sent }) : t("rulePacks.upload.checking")}
          </span>
        </div>
      ) : null}
      {uploaded ? (
        <Notice tone="success" onClose={() => upload.reset()}>
          {t(ownIdsBefore.includes(uploaded.id) ? "rulePacks.upload.replaced" : "rulePacks.upload.done", {
            name: uploaded.name,
            count: uploaded.ruleCount,
          })}
        </Notice>
      ) : null}
      {isTooLarge ? <Notice tone="danger">{t("rulePacks.upload.tooLarge")}</Notice> : null}
      {localProblem === "format" ? <Notice tone="danger">{t("rulePacks.upload.wrongFormat")}</Notice> : null}
      {fields.length > 0 ? (
        <PackErrors fields={fields} />
      ) : error && !isTooLarge ? (
        <Notice tone="danger">{errorText(error)}</Notice>
      ) : null}
    </form>
  );
}

/** Every complaint about the file: its line, where in the pack, and what is wrong. */
function PackErrors({ fields }: { fields: readonly FieldError[] }) {
  const t = useT();
  // The server puts "line 14: " before its message; the line has its own column here. Its message keeps the
  // numbers ("max 20 is below min 30"), so it follows the translated wording of the code.
  const detailOf = (field: FieldError) => field.message.replace(/^line \d+:\s*/u, "");
  const wordingOf = (field: FieldError) => {
    const key = `rulePacks.error.${field.code ?? ""}`;
    return isMessageKey(key) ? t(key, field.params) : null;
  };
  const lines = [...fields].sort((a, b) => (a.params?.line ?? 0) - (b.params?.line ?? 0));
  return (
    <div className="pack-errors" role="alert" data-testid="pack-errors">
      <div className="pack-errors__title">{t("rulePacks.upload.refused", { count: fields.length })}</div>
      <ul className="pack-errors__list">
        {lines.map((field, index) => (
          <li key={`${field.path}-${index}`}>
            <span className="pack-errors__line">
              {field.params?.line !== undefined
                ? t("rulePacks.upload.line", { line: field.params.line })
                : t("rulePacks.upload.noLine")}
            </span>
            {field.path && field.path !== "(body)" ? (
              <code className="pack-errors__path">{field.path}</code>
            ) : null}
            {wordingOf(field) ? (
              <span>
                {wordingOf(field)} <span className="muted">({detailOf(field)})</span>
              </span>
            ) : (
              <span>{detailOf(field)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
