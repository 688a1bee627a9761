// One variant of the КПП at work: its facts, the stripboard, the cost and the optimizer beside it, what it breaks,
// and the actors' days and cost. The strips chosen on the board are what "optimize the selection" moves.
import { useCallback, useState } from "react";
import type { ScheduleSummary } from "../api/types.ts";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice } from "../ui/layout.tsx";
import { BoardFacts } from "./BoardFacts.tsx";
import { CastTable } from "./CastTable.tsx";
import { CostPanel } from "./CostPanel.tsx";
import { IssuesPanel } from "./IssuesPanel.tsx";
import { OptimizerPanel } from "./OptimizerPanel.tsx";
import { ScheduleReportLinks } from "./report/ScheduleReportLinks.tsx";
import { Stripboard } from "./Stripboard.tsx";
import { useBoard } from "./queries.ts";

export function BoardWorkspace({
  projectId,
  summary,
  canEdit,
}: {
  projectId: string;
  summary: ScheduleSummary;
  canEdit: boolean;
}) {
  const errorText = useErrorText();
  const board = useBoard(projectId, summary.id);
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((lineageId: string) => {
    setSelection((current) => {
      const next = new Set(current);
      if (!next.delete(lineageId)) next.add(lineageId);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelection(new Set()), []);
  if (board.isPending) return <Loading />;
  if (board.isError) return <Notice tone="danger">{errorText(board.error)}</Notice>;
  const isDraft = board.data.schedule.status === "draft";
  const canSelect = canEdit && isDraft;
  return (
    <>
      <ScheduleReportLinks projectId={projectId} scheduleId={summary.id} />
      <BoardFacts board={board.data} />
      <div className="schedule-layout">
        <Stripboard
          projectId={projectId}
          board={board.data}
          selection={canSelect ? selection : null}
          onToggle={toggle}
          onClear={clear}
        />
        <div className="schedule-rail">
          {/* The optimizer comes first for those who run it: its progress and result stay in sight. */}
          {canEdit ? (
            <OptimizerPanel
              projectId={projectId}
              board={board.data}
              selection={selection}
              onAccepted={clear}
            />
          ) : null}
          <CostPanel board={board.data} />
        </div>
      </div>
      <IssuesPanel board={board.data} />
      <CastTable board={board.data} />
    </>
  );
}
