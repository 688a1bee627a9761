// Uploading a translated script (an English or Kazakh version of this draft) to be aligned scene by scene.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { TranslationImportResult } from "../api/types.ts";
import { languageName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";

const languages = ["en", "kk", "be", "uz", "tg", "ky", "ru"];

export const translationsKey = (projectId: string, draftId: string) =>
  ["translations", projectId, draftId] as const;

export function TranslationImport({ projectId, draftId }: { projectId: string; draftId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState("en");
  const [sent, setSent] = useState(0);
  const upload = useMutation({
    mutationFn: () => api.importTranslation(projectId, draftId, { file: file!, language }, setSent),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: translationsKey(projectId, draftId) }),
  });
  const result: TranslationImportResult | undefined = upload.data;
  return (
    <form
      className="toolbar-form"
      aria-label={t("translation.import.title")}
      onSubmit={(event) => {
        event.preventDefault();
        setSent(0);
        upload.mutate();
      }}
    >
      <Field label={t("translation.import.language")} error={fieldError(upload.error, "language")}>
        {(props) => (
          <select {...props} value={language} onChange={(event) => setLanguage(event.target.value)}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("translation.import.file")} error={fieldError(upload.error, "file")}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".fountain,.spmd,.txt,.fdx,.pdf,.kitsp,.starc"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={!file || upload.isPending}>
        {upload.isPending
          ? sent < 1
            ? t("scripts.import.sending", { sent })
            : t("scripts.import.processing")
          : t("translation.import.submit")}
      </button>
      {result ? (
        <Notice tone="success">
          {t("translation.import.done", {
            aligned: result.aligned,
            untranslated: result.untranslated,
            unmatched: result.unmatched.length,
          })}
        </Notice>
      ) : null}
      {upload.isError && !(upload.error instanceof ApiError && upload.error.status === 400) ? (
        <Notice tone="danger">{errorText(upload.error)}</Notice>
      ) : null}
    </form>
  );
}
