// Step three: the first rows of the file as it will be imported, every bad cell marked, and every error listed by
// row and column. The import takes the whole file or nothing, so «Импортировать» opens only when no row has an
// error (and, for a file these books already took, when the accountant says to take it again).
import { ApiError } from "../../api/client.ts";

import { useLocale, useT } from "../../i18n/locale.tsx";
import { Notice } from "../../ui/layout.tsx";
import {
  actualFields,
  type ActualsImport,
  type ColumnMapping,
  type ImportPreview,
  type RowError,
} from "../types.ts";
import { formatAmount, formatDay } from "../format.ts";
import { UploadProgress } from "../UploadProgress.tsx";
import { FileErrors } from "./FileErrors.tsx";
import { columnLetter, rowErrorFromField, useFieldName, useRowErrorText } from "./row-errors.ts";

export function PreviewStep({
  preview,
  mapping,
  allowDuplicate,
  onAllowDuplicate,
  onBack,
  onCommit,
  commit,
  sent,
}: {
  preview: ImportPreview;
  mapping: ColumnMapping;
  allowDuplicate: boolean;
  onAllowDuplicate: (allow: boolean) => void;
  onBack: () => void;
  onCommit: () => void;
  commit: { isPending: boolean; error: Error | null; data?: { import: ActualsImport } | undefined };
  sent: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const fieldName = useFieldName();
  const fieldOf = (column: number) => actualFields.find((field) => mapping[field] === column);
  const hasErrors = preview.errorCount > 0;
  const duplicate = preview.duplicateOf;
  const commitErrors = commitRowErrors(commit.error, preview.columns);
  const blocked = hasErrors || (duplicate !== null && !allowDuplicate) || commit.isPending;
  return (
    <div className="money-import-step">
      <p className="money-preview-summary" data-testid="preview-summary">
        {t("money.import.summary", {
          rows: preview.totalRows,
          valid: preview.validRows,
          errors: preview.errorCount,
        })}
      </p>
      {hasErrors ? (
        <ErrorList errors={preview.errors} total={preview.errorCount} />
      ) : (
        <Notice tone="success">{t("money.import.allGood", { count: preview.totalRows })}</Notice>
      )}
      {commitErrors.length > 0 ? <ErrorList errors={commitErrors} total={commitErrors.length} /> : null}
      {duplicate ? (
        <Notice tone="warning">
          <div>
            {t("money.import.duplicate", {
              date: formatDay(duplicate.createdAt.slice(0, 10), locale),
              file: duplicate.fileName,
            })}
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={allowDuplicate}
              onChange={(event) => onAllowDuplicate(event.target.checked)}
            />{" "}
            {t("money.import.allowDuplicate")}
          </label>
        </Notice>
      ) : null}
      <div className="table-scroll money-preview-scroll">
        <table className="table money-preview" data-testid="import-preview">
          <thead>
            <tr>
              <th className="numeric">{t("money.import.row")}</th>
              {preview.columns.map((name, column) => (
                <th key={column} className={fieldOf(column) ? undefined : "money-preview__skipped"}>
                  <span className="money-code">{columnLetter(column)}</span> {name}
                  <span className="money-preview__field">
                    {fieldOf(column) ? fieldName(fieldOf(column)!) : t("money.import.skipped")}
                  </span>
                </th>
              ))}
              <th className="numeric">{t("money.import.readAs")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const bad = new Map(
                row.errors.flatMap((error) => (error.column ? [[error.column.index, error]] : [])),
              );
              return (
                <tr key={row.row} className={row.errors.length > 0 ? "money-preview__bad-row" : undefined}>
                  <td className="numeric money-preview__number">{row.row}</td>
                  {preview.columns.map((_name, column) => {
                    const error = bad.get(column);
                    return (
                      <td
                        key={column}
                        className={error ? "money-cell--error" : fieldOf(column) ? undefined : "muted"}
                        title={error?.message}
                        data-error={error ? error.code : undefined}
                      >
                        {row.cells[column] ?? ""}
                      </td>
                    );
                  })}
                  <td className="numeric">
                    {row.actual ? formatAmount(row.actual.amount, row.actual.currency, locale) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.totalRows > preview.rows.length ? (
        <p className="muted small">
          {t("money.import.firstRows", { shown: preview.rows.length, total: preview.totalRows })}
        </p>
      ) : null}
      {commit.isPending ? <UploadProgress sent={sent} testId="commit-progress" /> : null}
      {commitErrors.length === 0 ? <FileErrors error={commit.error} /> : null}
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onBack} disabled={commit.isPending}>
          {t("money.import.backToColumns")}
        </button>
        <button type="button" className="button button--primary" disabled={blocked} onClick={onCommit}>
          {t("money.import.commit", { count: preview.validRows })}
        </button>
        {hasErrors ? <span className="muted small">{t("money.import.commitBlocked")}</span> : null}
      </div>
    </div>
  );
}

function commitRowErrors(error: Error | null, columns: readonly string[]): RowError[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return error.fields.flatMap((field) => rowErrorFromField(field, columns) ?? []);
}

function ErrorList({ errors, total }: { errors: readonly RowError[]; total: number }) {
  const t = useT();
  const word = useRowErrorText();
  return (
    <Notice tone="danger">
      <div data-testid="import-errors">
        <strong>{t("money.import.errorsTitle", { count: total })}</strong>
        <ul className="money-error-list">
          {errors.map((error, index) => {
            const worded = word(error);
            return (
              <li key={index}>
                <span className="money-error-list__where">{worded.where}</span>: {worded.what}
              </li>
            );
          })}
        </ul>
        {total > errors.length ? (
          <div className="small">{t("money.import.moreErrors", { shown: errors.length, total })}</div>
        ) : null}
      </div>
    </Notice>
  );
}
