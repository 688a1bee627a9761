// Messages of the shooting schedule report (КПП day by day as PDF and XLSX), spread into both catalogs; the Russian
// set is the source of the keys, and the catalogs' test keeps the two in step.

export const scheduleReportMessagesRu = {
  "schedule.report.download": "КПП по дням для печати",
  "schedule.report.pdf": "КПП в PDF",
  "schedule.report.xlsx": "КПП в XLSX",
  "error.code.NO_PUBLISHED_BOARD": "КПП ещё не утверждён: утвердите один из вариантов.",
} as const satisfies Record<string, string>;

export const scheduleReportMessagesEn: Record<keyof typeof scheduleReportMessagesRu, string> = {
  "schedule.report.download": "The schedule day by day, to print",
  "schedule.report.pdf": "Schedule PDF",
  "schedule.report.xlsx": "Schedule XLSX",
  "error.code.NO_PUBLISHED_BOARD": "No shooting schedule is published yet: publish one of the boards.",
};
