// The detail grid's text, formula and picker cells.
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useT } from "../i18n/locale.tsx";
import { CellError, CellView, useCellEditing, type CellProps } from "./cell-editing.tsx";

/** A text or formula cell. */
export function InputCell(
  props: CellProps & { value: string; display: ReactNode; kind?: "text" | "formula"; maxLength?: number },
) {
  const t = useT();
  const { value, display, kind = "text" } = props;
  const { editing, setEditing, open, view, close, save } = useCellEditing(
    value,
    props,
    t("budget.cell.refused"),
  );
  if (!editing)
    return (
      <CellView {...props} viewRef={view} onOpen={(initial) => open(initial ?? value)}>
        {display}
      </CellView>
    );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      void save(editing.draft, true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    }
  };
  return (
    <div className="budget-cell budget-cell--open">
      <input
        className={`budget-cell__input${kind === "formula" ? " budget-cell__input--formula" : ""}${props.align === "end" ? " budget-cell__input--end" : ""}`}
        aria-label={props.label}
        aria-invalid={editing.error ? true : undefined}
        autoFocus
        maxLength={props.maxLength ?? 500}
        value={editing.draft}
        // Read-only, not disabled, while saving: a disabled input loses the focus the person is typing in.
        readOnly={editing.isSaving}
        onChange={(event) => setEditing({ ...editing, draft: event.target.value, error: null })}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!editing.isSaving && !editing.error) void save(editing.draft, false);
        }}
      />
      <CellError error={editing.error} />
    </div>
  );
}

/** A cell that picks one of a list: unit, currency, partner, country. */
export function SelectCell(
  props: CellProps & {
    value: string;
    display: ReactNode;
    options: { value: string; label: string; group?: string }[];
  },
) {
  const t = useT();
  const { value, display, options } = props;
  const { editing, setEditing, open, view, close, save } = useCellEditing(
    value,
    props,
    t("budget.cell.refused"),
  );
  const isStepping = useRef(false);
  if (!editing)
    return (
      <CellView {...props} viewRef={view} onOpen={() => open(value)}>
        {display}
      </CellView>
    );
  const groups = [...new Set(options.map((option) => option.group ?? ""))];
  const optionsOf = (group: string) =>
    options
      .filter((option) => (option.group ?? "") === group)
      .map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ));
  return (
    <div className="budget-cell budget-cell--open">
      <select
        className="budget-cell__input"
        aria-label={props.label}
        autoFocus
        value={editing.draft}
        aria-busy={editing.isSaving}
        onChange={(event) => {
          if (editing.isSaving) return;
          // A pick from the list saves at once; stepping through the closed list with the keys waits for Enter.
          if (isStepping.current) setEditing({ ...editing, draft: event.target.value, error: null });
          else void save(event.target.value, true);
          isStepping.current = false;
        }}
        onKeyDown={(event) => {
          isStepping.current =
            event.key.startsWith("Arrow") || event.key.length === 1 || /^(Home|End|Page)/.test(event.key);
          if (event.key === "Enter") {
            event.preventDefault();
            void save(editing.draft, true);
          } else if (event.key === "Escape") {
            event.preventDefault();
            close(true);
          }
        }}
        onBlur={() => {
          if (!editing.isSaving && !editing.error) void save(editing.draft, false);
        }}
      >
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              {optionsOf(group)}
            </optgroup>
          ) : (
            optionsOf(group)
          ),
        )}
      </select>
      <CellError error={editing.error} />
    </div>
  );
}
