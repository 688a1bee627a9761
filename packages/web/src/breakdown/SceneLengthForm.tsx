// A scene's length in eighths of a page and its screen time (хронометраж), as measured at import and as
// the script supervisor corrects them.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { SceneDetail } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { draftQueryKey } from "../scripts/queries.ts";
import { formatEighths, formatScreenTime, parseEighths, parseScreenTime } from "../scripts/format.ts";
import { useErrorText } from "../ui/errors.ts";
import { breakdownKeys } from "./queries.ts";

export function SceneLengthForm({
  projectId,
  draftId,
  scene,
}: {
  projectId: string;
  draftId: string;
  scene: SceneDetail;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [pages, setPages] = useState(formatEighths(scene.eighths));
  const [time, setTime] = useState(formatScreenTime(scene.screenSeconds));
  const eighths = parseEighths(pages);
  const seconds = parseScreenTime(time);
  const save = useMutation({
    mutationFn: () =>
      api.updateScene(projectId, scene.id, {
        version: scene.version,
        ...(eighths !== null && eighths !== scene.eighths ? { eighths } : {}),
        ...(seconds !== null && seconds !== scene.screenSeconds ? { screenSeconds: seconds } : {}),
      }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.scene(projectId, scene.id) });
      await queryClient.invalidateQueries({ queryKey: draftQueryKey(projectId, draftId) });
    },
  });
  const changed =
    (eighths !== null && eighths !== scene.eighths) || (seconds !== null && seconds !== scene.screenSeconds);
  return (
    <form
      className="scene-length"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <label>
        {t("sceneBreakdown.pages")}
        <input
          value={pages}
          size={6}
          aria-invalid={eighths === null || undefined}
          onChange={(event) => setPages(event.target.value)}
        />
      </label>
      <label>
        {t("sceneBreakdown.screenTime")}
        <input
          value={time}
          size={6}
          aria-invalid={seconds === null || undefined}
          onChange={(event) => setTime(event.target.value)}
        />
      </label>
      <button type="submit" className="button button--small" disabled={!changed || save.isPending}>
        {t("common.save")}
      </button>
      {scene.lengthEdited ? <span className="muted">{t("sceneBreakdown.edited")}</span> : null}
      {save.isError ? (
        <div className="field__error">
          {save.error instanceof ApiError && save.error.status === 409
            ? t("breakdown.edit.conflict")
            : errorText(save.error)}
        </div>
      ) : null}
    </form>
  );
}
