// Above the board: why the last change by hand was refused (the board is back as the server has it).
import { useT } from "../../i18n/locale.tsx";

export function BoardNotice({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="stripboard__notice" role="alert" data-testid="board-notice">
      <span>{message}</span>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        {t("schedule.edit.dismiss")}
      </button>
    </div>
  );
}
