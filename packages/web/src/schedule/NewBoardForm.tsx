// A new variant of the КПП: its name, the shooting period, and whether the scenes start laid out by location (the
// way a second director sorts strips by hand) or all wait outside the shifts.
import { useId, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, type NewScheduleInput } from "../api/client.ts";
import type { ScheduleSummary } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { useIssueTitle } from "./issues.ts";
import { scheduleKeys } from "./queries.ts";

export function NewBoardForm({
  projectId,
  template,
  onCreated,
  onCancel,
}: {
  projectId: string;
  /** The variant whose calendar the new one starts from. */
  template: ScheduleSummary | undefined;
  onCreated: (scheduleId: string) => void;
  onCancel: (() => void) | undefined;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const arrangementName = useId();
  const [input, setInput] = useState<NewScheduleInput>({
    name: "",
    firstDate: template?.firstDate ?? "",
    lastDate: template?.lastDate ?? "",
    arrangement: "by-location",
    ...(template ? { weeklyDaysOff: template.weeklyDaysOff, daysOff: template.daysOff } : {}),
  });
  const create = useMutation({
    mutationFn: () => api.createSchedule(projectId, { ...input, name: input.name.trim() }),
    onSuccess: async (board) => {
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.boards(projectId) });
      queryClient.setQueryData(scheduleKeys.board(projectId, board.schedule.id), board);
      onCreated(board.schedule.id);
    },
  });
  const issueTitle = useIssueTitle();
  // Laying out by location needs every input of the scheduler; the server names each thing missing.
  const missing =
    create.error instanceof ApiError && create.error.status === 400
      ? create.error.fields.filter((field) => field.path === "arrangement")
      : [];
  const missingTitles = [
    ...new Set(missing.map((field) => issueTitle(field.code?.toUpperCase() ?? "") ?? field.message)),
  ];
  return (
    <form
      className="panel new-board"
      aria-label={t("schedule.new.title")}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <header className="panel__header">
        <h2 className="panel__title">{t("schedule.new.title")}</h2>
      </header>
      <div className="panel__body new-board__body">
        <Field label={t("schedule.new.name")} error={fieldError(create.error, "name")}>
          {(props) => (
            <input
              {...props}
              required
              maxLength={200}
              placeholder={t("schedule.new.namePlaceholder")}
              value={input.name}
              onChange={(event) => setInput({ ...input, name: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("schedule.new.firstDate")} error={fieldError(create.error, "firstDate")}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={input.firstDate}
              onChange={(event) => setInput({ ...input, firstDate: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("schedule.new.lastDate")} error={fieldError(create.error, "lastDate")}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={input.lastDate}
              onChange={(event) => setInput({ ...input, lastDate: event.target.value })}
            />
          )}
        </Field>
        <fieldset className="new-board__arrangement">
          <legend className="field__label">{t("schedule.new.arrangement")}</legend>
          {(["by-location", "boneyard"] as const).map((arrangement) => (
            <label key={arrangement} className="choice">
              <input
                type="radio"
                name={arrangementName}
                value={arrangement}
                checked={input.arrangement === arrangement}
                onChange={() => setInput({ ...input, arrangement })}
              />
              <span>
                <span className="choice__title">{t(`schedule.new.arrangement.${arrangement}`)}</span>
                <span className="choice__hint">{t(`schedule.new.arrangement.${arrangement}.hint`)}</span>
              </span>
            </label>
          ))}
          {missingTitles.length > 0 ? (
            <div className="field__error new-board__missing" role="alert">
              {t("schedule.new.missing")}
              <ul>
                {missingTitles.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </fieldset>
        {create.isError && missingTitles.length === 0 ? (
          <div className="field__error new-board__error" role="alert">
            {errorText(create.error)}
          </div>
        ) : null}
        <div className="form__actions new-board__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t("schedule.new.creating") : t("schedule.new.create")}
          </button>
          {onCancel ? (
            <button type="button" className="button button--ghost" onClick={onCancel}>
              {t("common.cancel")}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
