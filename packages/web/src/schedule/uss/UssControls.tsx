// The КПП page's door to the Universal Schedule Standard: «Экспорт в USS» downloads the chosen variant as a .uss
// file; «Импорт из USS», for those who may make boards, opens the import of a file as a new variant.
import { useState } from "react";
import type { ScheduleSummary } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { ussExportUrl } from "./api.ts";
import { UssImport } from "./UssImport.tsx";
import "./uss.css";

export function UssControls({
  projectId,
  board,
  canEdit,
  onImported,
}: {
  projectId: string;
  /** The variant to export; none on a page without variants yet. */
  board?: ScheduleSummary;
  canEdit: boolean;
  onImported: (scheduleId: string) => void;
}) {
  const t = useT();
  const [isImporting, setImporting] = useState(false);
  if (!board && !canEdit) return null;
  return (
    <div className="uss-controls" data-testid="uss-controls">
      <div className="uss-controls__buttons">
        {board ? (
          <a
            className="button button--ghost button--small"
            href={ussExportUrl(projectId, board.id)}
            title={t("uss.exportHint")}
            download
          >
            {t("uss.export")}
          </a>
        ) : null}
        {canEdit ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setImporting(true)}
            disabled={isImporting}
          >
            {t("uss.import.open")}
          </button>
        ) : null}
      </div>
      {isImporting ? (
        <UssImport
          projectId={projectId}
          onImported={(scheduleId) => {
            setImporting(false);
            onImported(scheduleId);
          }}
          onCancel={() => setImporting(false)}
        />
      ) : null}
    </div>
  );
}
