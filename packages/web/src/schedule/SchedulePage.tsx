// /projects/:projectId/schedule: the КПП (календарно-постановочный план). The project's variants of the board, the
// chosen one with its day breaks and strips, what it costs by term and per actor, and, for those who may change it
// (schedule.edit), the optimizer with its live progress and a before/after to accept or discard.
// The same variant can be read as its day out of days (?view=dood) or on a calendar (?view=calendar) instead.
import { useState } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import type { ScheduleSummary } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice } from "../ui/layout.tsx";
import "../styles/schedule.css";
import { BoardPicker } from "./BoardPicker.tsx";
import { BoardWorkspace } from "./BoardWorkspace.tsx";
import { CalendarView } from "./calendar/CalendarView.tsx";
import { BoardViewSwitch, useBoardView } from "./dood/BoardViewSwitch.tsx";
import { DoodView } from "./dood/DoodView.tsx";
import { NewBoardForm } from "./NewBoardForm.tsx";
import { useBoards } from "./queries.ts";
import { UssControls } from "./uss/UssControls.tsx";

export function SchedulePage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("schedule.title")}>
      {(detail) => (
        <ScheduleContent projectId={projectId} canEdit={detail.permissions.includes("schedule.edit")} />
      )}
    </ProjectSection>
  );
}

/** The board the address names, else the published КПП, else the first variant. */
function chooseBoard(boards: readonly ScheduleSummary[], wanted: string | null) {
  return (
    boards.find((board) => board.id === wanted) ??
    boards.find((board) => board.status === "published") ??
    boards[0]
  );
}

function ScheduleContent({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const boards = useBoards(projectId);
  const [params, setParams] = useSearchParams();
  const [isCreating, setCreating] = useState(false);
  const [view, setView] = useBoardView();
  if (boards.isPending) return <Loading />;
  if (boards.isError) return <Notice tone="danger">{errorText(boards.error)}</Notice>;
  const list = boards.data.schedules;
  const chosen = chooseBoard(list, params.get("board"));
  const select = (scheduleId: string) =>
    setParams({ ...Object.fromEntries(params), board: scheduleId }, { replace: true });
  const form =
    canEdit && (isCreating || !chosen) ? (
      <NewBoardForm
        projectId={projectId}
        template={chosen}
        onCreated={(scheduleId) => {
          setCreating(false);
          select(scheduleId);
        }}
        onCancel={chosen ? () => setCreating(false) : undefined}
      />
    ) : null;
  if (!chosen) {
    return (
      <>
        <EmptyState title={t("schedule.empty.title")}>
          {canEdit ? t("schedule.empty.editor") : t("schedule.empty.reader")}
        </EmptyState>
        {form}
        <UssControls projectId={projectId} canEdit={canEdit} onImported={select} />
      </>
    );
  }
  return (
    <div className="schedule-page">
      <BoardPicker
        projectId={projectId}
        boards={list}
        selected={chosen}
        canEdit={canEdit}
        isCreating={isCreating}
        onSelect={select}
        onNew={() => setCreating(true)}
      />
      {form}
      <UssControls projectId={projectId} board={chosen} canEdit={canEdit} onImported={select} />
      <BoardViewSwitch value={view} onChange={setView} />
      {view === "dood" ? (
        <DoodView key={chosen.id} projectId={projectId} scheduleId={chosen.id} />
      ) : view === "calendar" ? (
        <CalendarView key={chosen.id} projectId={projectId} summary={chosen} />
      ) : (
        <BoardWorkspace key={chosen.id} projectId={projectId} summary={chosen} canEdit={canEdit} />
      )}
    </div>
  );
}
