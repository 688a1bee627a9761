// What a stored rate table holds, and the warnings its file raised: rows left out, BYR restated in BYN, a per-unit
// rate rounded, or an earlier day's rates the bank answered with.

import { useLocale, useT } from "../../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../../i18n/messages.ru.ts";
import { Notice } from "../../ui/layout.tsx";
import type { StoredTable } from "../types.ts";
import { useSourceName } from "./source-names.ts";
import { formatDay } from "../format.ts";

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

export function StoredNotice({ stored, onClose }: { stored: StoredTable; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const sourceName = useSourceName();
  const { table, warnings } = stored;
  return (
    <Notice tone={warnings.length > 0 ? "warning" : "success"} onClose={onClose}>
      <div data-testid="rate-stored">
        {t("money.rates.stored", {
          source: sourceName(table.source),
          date: formatDay(table.date, locale),
          count: table.quotes.length,
          base: table.base,
        })}
        {warnings.length > 0 ? (
          <ul className="warning-list money-warnings">
            {warnings.map((warning, index) => {
              const key = `money.rates.warning.${warning.code}`;
              return (
                <li key={index} className="warning-list__item">
                  {isMessageKey(key) ? <strong>{t(key)}: </strong> : null}
                  <span className="warning-list__detail">{warning.message}</span>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </Notice>
  );
}
