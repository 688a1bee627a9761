// A row error of a ledger file in the interface language: where (row, column letter and header) and what is wrong
// by its code, with the cell as written; the server's English sentence only for a code the catalog does not know.
import { useCallback } from "react";
import type { FieldError } from "../../api/client.ts";
import { useT } from "../../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../../i18n/messages.ru.ts";
import type { ActualField, RowError } from "../types.ts";

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

export function useFieldName(): (field: string) => string {
  const t = useT();
  return useCallback(
    (field: string) => {
      const key = `money.field.${field}`;
      return isMessageKey(key) ? t(key) : field;
    },
    [t],
  );
}

export interface WordedError {
  where: string;
  what: string;
}

/** "Строка 14, колонка F «Сумма»" and "«12,5.0» — не число". */
export function useRowErrorText(): (error: RowError) => WordedError {
  const t = useT();
  const fieldName = useFieldName();
  return useCallback(
    (error: RowError) => {
      const where = error.column
        ? t("money.rowError.at", { row: error.row, letter: error.column.letter, name: error.column.name })
        : t("money.rowError.atRow", { row: error.row });
      const key = `money.rowError.${error.code}`;
      const field = error.field ? fieldName(error.field) : "";
      const reason = isMessageKey(key) ? t(key, { field }) : error.message;
      const value = error.value?.trim();
      return { where, what: value ? t("money.rowError.withValue", { value, reason }) : reason };
    },
    [t, fieldName],
  );
}

/** The commit's refusal names rows as fields: `rows.14.amount`, with the row and column index in `params`. */
export function rowErrorFromField(field: FieldError, columns: readonly string[]): RowError | null {
  const match = /^rows\.(\d+)(?:\.(\w+))?$/u.exec(field.path);
  if (!match) return null;
  const index = field.params?.column;
  return {
    row: Number(match[1]),
    column:
      index === undefined
        ? null
        : { index, letter: columnLetter(index), name: (columns[index] ?? "").trim() },
    field: (match[2] as ActualField | undefined) ?? null,
    code: field.code ?? "",
    value: null,
    message: field.message,
  };
}

/** 0 → "A", 25 → "Z", 26 → "AA": the column as a spreadsheet names it. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
