// A bank's official rate file saved from its site (ЦБ РФ XML_daily, Нацбанк РБ, НБК, ЦБ Узбекистана, НБКР, НБТ):
// the server recognizes the bank from the content and stores the table under the date the file states. The bar
// shows the upload; the answer lists what the file made the server skip or round.
import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "../../api/client.ts";

import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import { useMoneyChanged } from "../queries.ts";
import { UploadProgress } from "../UploadProgress.tsx";
import { useSourceName } from "./source-names.ts";
import { StoredNotice } from "./StoredNotice.tsx";
import { formatDay } from "../format.ts";

export function RateFileImport({
  projectId,
  onStored,
}: {
  projectId: string;
  onStored: (id: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const sourceName = useSourceName();
  const changed = useMoneyChanged(projectId);
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [sent, setSent] = useState(0);
  const upload = useMutation({
    mutationFn: (input: { file: File; replace: boolean }) => {
      setSent(0);
      return moneyApi.importRateFile(projectId, input, setSent);
    },
    onSuccess: async (stored) => {
      form.current?.reset();
      setFile(null);
      setReplace(false);
      await changed();
      onStored(stored.table.id);
    },
  });
  const error = upload.error;
  const conflict = error instanceof ApiError && error.status === 409 ? error : null;
  const current = (conflict?.body as { error?: { current?: { source: string; date: string } } } | undefined)
    ?.error?.current;
  const fields = error instanceof ApiError && error.status === 400 ? error.fields : [];
  return (
    <Panel title={t("money.rates.import.title")}>
      <form
        ref={form}
        className="money-rates-form"
        aria-label={t("money.rates.import.title")}
        onSubmit={(event) => {
          event.preventDefault();
          if (file) upload.mutate({ file, replace });
        }}
      >
        <p className="money-intro">{t("money.rates.import.intro")}</p>
        <div className="file-picker">
          <label className="button file-picker__button">
            {t("money.import.choose")}
            <input
              type="file"
              className="visually-hidden"
              accept=".xml,.json,.txt"
              aria-label={t("money.rates.import.file")}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                upload.reset();
              }}
            />
          </label>
          <span className={file ? "file-picker__name" : "file-picker__name muted"}>
            {file?.name ?? t("money.import.noFile")}
          </span>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{" "}
          {t("money.rates.replace")}
        </label>
        {upload.isPending ? <UploadProgress sent={sent} testId="rate-upload-progress" /> : null}
        {conflict ? (
          <Notice tone="warning">
            {current
              ? t("money.rates.conflict", {
                  source: sourceName(current.source),
                  date: formatDay(current.date, locale),
                })
              : errorText(conflict)}
          </Notice>
        ) : fields.length > 0 ? (
          <Notice tone="danger">
            <strong>{t("money.rates.import.unreadable")}</strong>
            <ul className="money-error-list">
              {fields.map((field, index) => (
                <li key={index}>
                  {field.message}
                  {field.path.startsWith("file:") ? (
                    <span className="muted small"> ({field.path.slice(5)})</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Notice>
        ) : error ? (
          <Notice tone="danger">
            {error instanceof ApiError && error.status === 413
              ? t("money.rates.import.tooLarge")
              : errorText(error)}
          </Notice>
        ) : null}
        {upload.data ? <StoredNotice stored={upload.data} onClose={() => upload.reset()} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={!file || upload.isPending}>
            {t("money.rates.import.submit")}
          </button>
        </div>
      </form>
    </Panel>
  );
}
