// Tagging by selecting words in the script: select «трофейный "Опель"» in the text, choose a category in
// the small bar that appears over the selection, and the words become an element of that scene.
import { useEffect, useState, type RefObject } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { BreakdownCategory } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { breakdownKeys } from "./queries.ts";

export interface TextSelection {
  text: string;
  /** The source line of the block the selection starts in. */
  line: number;
  /** Where to show the bar, relative to the container's scrolled content. */
  top: number;
  left: number;
}

/** The words selected inside `container`, with the line of the block they start in; null when none. */
export function useTextSelection(container: RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const read = () => setSelection(readSelection(root));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setSelection(null);
    };
    root.addEventListener("mouseup", read);
    root.addEventListener("keyup", read);
    document.addEventListener("keydown", onKey);
    return () => {
      root.removeEventListener("mouseup", read);
      root.removeEventListener("keyup", read);
      document.removeEventListener("keydown", onKey);
    };
  }, [container]);
  return { selection, clear: () => setSelection(null) };
}

function readSelection(root: HTMLElement): TextSelection | null {
  const current = window.getSelection();
  if (!current || current.isCollapsed || current.rangeCount === 0) return null;
  const range = current.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const text = current.toString().replace(/\s+/gu, " ").trim();
  const start = range.startContainer;
  const block = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>("[data-line]");
  if (!text || text.length > 300 || !block) return null;
  const box = range.getBoundingClientRect();
  const frame = root.getBoundingClientRect();
  return {
    text,
    line: Number(block.dataset.line),
    top: box.bottom - frame.top + root.scrollTop + 6,
    left: Math.max(0, box.left - frame.left),
  };
}

export function TagBar({
  projectId,
  sceneId,
  selection,
  categories,
  onDone,
}: {
  projectId: string;
  sceneId: string;
  selection: TextSelection;
  categories: readonly BreakdownCategory[];
  onDone: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState("props");
  const tag = useMutation({
    mutationFn: () =>
      api.tagElement(projectId, sceneId, { category, name: tidyName(selection.text), quote: selection.text }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.scene(projectId, sceneId) });
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.elements(projectId) });
      window.getSelection()?.removeAllRanges();
      onDone();
    },
  });
  return (
    <form
      className="tag-bar"
      role="dialog"
      aria-label={t("tagBar.label")}
      style={{ top: selection.top, left: selection.left }}
      onMouseUp={(event) => event.stopPropagation()}
      onSubmit={(event) => {
        event.preventDefault();
        tag.mutate();
      }}
    >
      <span className="tag-bar__text" title={selection.text}>
        «{selection.text}»
      </span>
      <select
        aria-label={t("breakdown.column.category")}
        value={category}
        onChange={(event) => setCategory(event.target.value)}
      >
        {categories.map((known) => (
          <option key={known.key} value={known.key}>
            {known.names[locale]}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={tag.isPending}>
        {t("tagBar.tag")}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onDone}>
        {t("common.cancel")}
      </button>
      {tag.isError ? <div className="field__error">{errorText(tag.error)}</div> : null}
    </form>
  );
}

/** The element's name from the selected words: no trailing punctuation, a capital first letter. */
export function tidyName(text: string): string {
  const trimmed = text.replace(/^[\s«"„(]+|[\s.,;:!?…»")]+$/gu, "");
  return trimmed.charAt(0).toLocaleUpperCase("ru") + trimmed.slice(1);
}
