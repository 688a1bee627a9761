// A .uss file as a new variant of the КПП: the file is checked as soon as it is chosen (with the upload's progress)
// and the page says what it would make — scenes found and not, shifts, elements, what is not carried; then the
// variant is created, all or nothing. A refused file is listed problem by problem, each at its place in the file.
import { useRef, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/client.ts";
import { useT } from "../../i18n/locale.tsx";
import { fieldError, useErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { scheduleKeys } from "../queries.ts";
import { importUss, previewUss, type UssImportInput, type UssImportSummary } from "./api.ts";
import { UssSummary } from "./UssSummary.tsx";

const problemCodes = [
  "missing",
  "wrong_type",
  "bad_value",
  "bad_date",
  "duplicate_id",
  "unknown_reference",
  "repeated_strip",
  "no_schedule",
  "no_unit",
  "no_start_date",
  "same_day_twice",
  "calendar_too_long",
  "bad_text",
  "link_cycle",
  "not_json",
] as const;
type ProblemCode = (typeof problemCodes)[number];
const isProblemCode = (code: string | undefined): code is ProblemCode =>
  (problemCodes as readonly (string | undefined)[]).includes(code);
const shownProblems = 8;

export function UssImport({
  projectId,
  onImported,
  onCancel,
}: {
  projectId: string;
  onImported: (scheduleId: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stripboard, setStripboard] = useState(0);
  const [firstDate, setFirstDate] = useState("");
  const [name, setName] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [summary, setSummary] = useState<UssImportSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);

  const input = (): UssImportInput => ({
    file: file as File,
    stripboard,
    ...(firstDate ? { firstDate } : {}),
    ...(name?.trim() ? { name } : {}),
  });

  // The file is checked whenever it, the stripboard or the first day changes; the latest check wins.
  const checks = useRef(0);
  const check = (next: { file: File | null; stripboard: number; firstDate: string }) => {
    const current = ++checks.current;
    setError(null);
    setSummary(null);
    if (!next.file) return;
    setSent(0);
    const isCurrent = () => current === checks.current;
    previewUss(
      projectId,
      {
        file: next.file,
        stripboard: next.stripboard,
        ...(next.firstDate ? { firstDate: next.firstDate } : {}),
      },
      (share) => {
        if (isCurrent()) setSent(share);
      },
    )
      .then((result) => {
        if (!isCurrent()) return;
        setSummary(result);
        setName((named) => named ?? result.name);
      })
      .catch((caught: unknown) => {
        if (isCurrent()) setError(caught);
      })
      .finally(() => {
        if (isCurrent()) setSent(null);
      });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    checks.current += 1;
    setSaving(true);
    setError(null);
    setSent(0);
    try {
      const created = await importUss(projectId, input(), setSent);
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.boards(projectId) });
      onImported(created.schedule.id);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
      setSent(null);
    }
  };

  const nameError = fieldError(error, "name");
  const taken =
    (error instanceof ApiError && error.code === "ALREADY_EXISTS") ||
    (summary?.nameTaken === true && (name ?? "").trim() === summary.name);
  return (
    <form
      className="uss-import"
      aria-label={t("uss.import.title")}
      data-testid="uss-import"
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3 className="uss-import__title">{t("uss.import.title")}</h3>
      <Field label={t("uss.import.file")} hint={t("uss.import.fileHint")}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".uss,.json,application/json"
            required
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setStripboard(0);
              setName(null);
              check({ file: chosen, stripboard: 0, firstDate });
            }}
          />
        )}
      </Field>
      {sent !== null ? <UploadProgress sent={sent} /> : null}
      {summary && summary.stripboard.available.length > 1 ? (
        <Field label={t("uss.import.stripboard")}>
          {(props) => (
            <select
              {...props}
              value={stripboard}
              onChange={(event) => {
                const index = Number(event.target.value);
                setStripboard(index);
                check({ file, stripboard: index, firstDate });
              }}
            >
              {summary.stripboard.available.map((entry) => (
                <option key={entry.index} value={entry.index}>
                  {entry.name ?? t("uss.import.unnamed")}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {file ? (
        <div className="inline-form__row">
          <Field label={t("uss.import.name")} error={nameError}>
            {(props) => (
              <input
                {...props}
                required
                maxLength={200}
                value={name ?? ""}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("uss.import.firstDate")} hint={t("uss.import.firstDateHint")}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={firstDate}
                onChange={(event) => {
                  setFirstDate(event.target.value);
                  check({ file, stripboard, firstDate: event.target.value });
                }}
              />
            )}
          </Field>
        </div>
      ) : null}
      {taken ? (
        <p className="field__error" role="alert">
          {t("uss.import.nameTaken", { name: (name ?? summary?.name ?? "").trim() })}
        </p>
      ) : null}
      {summary ? <UssSummary summary={summary} /> : null}
      {error && !taken ? <UssProblems error={error} errorText={errorText} /> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!summary || isSaving || sent !== null || !(name ?? "").trim()}
        >
          {isSaving ? t("uss.import.creating") : t("uss.import.create")}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The server's refusal: every problem at its place in the file, said in the interface language. */
function UssProblems({ error, errorText }: { error: unknown; errorText: (error: unknown) => string }) {
  const t = useT();
  const problems = error instanceof ApiError && error.status === 400 ? error.fields : [];
  if (problems.length === 0) {
    return (
      <div className="notice notice--danger" role="alert">
        <div className="notice__text">{errorText(error)}</div>
      </div>
    );
  }
  return (
    <div className="notice notice--danger" role="alert" data-testid="uss-problems">
      <div className="notice__text">
        {t("uss.import.refused")}
        <ul className="uss-problems">
          {problems.slice(0, shownProblems).map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <code>{problem.path}</code> —{" "}
              {isProblemCode(problem.code) ? t(`uss.problem.${problem.code}`) : problem.message}
              {isProblemCode(problem.code) ? (
                <span className="small muted" lang="en">
                  {" "}
                  ({problem.message})
                </span>
              ) : null}
            </li>
          ))}
          {problems.length > shownProblems ? (
            <li>{t("uss.import.more", { count: problems.length - shownProblems })}</li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}

function UploadProgress({ sent }: { sent: number }) {
  const t = useT();
  const percent = Math.round(sent * 100);
  const state = sent < 1 ? "sending" : "processing";
  const text = state === "sending" ? t("uss.import.sending", { percent }) : t("uss.import.checking");
  return (
    <div className={`upload-progress upload-progress--${state}`} data-testid="uss-import-progress">
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
