// The padlock of a strip or a day: a button on a draft the user may change (pressed when locked), a plain mark
// elsewhere. A locked strip or day keeps its place when strips are dragged or the optimizer runs.
import { memo } from "react";

function LockIcon({ isLocked }: { isLocked: boolean }) {
  return (
    <svg className="lock-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="2" y="5" width="8" height="6" rx="1" className="lock-icon__body" />
      <path
        d={isLocked ? "M4 5V3.5a2 2 0 0 1 4 0V5" : "M4 5V3.5a2 2 0 0 1 3.9-.6"}
        fill="none"
        strokeWidth="1.4"
      />
    </svg>
  );
}

export const LockToggle = memo(function LockToggle({
  isLocked,
  label,
  title,
  onToggle,
  disabled,
}: {
  isLocked: boolean;
  /** What pressing does, for screen readers and as the tooltip ("Закрепить сцену 2.14"). */
  label: string;
  /** Why it cannot be pressed, when disabled. */
  title?: string;
  /** Null where nothing may be changed: only a locked mark is shown. */
  onToggle: (() => void) | null;
  disabled?: boolean;
}) {
  if (!onToggle) {
    return isLocked ? (
      <span className="lock-toggle is-locked is-static" role="img" aria-label={label} title={label}>
        <LockIcon isLocked />
      </span>
    ) : null;
  }
  return (
    <button
      type="button"
      className={`lock-toggle${isLocked ? " is-locked" : ""}`}
      aria-pressed={isLocked}
      aria-label={label}
      title={title ?? label}
      disabled={disabled}
      data-testid="lock-toggle"
      // A press on the padlock is never the start of a drag.
      onPointerDown={(event) => event.stopPropagation()}
      onClick={onToggle}
    >
      <LockIcon isLocked={isLocked} />
    </button>
  );
});
