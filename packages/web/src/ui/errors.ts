// Turns a failed request into a sentence for the user, in the interface language.
// A form may word a code its own way (`overrides`); otherwise the catalog's `error.code.*` wording,
// then a wording by HTTP status, and as a last resort what the server said.
import { useCallback } from "react";
import { ApiError, type FieldError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messagesRu, key);
}

export type ErrorOverrides = Partial<Record<string, MessageKey>>;

export function useErrorText(): (error: unknown, overrides?: ErrorOverrides) => string {
  const t = useT();
  return useCallback(
    (error: unknown, overrides?: ErrorOverrides) => {
      if (!(error instanceof ApiError)) return t("error.generic", { message: String(error) });
      const override = overrides?.[error.code];
      if (override) return t(override);
      const byCode = `error.code.${error.code}`;
      if (isMessageKey(byCode)) return t(byCode);
      if (error.status === 401) return t("error.code.UNAUTHENTICATED");
      if (error.status === 403) return t("error.code.FORBIDDEN");
      if (error.status === 404) return t("error.code.NOT_FOUND");
      return t("error.generic", { message: error.message });
    },
    [t],
  );
}

/**
 * The server's complaint about one field of a rejected form (400 only: on other statuses the notice
 * under the form already says what went wrong). `Field` words it in the interface language.
 */
export function fieldError(error: unknown, path: string): FieldError | undefined {
  return error instanceof ApiError && error.status === 400 ? error.field(path) : undefined;
}

/** A field error in the interface language: by its code when the catalog has it, else as the server said. */
export function useFieldErrorText(): (error: FieldError | string) => string {
  const t = useT();
  return useCallback(
    (error: FieldError | string) => {
      if (typeof error === "string") return error;
      const key = `fieldError.${error.code}`;
      return error.code && isMessageKey(key) ? t(key, error.params) : error.message;
    },
    [t],
  );
}

/** A catalog message chosen by a key made from data (a role, a category); `fallback` when the catalog lacks it. */
export function useKnownText(): (key: string, fallback: string) => string {
  const t = useT();
  return useCallback((key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback), [t]);
}
