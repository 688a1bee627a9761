// A rate table's source as an accountant names it: «ЦБ РФ», «Нацбанк РБ» … or «вручную».
import { useCallback } from "react";
import { useT } from "../../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../../i18n/messages.ru.ts";

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

export function useSourceName(): (source: string) => string {
  const t = useT();
  return useCallback(
    (source: string) => {
      const key = `money.source.${source}`;
      return isMessageKey(key) ? t(key) : source;
    },
    [t],
  );
}
