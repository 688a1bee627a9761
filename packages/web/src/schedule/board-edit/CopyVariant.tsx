// "Copy as a new variant": the chosen board, its days, strips and locks, as a new draft under a new name, to try
// another arrangement beside it (the published КПП stays as it is).
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { ScheduleSummary } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { fieldError, useErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { scheduleKeys } from "../queries.ts";

export function CopyVariant({
  projectId,
  board,
  onCopied,
}: {
  projectId: string;
  board: ScheduleSummary;
  onCopied: (scheduleId: string) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState<string | null>(null);
  const copy = useMutation({
    mutationFn: (newName: string) => api.copySchedule(projectId, board.id, newName),
    onSuccess: async (created) => {
      queryClient.setQueryData(scheduleKeys.board(projectId, created.schedule.id), created);
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.boards(projectId) });
      setName(null);
      onCopied(created.schedule.id);
    },
  });
  if (name === null) {
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          copy.reset();
          setName(t("schedule.copy.defaultName", { name: board.name }));
        }}
      >
        {t("schedule.copy.open")}
      </button>
    );
  }
  const nameError = fieldError(copy.error, "name");
  return (
    <form
      className="confirm-popover"
      aria-label={t("schedule.copy.open")}
      onSubmit={(event) => {
        event.preventDefault();
        copy.mutate(name.trim());
      }}
    >
      <p className="confirm-popover__text">{t("schedule.copy.question", { name: board.name })}</p>
      <Field label={t("schedule.copy.name")} error={nameError}>
        {(props) => (
          <input
            {...props}
            required
            maxLength={200}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      {copy.isError && !nameError ? (
        <div className="field__error">{errorText(copy.error, { ALREADY_EXISTS: "schedule.copy.taken" })}</div>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={copy.isPending}>
          {copy.isPending ? t("schedule.copy.creating") : t("schedule.copy.create")}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setName(null)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
