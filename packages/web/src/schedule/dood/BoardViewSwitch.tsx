// How a variant of the КПП is looked at: its strips by shooting day, or the day out of days of its elements.
// The choice lives in the address (?view=dood), so a reload or a shared link opens the same view.
import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";
import { useT } from "../../i18n/locale.tsx";

export type BoardView = "board" | "dood";

export function useBoardView(): [BoardView, (view: BoardView) => void] {
  const [params, setParams] = useSearchParams();
  const view: BoardView = params.get("view") === "dood" ? "dood" : "board";
  const setView = useCallback(
    (next: BoardView) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === "dood") updated.set("view", "dood");
          else updated.delete("view");
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
      {(["board", "dood"] as const).map((view) => (
        <button
          key={view}
          type="button"
          role="radio"
          aria-checked={value === view}
          className="segmented__option"
          onClick={() => onChange(view)}
        >
          {t(view === "board" ? "schedule.view.board" : "schedule.view.dood")}
        </button>
      ))}
    </div>
  );
}
