// Step two: the file's columns as the server recognized them from the header ("Дата", "Контрагент", "Сумма, руб."),
// each with a dropdown of what it holds, and a few values under it to check by eye. A field goes to one column at
// most: choosing it for another column takes it from the first. A file without a currency or country column may
// name one for every row.
import { useId } from "react";
import { countryCodes, countryName, currencyCodes } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { actualFields, type ActualField, type ColumnMapping, type ImportPreview } from "../types.ts";
import { UploadProgress } from "../UploadProgress.tsx";
import { FileErrors } from "./FileErrors.tsx";
import type { ReadSettings } from "./ImportWizard.tsx";
import { columnLetter, useFieldName } from "./row-errors.ts";

const sampleRows = 3;

/** The fields every row needs; currency and country unless a value for every row is given. */
export function missingFields(mapping: ColumnMapping, settings: ReadSettings): ActualField[] {
  const required: ActualField[] = ["date", "vendor", "account", "amount"];
  if (!settings.defaultCurrency) required.push("currency");
  if (!settings.defaultCountry) required.push("country");
  return required.filter((field) => mapping[field] === undefined);
}

export function MappingStep({
  preview,
  settings,
  mapping,
  onMapping,
  onSettings,
  onSheet,
  onBack,
  onNext,
  reading,
  sent,
}: {
  preview: ImportPreview;
  settings: ReadSettings;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  onSettings: (settings: ReadSettings) => void;
  onSheet: (sheet: string) => void;
  onBack: () => void;
  onNext: () => void;
  reading: { isPending: boolean; error: Error | null };
  sent: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const ids = useId();
  const fieldName = useFieldName();
  const fieldOf = (column: number) => actualFields.find((field) => mapping[field] === column) ?? "";
  const assign = (column: number, field: ActualField | "") => {
    const next: ColumnMapping = {};
    for (const key of actualFields) {
      const at = mapping[key];
      if (at !== undefined && at !== column && key !== field) next[key] = at;
    }
    if (field) next[field] = column;
    onMapping(next);
  };
  const missing = missingFields(mapping, settings);
  const samples = preview.rows.slice(0, sampleRows);
  // A mapping without a required field stops the server before it reads the rows: nothing to count or show yet.
  const unread =
    preview.rows.length === 0 &&
    preview.errors.some((error) => error.code === "MISSING_COLUMN" || error.code === "BAD_MAPPING");
  return (
    <div className="money-import-step">
      <p className="money-intro">
        {unread
          ? t("money.import.mappingIntroUnread", { file: preview.file.name, header: preview.headerRow })
          : t("money.import.mappingIntro", {
              file: preview.file.name,
              rows: preview.totalRows,
              header: preview.headerRow,
            })}{" "}
        {preview.file.kind === "csv" && preview.file.encoding
          ? t("money.import.csvDetails", {
              encoding: preview.file.encoding,
              delimiter: preview.file.delimiter === "\t" ? "TAB" : (preview.file.delimiter ?? ""),
            })
          : null}
      </p>
      {preview.file.sheets.length > 1 ? (
        <div className="field money-import-sheet">
          <label className="field__label" htmlFor={`${ids}-sheet`}>
            {t("money.import.sheet")}
          </label>
          <select
            id={`${ids}-sheet`}
            value={settings.sheet}
            disabled={reading.isPending}
            onChange={(event) => onSheet(event.target.value)}
          >
            {preview.file.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="table money-mapping" data-testid="column-mapping">
          <thead>
            <tr>
              <th>{t("money.import.column")}</th>
              <th>{t("money.import.holds")}</th>
              {unread ? null : <th>{t("money.import.samples")}</th>}
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((name, column) => (
              <tr key={column} className={fieldOf(column) ? undefined : "money-mapping__unused"}>
                <td className="nowrap">
                  <span className="money-code">{columnLetter(column)}</span> {name.trim() || "—"}
                </td>
                <td>
                  <select
                    aria-label={t("money.import.holdsOf", {
                      letter: columnLetter(column),
                      name: name.trim(),
                    })}
                    value={fieldOf(column)}
                    onChange={(event) => assign(column, event.target.value as ActualField | "")}
                  >
                    <option value="">{t("money.import.skipColumn")}</option>
                    {actualFields.map((field) => (
                      <option key={field} value={field}>
                        {fieldName(field)}
                      </option>
                    ))}
                  </select>
                </td>
                {unread ? null : (
                  <td className="money-mapping__samples">
                    {samples.map((row) => (
                      <span key={row.row} className="money-sample">
                        {row.cells[column]?.trim() || "—"}
                      </span>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="money-import-grid">
        {mapping.currency === undefined ? (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-currency`}>
              {t("money.import.defaultCurrency")}
            </label>
            <select
              id={`${ids}-currency`}
              value={settings.defaultCurrency}
              onChange={(event) => onSettings({ ...settings, defaultCurrency: event.target.value })}
            >
              <option value="">{t("money.import.noDefault")}</option>
              {currencyCodes().map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {mapping.country === undefined ? (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-country`}>
              {t("money.import.defaultCountry")}
            </label>
            <select
              id={`${ids}-country`}
              value={settings.defaultCountry}
              onChange={(event) => onSettings({ ...settings, defaultCountry: event.target.value })}
            >
              <option value="">{t("money.import.noDefault")}</option>
              {countryCodes.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, locale)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {missing.length > 0 ? (
        <p className="money-missing" role="status">
          {t("money.import.missingFields", { fields: missing.map(fieldName).join(", ") })}
        </p>
      ) : null}
      {reading.isPending ? <UploadProgress sent={sent} testId="import-progress" /> : null}
      <FileErrors error={reading.error} />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onBack}>
          {t("money.import.back")}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={reading.isPending || missing.length > 0}
          onClick={onNext}
        >
          {t("money.import.toPreview")}
        </button>
      </div>
    </div>
  );
}
