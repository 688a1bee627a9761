// The project's own scene-heading words: prefixes (ІШКІ. for a Kazakh interior) and times of day (ТҮН for
// night) that Kinomost adds to its Russian, English and Belarusian tables when it reads the project's scripts.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { HeadingWords, Project, Setting, TimeOfDay } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { projectQueryKey } from "../projects/ProjectPage.tsx";
import { useErrorText, useFieldErrorText } from "../ui/errors.ts";
import { Notice, Panel } from "../ui/layout.tsx";

const settings: Setting[] = ["INT", "EXT", "INT/EXT"];
const times: TimeOfDay[] = ["DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER"];
const settingKeys = { INT: "setting.INT", EXT: "setting.EXT", "INT/EXT": "setting.INT_EXT" } as const;

interface Row {
  text: string;
  value: string;
}

export function HeadingWordsPanel({ project }: { project: Project }) {
  const t = useT();
  const errorText = useErrorText();
  const fieldErrorText = useFieldErrorText();
  const queryClient = useQueryClient();
  const [prefixes, setPrefixes] = useState<Row[]>(
    (project.headingWords.prefixes ?? []).map((row) => ({ text: row.text, value: row.setting ?? "" })),
  );
  const [timeWords, setTimeWords] = useState<Row[]>(
    (project.headingWords.times ?? []).map((row) => ({ text: row.text, value: row.time ?? "" })),
  );
  const save = useMutation({
    mutationFn: () => {
      const headingWords: HeadingWords = {
        prefixes: prefixes
          .filter((row) => row.text.trim())
          .map((row) => ({ text: row.text.trim(), setting: (row.value || null) as Setting | null })),
        times: timeWords
          .filter((row) => row.text.trim())
          .map((row) => ({ text: row.text.trim(), time: (row.value || null) as TimeOfDay | null })),
      };
      return api.updateProject(project.id, { version: project.version, headingWords });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: projectQueryKey(project.id) }),
  });
  const firstFieldError = save.error instanceof ApiError ? save.error.fields[0] : undefined;
  const editor = (
    rows: Row[],
    setRows: (rows: Row[]) => void,
    options: { value: string; label: string }[],
    label: string,
    placeholder: string,
  ) => (
    <fieldset className="heading-words__group">
      <legend>{label}</legend>
      {rows.map((row, index) => (
        <div className="heading-words__row" key={index}>
          <input
            aria-label={label}
            value={row.text}
            placeholder={placeholder}
            onChange={(event) =>
              setRows(
                rows.map((other, at) =>
                  at === index ? { ...other, text: event.target.value.toUpperCase() } : other,
                ),
              )
            }
          />
          <select
            aria-label={t("headingWords.meaning")}
            value={row.value}
            onChange={(event) =>
              setRows(
                rows.map((other, at) => (at === index ? { ...other, value: event.target.value } : other)),
              )
            }
          >
            <option value="">{t("headingWords.none")}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setRows(rows.filter((_, at) => at !== index))}
          >
            {t("common.remove")}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setRows([...rows, { text: "", value: options[0]?.value ?? "" }])}
      >
        {t("headingWords.addRow")}
      </button>
    </fieldset>
  );
  return (
    <Panel id="heading-words" title={t("headingWords.title")}>
      <p className="panel__intro">{t("headingWords.intro")}</p>
      <form
        className="heading-words"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {editor(
          prefixes,
          setPrefixes,
          settings.map((setting) => ({ value: setting, label: t(settingKeys[setting]) })),
          t("headingWords.prefixes"),
          "ІШКІ.",
        )}
        {editor(
          timeWords,
          setTimeWords,
          times.map((time) => ({ value: time, label: t(`time.${time}`) })),
          t("headingWords.times"),
          "ТҮН",
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </button>
          {save.isSuccess ? <span className="muted">{t("headingWords.saved")}</span> : null}
        </div>
        {save.isError ? (
          <Notice tone="danger">
            {firstFieldError ? fieldErrorText(firstFieldError) : errorText(save.error)}
          </Notice>
        ) : null}
      </form>
    </Panel>
  );
}
