// After an import: how many costs went into whose books, and the way to see just them in the journal.
import { useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { Notice } from "../../ui/layout.tsx";
import type { ActualsImport } from "../types.ts";
import { usePartners } from "../queries.ts";

export function ImportDone({
  record,
  detail,
  onAnother,
  onClose,
}: {
  record: ActualsImport;
  detail: ProjectDetail;
  onAnother: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const { nameOf } = usePartners(detail);
  const [params, setParams] = useSearchParams();
  return (
    <div className="money-import-step" data-testid="import-done">
      <Notice tone="success">
        {t("money.import.done", {
          count: record.rows,
          file: record.fileName,
          books: nameOf(record.partnerId),
        })}
      </Notice>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            const next = new URLSearchParams(params);
            for (const key of ["partner", "account", "country", "from", "to"]) next.delete(key);
            next.set("importId", record.id);
            setParams(next, { replace: true });
            onClose();
          }}
        >
          {t("money.import.showImported")}
        </button>
        <button type="button" className="button" onClick={onAnother}>
          {t("money.import.another")}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </div>
  );
}
