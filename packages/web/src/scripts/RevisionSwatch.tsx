// A draft's revision colour as a small paper swatch with its trade name («голубая»).
import type { ScriptDraftSummary } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { isRevisionColor } from "./format.ts";

export function useRevisionName(): (color: string) => string {
  const t = useT();
  return (color) => (isRevisionColor(color) ? t(`revision.${color}`) : color);
}

/** The swatch alone; `isDecorative` when the colour's name is written beside it. */
export function RevisionSwatch({ color, isDecorative }: { color: string; isDecorative?: boolean }) {
  const t = useT();
  const revisionName = useRevisionName();
  const className = `swatch swatch--${isRevisionColor(color) ? color : "unknown"}`;
  if (isDecorative) return <span className={className} aria-hidden="true" />;
  const label = t("revision.label", { color: revisionName(color) });
  return <span className={className} role="img" aria-label={label} title={label} />;
}

/** «Драфт 3 · голубая», with the swatch in front. */
export function DraftName({ draft }: { draft: Pick<ScriptDraftSummary, "number" | "color"> }) {
  const t = useT();
  const revisionName = useRevisionName();
  return (
    <span className="draft-name">
      <RevisionSwatch color={draft.color} isDecorative />
      <span>
        {t("scripts.draft", { number: draft.number })}
        <span className="draft-name__color"> · {revisionName(draft.color)}</span>
      </span>
    </span>
  );
}
