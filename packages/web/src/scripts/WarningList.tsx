// Import warnings with their line numbers: «строка 212: …». The message is the server's own, which
// names the thing that failed; with `onLine`, a line number leads to that place in the text.
import { useT } from "../i18n/locale.tsx";

export function WarningList({
  warnings,
  onLine,
}: {
  warnings: readonly { line: number; message: string }[];
  onLine?: (line: number) => void;
}) {
  const t = useT();
  return (
    <ul className="warning-list" data-testid="warnings">
      {warnings.map((warning, index) => (
        <li key={`${warning.line}-${index}`} className="warning-list__item">
          {onLine ? (
            <button
              type="button"
              className="warning-list__line link-button"
              onClick={() => onLine(warning.line)}
            >
              {t("scripts.line", { line: String(warning.line) })}
            </button>
          ) : (
            <span className="warning-list__line">{t("scripts.line", { line: String(warning.line) })}</span>
          )}
          : {warning.message}
        </li>
      ))}
    </ul>
  );
}
