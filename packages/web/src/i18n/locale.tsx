// The interface language: the signed-in user's saved preference, else the browser's last choice
// (localStorage), else Russian. Switching saves it in both places.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Locale, Me } from "../api/types.ts";
import { useMe, meQueryKey } from "../session/session.ts";
import { messagesEn } from "./messages.en.ts";
import { messagesRu, type MessageKey } from "./messages.ru.ts";
import { intlLocale } from "./format.ts";

const storageKey = "kinomost.locale";

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored === "en" ? "en" : "ru";
  } catch {
    return "ru";
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or a full quota: the choice then lasts until the page is closed.
  }
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useMe();
  const [storedLocale, setStoredLocale] = useState<Locale>(readStoredLocale);
  const user = me.data?.user;
  const locale: Locale = user?.locale ?? storedLocale;

  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      setStoredLocale(next);
      const current = queryClient.getQueryData<Me | null>(meQueryKey);
      if (current) {
        queryClient.setQueryData<Me>(meQueryKey, { ...current, user: { ...current.user, locale: next } });
        api.updateMe({ locale: next }).catch(() => {
          // The switch already took effect here; the next load of /auth/me shows what the server kept.
        });
      }
    },
    [queryClient],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider
        locale={intlLocale(locale)}
        defaultLocale="ru-RU"
        messages={locale === "en" ? messagesEn : messagesRu}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale outside LocaleProvider");
  return value;
}

type Values = Record<string, string | number | Date | null | undefined>;

/** The message `key` in the interface language, with ICU arguments. */
export function useT(): (key: MessageKey, values?: Values) => string {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}
