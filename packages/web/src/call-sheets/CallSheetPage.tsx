// /projects/:projectId/call-sheets/:dayNumber?unit=…: one day's вызывной лист — the sheet itself, its PDF in Russian
// or English, the assistant director's fields and the sending to recipients with who opened and confirmed it, and
// for a recipient the button to confirm.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice } from "../ui/layout.tsx";
import "./call-sheets.css";
import { callSheetApi, callSheetKeys, callSheetPdfUrl, useMyCallSheets } from "./api.ts";
import { DetailsForm } from "./DetailsForm.tsx";
import { ShootingDate, SheetStatusBadge } from "./labels.tsx";
import { ConfirmButton, RecipientState } from "./MyCallSheets.tsx";
import { PublishPanel } from "./PublishPanel.tsx";
import { SheetView } from "./SheetView.tsx";

export function CallSheetPage() {
  const { projectId = "", dayNumber = "" } = useParams();
  const [params] = useSearchParams();
  const t = useT();
  const day = Number(dayNumber);
  return (
    <ProjectSection projectId={projectId} title={t("callSheets.sheet.title", { day })}>
      {(detail) => (
        <CallSheetContent
          projectId={projectId}
          day={day}
          unitId={params.get("unit") ?? undefined}
          canEdit={detail.permissions.includes("schedule.edit")}
        />
      )}
    </ProjectSection>
  );
}

function CallSheetContent({
  projectId,
  day,
  unitId,
  canEdit,
}: {
  projectId: string;
  day: number;
  unitId: string | undefined;
  canEdit: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const sheet = useQuery({
    queryKey: callSheetKeys.sheet(projectId, day, unitId),
    queryFn: () => callSheetApi.sheet(projectId, day, unitId),
  });
  // Read after the sheet: reading it is what marks it opened.
  const mine = useMyCallSheets(projectId, sheet.isSuccess);
  if (sheet.isPending) return <Loading />;
  if (sheet.isError) return <Notice tone="danger">{errorText(sheet.error)}</Notice>;
  const view = sheet.data;
  const own = mine.data?.callSheets.find((entry) => entry.dayNumber === day && entry.unitId === view.unitId);
  const { sheet: content } = view;
  return (
    <div className="call-sheets">
      <div className="call-sheet-toolbar">
        <Link to={`/projects/${projectId}/call-sheets`} className="back-link">
          ← {t("callSheets.backToList")}
        </Link>
        <div className="call-sheet-toolbar__day">
          <strong>{t("callSheets.dayOf", { day: content.dayNumber, days: content.dayCount })}</strong> ·{" "}
          <ShootingDate date={content.date} long /> · {content.unit} ·{" "}
          {t(content.shift === "night" ? "callSheets.shift.night" : "callSheets.shift.day")}
          {content.timeZone ? <span className="muted"> · {content.timeZone}</span> : null}
        </div>
        <SheetStatusBadge status={view.status} />
        <div className="call-sheet-toolbar__actions">
          {own ? (
            <>
              <RecipientState state={own.state} />
              <ConfirmButton projectId={projectId} sheet={own} />
            </>
          ) : null}
          <a
            className="button button--small"
            href={callSheetPdfUrl(projectId, day, view.unitId, "ru")}
            download
          >
            {t("callSheets.pdf.ru")}
          </a>
          <a
            className="button button--small"
            href={callSheetPdfUrl(projectId, day, view.unitId, "en")}
            download
          >
            {t("callSheets.pdf.en")}
          </a>
          {canEdit && !editing ? (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setEditing(true)}
            >
              {t("callSheets.edit.open")}
            </button>
          ) : null}
        </div>
      </div>
      {canEdit && editing ? (
        <DetailsForm
          projectId={projectId}
          view={view}
          unitId={view.unitId}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <SheetView projectId={projectId} sheet={content} />
      {canEdit ? <PublishPanel projectId={projectId} view={view} /> : null}
    </div>
  );
}
