// The words of the report's header and closing summary, shared by the PDF and the workbook: the board's status
// with who published it and when, the totals, and one line per country.
import { formatScreenTime } from "@kinomost/core";
import {
  formatCountry,
  formatHours,
  formatInstant,
  formatPages,
  kppLabels,
  kppText,
  type KppLanguage,
} from "./labels.ts";
import type { KppReport } from "./model.ts";

/** "Утверждён 27.11.2026, 12:00 GMT+3, Анна Петрова" or "Черновик (не утверждён)". */
export function boardStatusLine(report: KppReport, language: KppLanguage): string {
  const { board } = report;
  if (board.status !== "published" || board.publishedAt === null) return kppLabels.draft[language];
  const when = formatInstant(board.publishedAt, report.timeZone, language);
  return board.publishedBy === null
    ? kppText("publishedNoOne", language, { when })
    : kppText("published", language, { when, who: board.publishedBy });
}

/** Label and value of each total of the summary. */
export function summaryFacts(report: KppReport, language: KppLanguage): [string, string][] {
  const { summary } = report;
  return [
    [kppLabels.shootingDays[language], String(summary.days)],
    [kppLabels.shifts[language], String(summary.shifts)],
    [kppLabels.scenes[language], String(summary.scenes)],
    [kppLabels.totalPages[language], formatPages(summary.eighths)],
    [kppLabels.totalScreenTime[language], formatScreenTime(summary.screenSeconds)],
    [kppLabels.totalHours[language], formatHours(summary.minutes, language)],
    [kppLabels.boneyard[language], String(summary.boneyard)],
  ];
}

/** "Беларусь: дней 12, смен 14, сцен 60 · 31 3/8 стр. · 30:15". */
export function countryLines(report: KppReport, language: KppLanguage): string[] {
  return report.summary.countries.map(
    (line) =>
      `${kppText("countryLine", language, {
        country: formatCountry(line.country, language),
        days: line.days,
        shifts: line.shifts,
        scenes: line.scenes,
      })} · ${formatPages(line.eighths)} ${kppLabels.pages[language].toLowerCase()} · ${formatScreenTime(line.screenSeconds)}`,
  );
}
