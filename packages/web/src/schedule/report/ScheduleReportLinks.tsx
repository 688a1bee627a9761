// The board being viewed as the assistant director prints it: the КПП day by day as PDF or XLSX, in the
// interface's language. Plain links: the browser downloads the file the server makes.
import { useLocale, useT } from "../../i18n/locale.tsx";
import { reportFileUrl, type ReportFormat } from "./report-files.ts";
import "./report.css";

const formats: { format: ReportFormat; label: "schedule.report.pdf" | "schedule.report.xlsx" }[] = [
  { format: "pdf", label: "schedule.report.pdf" },
  { format: "xlsx", label: "schedule.report.xlsx" },
];

export function ScheduleReportLinks({ projectId, scheduleId }: { projectId: string; scheduleId: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="schedule-report" role="group" aria-label={t("schedule.report.download")}>
      {formats.map(({ format, label }) => (
        <a
          key={format}
          className="button button--ghost button--small"
          href={reportFileUrl(projectId, scheduleId, format, locale)}
          download
          data-testid={`schedule-report-${format}`}
        >
          {t(label)}
        </a>
      ))}
    </div>
  );
}
