// What every cell of the detail grid shares: it shows its value; Enter, F2, a click or typing opens it; Enter (or
// leaving it) saves, Esc cancels. A refused value stays open with the server's reason under it; a change refused
// because the version moved on closes the cell, and the page says why. The arrow keys move between closed cells.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import type { FieldError } from "../api/client.ts";
import { isStale } from "./editing.tsx";
import { useProblemText } from "./labels.ts";

export interface CellProps {
  /** Row and column in the grid, for moving between cells with the arrow keys. */
  row: number;
  column: number;
  label: string;
  canEdit: boolean;
  /** Sends the change; rejects with the server's refusal. */
  onSave: (value: string) => Promise<void>;
  /** Finds this cell's refusal among the fields of a rejected change. */
  errorOf: (error: unknown) => FieldError | undefined;
  align?: "start" | "end";
}

type Editing = { draft: string; error: FieldError | string | null; isSaving: boolean } | null;

export function useCellEditing(
  value: string,
  { onSave, errorOf }: Pick<CellProps, "onSave" | "errorOf">,
  fallbackError: string,
) {
  const [editing, setEditing] = useState<Editing>(null);
  const view = useRef<HTMLDivElement>(null);
  // Enter saves and the input then loses focus: the blur must not send the same change twice.
  const isBusy = useRef(false);
  // A cell closed with Esc may still report a blur: it must not save what was just cancelled.
  const isOpen = useRef(false);
  const open = (draft: string) => {
    isOpen.current = true;
    setEditing({ draft, error: null, isSaving: false });
  };
  // Closing with Enter or Esc gives the focus back to the cell once it shows its value again.
  const shouldRefocus = useRef(false);
  useEffect(() => {
    if (editing === null && shouldRefocus.current) {
      shouldRefocus.current = false;
      view.current?.focus();
    }
  }, [editing]);
  const close = (refocus: boolean) => {
    isOpen.current = false;
    shouldRefocus.current = refocus;
    setEditing(null);
  };
  const save = async (draft: string, refocus: boolean) => {
    if (isBusy.current || !isOpen.current) return;
    if (draft === value) return close(refocus);
    isBusy.current = true;
    setEditing({ draft, error: null, isSaving: true });
    try {
      await onSave(draft);
      close(refocus);
    } catch (error) {
      // A change refused because the version moved on is explained once, above the grid.
      if (isStale(error)) return close(refocus);
      setEditing({ draft, error: errorOf(error) ?? fallbackError, isSaving: false });
    } finally {
      isBusy.current = false;
    }
  };
  return { editing, setEditing, open, view, close, save };
}

export function CellView({
  row,
  column,
  label,
  canEdit,
  align,
  children,
  viewRef,
  onOpen,
}: Pick<CellProps, "row" | "column" | "label" | "canEdit" | "align"> & {
  children: ReactNode;
  viewRef: RefObject<HTMLDivElement | null>;
  onOpen: (initial?: string) => void;
}) {
  return (
    <div
      ref={viewRef}
      className={`budget-cell${align === "end" ? " budget-cell--end" : ""}${canEdit ? " budget-cell--editable" : ""}`}
      tabIndex={0}
      role={canEdit ? "button" : undefined}
      aria-label={label}
      data-cell-row={row}
      data-cell-column={column}
      onClick={() => canEdit && onOpen()}
      onKeyDown={(event) => {
        if (!canEdit) return;
        if (event.key === "Enter" || event.key === "F2") {
          event.preventDefault();
          onOpen();
        } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          onOpen(event.key);
        }
      }}
    >
      {children}
    </div>
  );
}

export function CellError({ error }: { error: FieldError | string | null }) {
  const problemText = useProblemText();
  if (!error) return null;
  return (
    <div className="budget-cell__error" role="alert">
      {typeof error === "string" ? error : problemText(error)}
    </div>
  );
}

/** Arrow keys move between the grid's closed cells as in a spreadsheet. */
export function moveBetweenCells(event: KeyboardEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  const row = target.dataset.cellRow;
  const column = target.dataset.cellColumn;
  if (row === undefined || column === undefined) return;
  const step: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = step[event.key];
  if (!move) return;
  const next = event.currentTarget.querySelector<HTMLElement>(
    `[data-cell-row="${Number(row) + move[0]}"][data-cell-column="${Number(column) + move[1]}"]`,
  );
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
