// Publishing a variant as the project's КПП, after a confirmation that says what happens to the one published
// before (it goes back to the drafts). A published board is frozen until another replaces it.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { ScheduleSummary } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { scheduleKeys } from "./queries.ts";

export function PublishControl({ projectId, board }: { projectId: string; board: ScheduleSummary }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [isAsking, setAsking] = useState(false);
  const publish = useMutation({
    mutationFn: () => api.publishSchedule(projectId, board.id, board.version),
    onSuccess: async () => {
      setAsking(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: scheduleKeys.boards(projectId) }),
        queryClient.invalidateQueries({ queryKey: ["schedule", projectId] }),
      ]);
    },
  });
  if (!isAsking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t("schedule.publish.open")}
      </button>
    );
  }
  return (
    <div className="confirm-popover" role="alertdialog" aria-label={t("schedule.publish.open")}>
      <p className="confirm-popover__text">{t("schedule.publish.question", { name: board.name })}</p>
      {publish.isError ? <div className="field__error">{errorText(publish.error)}</div> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={publish.isPending}
          onClick={() => publish.mutate()}
        >
          {t("schedule.publish.confirm")}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
