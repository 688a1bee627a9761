// /projects/:projectId/call-sheets: the вызывные листы of the published КПП. Everyone sees their own sheets first
// (with a button to confirm), then the shooting days with each sheet's status and how many recipients opened and
// confirmed it, then the calendar addresses they can subscribe to.
import { Link, useParams } from "react-router-dom";
import { useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../ui/layout.tsx";
import "./call-sheets.css";
import { useCallSheetDays, type DaySummary } from "./api.ts";
import { CalendarFeeds } from "./CalendarFeeds.tsx";
import { ShootingDate, SheetStatusBadge } from "./labels.tsx";
import { MyCallSheets } from "./MyCallSheets.tsx";

export function CallSheetsPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("callSheets.title")}>
      {(detail) => (
        <div className="call-sheets">
          <MyCallSheets projectId={projectId} />
          <DayList projectId={projectId} canEdit={detail.permissions.includes("schedule.edit")} />
          <CalendarFeeds projectId={projectId} canEdit={detail.permissions.includes("schedule.edit")} />
        </div>
      )}
    </ProjectSection>
  );
}

export const callSheetPath = (projectId: string, day: Pick<DaySummary, "dayNumber" | "unitId">) =>
  `/projects/${projectId}/call-sheets/${day.dayNumber}?unit=${day.unitId}`;

function DayList({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const days = useCallSheetDays(projectId);
  if (days.isPending) return <Loading />;
  if (days.isError) return <Notice tone="danger">{errorText(days.error)}</Notice>;
  const { schedule, dayCount } = days.data;
  if (!schedule) {
    return (
      <EmptyState title={t("callSheets.empty.title")}>
        {canEdit ? t("callSheets.empty.editor") : t("callSheets.empty.reader")}
      </EmptyState>
    );
  }
  return (
    <Panel
      id="call-sheet-days"
      title={t("callSheets.days.title")}
      meta={t("callSheets.days.meta", { board: schedule.name, days: dayCount })}
      flush
    >
      <table className="table call-sheet-days" data-testid="call-sheet-days">
        <thead>
          <tr>
            <th scope="col">{t("callSheets.column.day")}</th>
            <th scope="col">{t("callSheets.column.date")}</th>
            <th scope="col">{t("callSheets.column.unit")}</th>
            <th scope="col">{t("callSheets.column.locations")}</th>
            <th scope="col" className="numeric">
              {t("callSheets.column.scenes")}
            </th>
            <th scope="col">{t("callSheets.column.status")}</th>
            <th scope="col">{t("callSheets.column.recipients")}</th>
          </tr>
        </thead>
        <tbody>
          {days.data.days.map((day) => (
            <tr key={day.dayId} data-testid="call-sheet-day">
              <td className="table__strong">
                <Link to={callSheetPath(projectId, day)}>
                  {t("callSheets.dayLink", { day: day.dayNumber })}
                </Link>
              </td>
              <td>
                <ShootingDate date={day.date} />
              </td>
              <td>
                {day.unit}
                <div className="muted small">
                  {t(day.shift === "night" ? "callSheets.shift.night" : "callSheets.shift.day")}
                </div>
              </td>
              <td>{day.locations.join(", ") || <span className="muted">—</span>}</td>
              <td className="numeric">{day.scenes}</td>
              <td>
                <SheetStatusBadge status={day.status} />
              </td>
              <td>
                {day.recipients.total === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  t("callSheets.recipients.counts", day.recipients)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
