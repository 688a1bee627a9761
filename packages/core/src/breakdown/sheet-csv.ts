// Breakdown sheets as CSV (RFC 4180: CRLF, fields quoted where needed): one row per scene and element, for
// spreadsheets and other scheduling software. Returns text; the caller decides on a file name and a BOM.
import { stringify } from "csv-stringify/sync";
import { formatEighths, formatScreenTime } from "../screenplay/length.ts";
import type { BreakdownCategory } from "./categories.ts";
import {
  breakdownSheetFieldLabels as labels,
  formatSheetLocation,
  formatSheetSetting,
  formatSheetTime,
  groupSheetElements,
  type BreakdownSheet,
  type SheetLanguage,
} from "./sheet.ts";

const columns = [
  "scene",
  "heading",
  "setting",
  "time",
  "storyDay",
  "pages",
  "screenTime",
  "set",
  "location",
  "category",
  "element",
  "boardId",
] as const;

// A spreadsheet runs a cell that starts with one of these as a formula; a leading apostrophe keeps it text
// (OWASP "CSV injection"). Names come from users and imported scripts, so every cell is guarded.
const guardFormula = (cell: string) => (/^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell);

export interface BreakdownCsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read Cyrillic correctly. */
  readonly bom?: boolean;
}

/**
 * One row per scene and element in sheet order; a scene without elements still gets one row, with the
 * category, element and board id left empty.
 */
export function breakdownSheetsCsv(
  sheets: readonly BreakdownSheet[],
  categories: readonly BreakdownCategory[],
  language: SheetLanguage,
  options: BreakdownCsvOptions = {},
): string {
  const header = columns.map((column) => labels[column][language]);
  const rows = sheets.flatMap(({ scene, elements }) => {
    const sceneCells = [
      scene.number ?? "",
      scene.heading,
      formatSheetSetting(scene.setting, language),
      formatSheetTime(scene, language),
      scene.storyDay ?? "",
      formatEighths(scene.eighths),
      formatScreenTime(scene.screenSeconds),
      scene.set,
      formatSheetLocation(scene.location),
    ];
    const groups = groupSheetElements(elements, categories, language);
    const elementCells = groups.flatMap(({ category, elements: grouped }) =>
      grouped.map((element) => [category.names[language], element.name, element.boardId ?? ""]),
    );
    return (elementCells.length === 0 ? [["", "", ""]] : elementCells).map((cells) => [
      ...sceneCells,
      ...cells,
    ]);
  });
  return stringify([header, ...rows.map((row) => row.map(guardFormula))], {
    record_delimiter: "\r\n",
    bom: options.bom ?? false,
  });
}
