// The Fountain title page: `Key: value` lines (values may continue on indented lines) before the first blank line.
// A block counts as a title page only when it names a known key, so «ИЗ ЗТМ:» opening a script stays a transition.
import { stripEmphasis } from "./emphasis.ts";
import type { SourceRow } from "./fountain-source.ts";
import type { TitlePageEntry } from "./types.ts";

// fountain.io/syntax keys plus the Russian and Belarusian words writers use on a title page.
const knownKeys = new Set([
  "title",
  "credit",
  "author",
  "authors",
  "source",
  "draft date",
  "date",
  "contact",
  "copyright",
  "notes",
  "revision",
  "episode",
  "название",
  "автор",
  "авторы",
  "сценарист",
  "по мотивам",
  "источник",
  "дата",
  "версия",
  "редакция",
  "драфт",
  "контакты",
  "примечания",
  "серия",
  "эпизод",
  "назва",
  "аўтар",
  "аўтары",
  "серыя",
]);

const titleKeys = new Set(["title", "название", "назва"]);
const keyLinePattern = /^([^\s:][^:]{0,40}?)\s*:\s*(.*)$/u;
const continuationPattern = /^(?:\t| {3,})\S/u;

export interface TitlePage {
  readonly entries: readonly TitlePageEntry[];
  readonly title: string | null;
  /** Index of the first row after the title page (0 when there is none). */
  readonly bodyStart: number;
}

/** Reads the title page at the start of the rows, or reports that there is none. */
export function parseTitlePage(rows: readonly SourceRow[]): TitlePage {
  const none: TitlePage = { entries: [], title: null, bodyStart: 0 };
  let index = 0;
  while (index < rows.length && rows[index]?.text.trim() === "") index += 1;
  const entries: { key: string; lines: string[]; line: number }[] = [];
  for (; index < rows.length; index += 1) {
    const row = rows[index];
    if (row === undefined || row.text.trim() === "") break;
    const keyLine = continuationPattern.test(row.text) ? null : keyLinePattern.exec(row.text);
    const current = entries.at(-1);
    if (keyLine) {
      const value = keyLine[2]?.trim() ?? "";
      entries.push({ key: keyLine[1]?.trim() ?? "", lines: value === "" ? [] : [value], line: row.line });
    } else if (current && continuationPattern.test(row.text)) current.lines.push(row.text.trim());
    else return none;
  }
  if (!entries.some((entry) => knownKeys.has(entry.key.toLowerCase()))) return none;
  const titleEntry = entries.find((entry) => titleKeys.has(entry.key.toLowerCase()));
  const title = titleEntry ? stripEmphasis(titleEntry.lines.join(" ")).replace(/\s+/gu, " ").trim() : "";
  return {
    entries: entries.map((entry) => ({ key: entry.key, value: entry.lines.join("\n"), line: entry.line })),
    title: title === "" ? null : title,
    bodyStart: index,
  };
}
