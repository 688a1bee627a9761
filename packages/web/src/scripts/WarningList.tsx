// Import warnings with their line numbers: «строка 212: заголовок без времени суток». The kind of problem is
// said in the interface language by its code; the server's own words, which name the thing that failed, follow
// in small print. With `onLine`, a line number leads to that place in the text.
import type { ScriptWarning } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";

function warningKey(code: string): MessageKey | null {
  const key = `warning.${code}`;
  return Object.hasOwn(messagesRu, key) ? (key as MessageKey) : null;
}

export function WarningList({
  warnings,
  onLine,
}: {
  warnings: readonly ScriptWarning[];
  onLine?: (line: number) => void;
}) {
  const t = useT();
  return (
    <ul className="warning-list" data-testid="warnings">
      {warnings.map((warning, index) => {
        const key = warningKey(warning.code);
        return (
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
            : {key ? t(key) : warning.message}
            {key ? <span className="warning-list__detail"> — {warning.message}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
