// The server's complaint about one field of a consortium form, in the interface language: the codes only these
// forms meet (`consortium.fieldError.*`, or a wording the form chooses for a code) first; anything else goes to
// the shared `fieldError.*` wording by `Field`, and as a last resort it shows what the server said.
import { useCallback } from "react";
import { ApiError, type FieldError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

/** The first complaint of a 400 about `path` or about a part of it ("languageVersions" finds "languageVersions.1"). */
export function fieldAt(error: unknown, path: string): FieldError | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  return error.fields.find((field) => field.path === path || field.path.startsWith(`${path}.`));
}

/** `wording` words a code this field's own way: `{ invalid_format: "consortium.fieldError.amountFormat" }`. */
export type FieldWording = Partial<Record<string, MessageKey>>;

export function useConsortiumFieldError(): (
  error: unknown,
  path: string,
  wording?: FieldWording,
) => FieldError | string | undefined {
  const t = useT();
  return useCallback(
    (error: unknown, path: string, wording?: FieldWording) => {
      const found = fieldAt(error, path);
      if (!found?.code) return found;
      const key = wording?.[found.code] ?? `consortium.fieldError.${found.code}`;
      return isMessageKey(key) ? t(key, found.params) : found;
    },
    [t],
  );
}

/** Wording for decimal amounts: a bad format says what a good one looks like. */
export const amountWording: FieldWording = { invalid_format: "consortium.fieldError.amountFormat" };
export const dateWording: FieldWording = { invalid_format: "consortium.fieldError.dateFormat" };
