// How long the optimizer may search: 10 s, 30 s, 1 min or 5 min, as a segmented control.
import { useT } from "../i18n/locale.tsx";
import { runLengths } from "./runs.ts";

export function useRunLengthText(): (seconds: number) => string {
  const t = useT();
  return (seconds) =>
    seconds >= 60 && seconds % 60 === 0
      ? t("schedule.optimizer.minutes", { count: seconds / 60 })
      : t("schedule.optimizer.seconds", { count: seconds });
}

export function RunLengthPicker({
  value,
  disabled,
  onChange,
}: {
  value: number;
  disabled: boolean;
  onChange: (seconds: number) => void;
}) {
  const t = useT();
  const lengthText = useRunLengthText();
  return (
    <div className="segmented" role="radiogroup" aria-label={t("schedule.optimizer.length")}>
      {runLengths.map((seconds) => (
        <button
          key={seconds}
          type="button"
          role="radio"
          aria-checked={value === seconds}
          className="segmented__option"
          disabled={disabled}
          onClick={() => onChange(seconds)}
        >
          {lengthText(seconds)}
        </button>
      ))}
    </div>
  );
}
