// The project's variants of the КПП side by side: the published one marked «утверждён», the drafts, how many
// shifts and scenes each has; and, for editors, a new variant, a copy of the chosen one, and publishing it.
import type { ScheduleSummary } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { CopyVariant } from "./board-edit/CopyVariant.tsx";
import { PublishControl } from "./PublishControl.tsx";

export function BoardPicker({
  projectId,
  boards,
  selected,
  canEdit,
  isCreating,
  onSelect,
  onNew,
}: {
  projectId: string;
  boards: readonly ScheduleSummary[];
  selected: ScheduleSummary;
  canEdit: boolean;
  isCreating: boolean;
  onSelect: (scheduleId: string) => void;
  onNew: () => void;
}) {
  const t = useT();
  return (
    <div className="board-picker">
      <div
        className="board-picker__list"
        role="group"
        aria-label={t("schedule.boards.label")}
        data-testid="board-picker"
      >
        {boards.map((board) => (
          <button
            key={board.id}
            type="button"
            className="board-picker__item"
            aria-pressed={board.id === selected.id}
            onClick={() => onSelect(board.id)}
          >
            <span className="board-picker__name">{board.name}</span>
            <span className="board-picker__meta">
              <span className={`badge badge--${board.status === "published" ? "published" : "draft"}`}>
                {t(board.status === "published" ? "schedule.status.published" : "schedule.status.draft")}
              </span>
              {t("schedule.count.shifts", { count: board.shootingDays })} ·{" "}
              {t("schedule.count.scenes", { count: board.scheduledScenes })}
            </span>
          </button>
        ))}
      </div>
      {canEdit ? (
        <div className="board-picker__actions">
          {selected.status === "draft" ? <PublishControl projectId={projectId} board={selected} /> : null}
          <CopyVariant key={selected.id} projectId={projectId} board={selected} onCopied={onSelect} />
          <button type="button" className="button" onClick={onNew} disabled={isCreating}>
            {t("schedule.new.open")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
