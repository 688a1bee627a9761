// Why a ledger file could not be read at all (not a .csv or .xlsx, an empty or binary file, an unknown encoding, a
// missing sheet), or why the request was refused: the catalog's wording by code, else the server's sentence.
import { ApiError } from "../../api/client.ts";
import { useT } from "../../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../../i18n/messages.ru.ts";
import { useErrorText } from "../../ui/errors.ts";
import { Notice } from "../../ui/layout.tsx";

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

export function FileErrors({ error }: { error: Error | null }) {
  const t = useT();
  const errorText = useErrorText();
  if (!error) return null;
  const fields = error instanceof ApiError && error.status === 400 ? error.fields : [];
  // Row errors have their own list in the preview.
  const fileFields = fields.filter((field) => !field.path.startsWith("rows."));
  if (fileFields.length === 0) {
    if (fields.length > 0) return null;
    return <Notice tone="danger">{errorText(error)}</Notice>;
  }
  return (
    <Notice tone="danger">
      <div data-testid="import-file-errors">
        <strong>{t("money.import.fileRefused")}</strong>
        <ul className="money-error-list">
          {fileFields.map((field, index) => {
            const key = `money.fileError.${field.code ?? ""}`;
            return <li key={index}>{isMessageKey(key) ? t(key) : field.message}</li>;
          })}
        </ul>
      </div>
    </Notice>
  );
}
