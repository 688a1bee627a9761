// The detail grid's checklist cell: the line's fringes or groups, ticked in a small panel under the cell.
import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "../i18n/locale.tsx";
import { CellError, CellView, useCellEditing, type CellProps } from "./cell-editing.tsx";

/** A cell that ticks several of a list: the line's fringes or groups; `fixed` are inherited and always on. */
export function ChecklistCell(
  props: CellProps & {
    value: readonly string[];
    display: ReactNode;
    options: { value: string; label: string }[];
    fixed?: readonly string[];
    fixedNote?: string;
  },
) {
  const t = useT();
  const { value, display, options, fixed = [] } = props;
  const joined = [...value].sort().join(",");
  const { editing, setEditing, open, view, close, save } = useCellEditing(
    joined,
    props,
    t("budget.cell.refused"),
  );
  const popover = useRef<HTMLDivElement>(null);
  const isOpen = editing !== null;
  useEffect(() => {
    if (isOpen) popover.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
  }, [isOpen]);
  if (!editing)
    return (
      <CellView {...props} viewRef={view} onOpen={() => open(joined)}>
        {display}
      </CellView>
    );
  const chosen = new Set(editing.draft.split(",").filter(Boolean));
  const toggle = (option: string) => {
    const next = new Set(chosen);
    if (next.has(option)) next.delete(option);
    else next.add(option);
    setEditing({ ...editing, draft: [...next].sort().join(","), error: null });
  };
  return (
    <div className="budget-cell budget-cell--open">
      <div className="budget-cell">{display}</div>
      <div
        ref={popover}
        className="budget-checklist"
        role="group"
        aria-label={props.label}
        onBlur={(event) => {
          // Clicking elsewhere keeps what was ticked, as leaving any other cell does.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null) && !editing.error)
            void save(editing.draft, false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            close(true);
          } else if (event.key === "Enter") {
            event.preventDefault();
            void save(editing.draft, true);
          }
        }}
      >
        {options.length === 0 ? <p className="small muted">{t("budget.cell.nothingToChoose")}</p> : null}
        {options.map((option) => {
          const isFixed = fixed.includes(option.value);
          return (
            <label key={option.value} className="budget-checklist__item">
              <input
                type="checkbox"
                checked={isFixed || chosen.has(option.value)}
                disabled={isFixed || editing.isSaving}
                onChange={() => toggle(option.value)}
              />
              <span>
                {option.label}
                {isFixed && props.fixedNote ? <span className="muted"> · {props.fixedNote}</span> : null}
              </span>
            </label>
          );
        })}
        <CellError error={editing.error} />
        <div className="button-row">
          <button
            type="button"
            className="button button--primary button--small"
            disabled={editing.isSaving}
            onClick={() => void save(editing.draft, true)}
          >
            {t("common.save")}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => close(true)}>
            {t("common.cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
