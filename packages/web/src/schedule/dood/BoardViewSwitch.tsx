// How a variant of the КПП is looked at: its strips by shooting day, the day out of days of its elements, or a calendar.
// The choice lives in the address (?view=dood, ?view=calendar), so a reload or a shared link opens the same view.
import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";
import { useT } from "../../i18n/locale.tsx";

export type BoardView = "board" | "dood" | "calendar";

const views: readonly BoardView[] = ["board", "dood", "calendar"];
const labels = {
  board: "schedule.view.board",
  dood: "schedule.view.dood",
  calendar: "schedule.view.calendar",
} as const;

export function useBoardView(): [BoardView, (view: BoardView) => void] {
  const [params, setParams] = useSearchParams();
  const wanted = params.get("view");
  const view: BoardView = views.find((entry) => entry !== "board" && entry === wanted) ?? "board";
  const setView = useCallback(
    (next: BoardView) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === "board") updated.delete("view");
          else updated.set("view", next);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [view, setView];
}

export function BoardViewSwitch({
  value,
  onChange,
}: {
  value: BoardView;
  onChange: (view: BoardView) => void;
}) {
  const t = useT();
  return (
    <div className="segmented board-view-switch" role="radiogroup" aria-label={t("schedule.view.label")}>
      {views.map((view) => (
        <button
          key={view}
          type="button"
          role="radio"
          aria-checked={value === view}
          className="segmented__option"
          onClick={() => onChange(view)}
        >
          {t(labels[view])}
        </button>
      ))}
    </div>
  );
}
