// Where the server makes a board's shooting schedule report (КПП day by day) as a file, in the interface's language.

export type ReportFormat = "pdf" | "xlsx";

export function reportFileUrl(
  projectId: string,
  scheduleId: string,
  format: ReportFormat,
  language: "ru" | "en",
): string {
  const path = `/api/v1/projects/${encodeURIComponent(projectId)}/schedules/${encodeURIComponent(scheduleId)}`;
  return `${path}/report.${format}?${new URLSearchParams({ lang: language }).toString()}`;
}
