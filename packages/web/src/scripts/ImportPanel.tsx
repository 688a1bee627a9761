// Importing a screenplay file as the next draft of an episode's script. The file goes up through
// XMLHttpRequest so the bar shows real upload progress; the server then parses it and answers with
// the new draft and the warnings of its import.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { ApiError, api } from "../api/client.ts";
import type { ProjectDetail, RevisionColor, Script } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice, Panel } from "../ui/layout.tsx";
import { nextRevisionColor, revisionColors } from "./format.ts";
import { scriptsQueryKey } from "./queries.ts";
import { useRevisionName } from "./RevisionSwatch.tsx";
import { WarningList } from "./WarningList.tsx";

const acceptedFiles = ".fountain,.spmd,.txt,.fdx,.pdf,.kitsp,.starc";

interface ImportInput {
  file: File;
  episode: number | undefined;
  color: RevisionColor | undefined;
}

export function ImportPanel({ detail, scripts }: { detail: ProjectDetail; scripts: readonly Script[] }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const revisionName = useRevisionName();
  const queryClient = useQueryClient();
  const projectId = detail.project.id;
  const isSeries = detail.project.kind === "series";
  const episodes = [...detail.episodes].sort((a, b) => a.number - b.number);
  const scriptOf = (episodeNumber: number | null) =>
    scripts.find((script) => script.episodeNumber === episodeNumber);
  // Until the user picks one, the first episode still without a script.
  const [chosenEpisode, setChosenEpisode] = useState<string | null>(null);
  const episode =
    chosenEpisode ?? String((episodes.find((entry) => !scriptOf(entry.number)) ?? episodes[0])?.number ?? "");
  const [color, setColor] = useState<RevisionColor | "">("");
  const [sent, setSent] = useState<number | null>(null);

  const importDraft = useMutation({
    mutationFn: (input: ImportInput) => {
      setSent(0);
      return api.importScript(projectId, input, setSent);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scriptsQueryKey(projectId) }),
  });

  const error = importDraft.error;
  const isTooLarge = error instanceof ApiError && error.status === 413;
  const fileError = isTooLarge ? t("scripts.import.tooLarge") : fieldError(error, "file");
  const episodeError = fieldError(error, "episode");
  if (error instanceof ApiError && error.status === 403)
    return <Notice tone="danger">{errorText(error)}</Notice>;

  const episodeNumber = isSeries ? Number(episode) : null;
  const nextColor = nextRevisionColor(scriptOf(episodeNumber)?.drafts[0]?.color);
  const result = importDraft.data;

  return (
    <Panel id="import" title={t("scripts.import.title")} flush>
      <form
        className="inline-form import-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const file = new FormData(form).get("file");
          if (!(file instanceof File) || file.name === "") return;
          importDraft.mutate(
            { file, episode: isSeries ? Number(episode) : undefined, color: color || undefined },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        <div className="inline-form__row">
          {isSeries ? (
            <Field label={t("scripts.import.episode")} error={episodeError}>
              {(props) => (
                <select
                  {...props}
                  name="episode"
                  value={episode}
                  onChange={(event) => setChosenEpisode(event.target.value)}
                >
                  {episodes.map((entry) => {
                    const title = pickText(entry.titles, locale);
                    return (
                      <option key={entry.id} value={entry.number}>
                        {t("project.episodes.number", { number: entry.number })}
                        {title ? ` · ${title}` : ""}
                      </option>
                    );
                  })}
                </select>
              )}
            </Field>
          ) : null}
          <Field label={t("scripts.import.color")}>
            {(props) => (
              <select
                {...props}
                name="color"
                value={color}
                onChange={(event) => setColor(event.target.value as RevisionColor | "")}
              >
                <option value="">{t("scripts.import.colorNext", { color: revisionName(nextColor) })}</option>
                {revisionColors.map((entry) => (
                  <option key={entry} value={entry}>
                    {revisionName(entry)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("scripts.import.file")} error={fileError} wide>
            {(props) => <input {...props} type="file" name="file" accept={acceptedFiles} required />}
          </Field>
          <div className="inline-form__actions">
            <button type="submit" className="button button--primary" disabled={importDraft.isPending}>
              {t("scripts.import.submit")}
            </button>
          </div>
        </div>
        <p className="field__hint">{t("scripts.import.fileHint")}</p>
        {importDraft.isPending || importDraft.isSuccess ? (
          <UploadProgress sent={importDraft.isSuccess ? 1 : (sent ?? 0)} isDone={importDraft.isSuccess} />
        ) : null}
        {error && !fileError && !episodeError ? <Notice tone="danger">{errorText(error)}</Notice> : null}
        {result ? (
          <div className="import-result" data-testid="import-result">
            <Notice tone="success">
              {t("scripts.import.done", {
                number: result.draft.number,
                color: revisionName(result.draft.color),
                count: result.draft.sceneCount,
              })}{" "}
              <Link to={`/projects/${projectId}/scripts/drafts/${result.draft.id}`}>
                {t("scripts.import.open")} →
              </Link>
            </Notice>
            {result.warnings.length > 0 ? (
              <>
                <p className="small muted">{t("scripts.import.warnings")}</p>
                <WarningList warnings={result.warnings} />
              </>
            ) : null}
          </div>
        ) : null}
      </form>
    </Panel>
  );
}

function UploadProgress({ sent, isDone }: { sent: number; isDone: boolean }) {
  const t = useT();
  const percent = Math.round(sent * 100);
  const state = isDone ? "done" : sent < 1 ? "sending" : "processing";
  const text =
    state === "done"
      ? t("scripts.import.sent")
      : state === "sending"
        ? t("scripts.import.sending", { sent })
        : t("scripts.import.processing");
  return (
    <div
      className={`upload-progress upload-progress--${state}`}
      data-testid="import-progress"
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
