// Small pieces of a call sheet shared by its pages: a shooting date, a sheet's status, a recipient's state, the
// way a scene's place and time of day read.
import { FormattedDate } from "react-intl";
import { useT } from "../i18n/locale.tsx";
import { useKnownText } from "../ui/errors.ts";
import type { SheetScene, SheetStatus } from "./api.ts";

/** A calendar date ("2027-03-18") as the interface writes it: «чт, 18 мар. 2027 г.». */
export function ShootingDate({ date, long }: { date: string; long?: boolean }) {
  return (
    <FormattedDate
      value={`${date}T00:00:00Z`}
      timeZone="UTC"
      weekday={long ? "long" : "short"}
      day="numeric"
      month={long ? "long" : "short"}
      year="numeric"
    />
  );
}

export function SheetStatusBadge({ status }: { status: SheetStatus }) {
  const t = useT();
  return (
    <span className={`badge call-sheet-status call-sheet-status--${status}`}>
      {t(status === "published" ? "callSheets.status.published" : "callSheets.status.draft")}
    </span>
  );
}

/** «ИНТ. · НОЧЬ»: the scene's setting and time of day in the interface's words. */
export function useSceneTime(): (scene: Pick<SheetScene, "setting" | "time" | "timeText">) => string {
  const known = useKnownText();
  return (scene) =>
    [
      scene.setting ? known(`setting.${scene.setting.replace("/", "_")}`, scene.setting) : "",
      scene.time ? known(`time.${scene.time}`, scene.timeText ?? scene.time) : (scene.timeText ?? ""),
    ]
      .filter(Boolean)
      .join(" · ");
}

/** The department's name when the interface knows the key, else as the sheet wrote it. */
export function useDepartmentName(): (department: string) => string {
  const known = useKnownText();
  return (department) => known(`callSheets.department.${department.trim().toLowerCase()}`, department);
}
