// An upload's progress: the share of the file sent, then a striped bar while the server reads it.
import { useT } from "../i18n/locale.tsx";

export function UploadProgress({ sent, testId }: { sent: number; testId?: string }) {
  const t = useT();
  const percent = Math.round(sent * 100);
  const reading = sent >= 1;
  return (
    <div
      className={reading ? "upload-progress upload-progress--processing" : "upload-progress"}
      data-testid={testId}
    >
      <div
        className="upload-progress__track"
        role="progressbar"
        aria-label={t("money.upload.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span className="upload-progress__bar" style={{ width: `${reading ? 100 : percent}%` }} />
      </div>
      <span aria-live="polite">
        {reading ? t("money.upload.reading") : t("money.upload.sending", { percent })}
      </span>
    </div>
  );
}
