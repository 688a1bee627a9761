// What the stripboard says about a change by hand, in the interface language: where strips went (for screen
// readers), and why a move was refused, naming the scene and the shooting day the way a second director does.
import { useCallback } from "react";
import { ApiError } from "../../api/client.ts";
import type { Board } from "../../api/types.ts";
import { intlLocale } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { formatShootingDate } from "../board-rows.ts";
import { boneyard, stripPlaces, type EditRefusal } from "./edits.ts";
import type { EditFailure } from "./useBoardEditor.ts";

export function useEditText(board: Board) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();

  const labelOf = useCallback(
    (lineageId: string) => board.scenes.find((scene) => scene.lineageId === lineageId)?.label ?? "",
    [board],
  );

  /** «Смена 5, пт, 12 мар.», the unit named when the board has several; «вне смен» for the boneyard. */
  const placeName = useCallback(
    (dayId: string) => {
      if (dayId === boneyard) return t("schedule.edit.boneyard");
      const day = board.days.find((candidate) => candidate.id === dayId);
      if (!day) return "";
      const number = board.days.filter((other) => other.unitId === day.unitId).indexOf(day) + 1;
      const date = formatShootingDate(day.date, intlLocale(locale));
      const unit = board.units.find((candidate) => candidate.id === day.unitId);
      return board.units.length > 1 && unit && board.units.indexOf(unit) > 0
        ? t("schedule.edit.dayOfUnit", { number, date, unit: unit.name })
        : t("schedule.edit.day", { number, date });
    },
    [board, locale, t],
  );

  const refusalText = useCallback(
    (refusal: EditRefusal) =>
      refusal.kind === "strip-locked"
        ? t("schedule.edit.stripLocked", { label: labelOf(refusal.lineageId) })
        : t("schedule.edit.dayLocked", { day: placeName(refusal.dayId) }),
    [labelOf, placeName, t],
  );

  const failureText = useCallback(
    ({ edit, error }: EditFailure) => {
      if (!(error instanceof ApiError)) return errorText(error);
      if (error.code === "VERSION_CONFLICT") return t("schedule.edit.conflict");
      if (edit.kind !== "move" || (error.code !== "STRIP_LOCKED" && error.code !== "DAY_LOCKED")) {
        return errorText(error);
      }
      // The server names the strips by their place in the request: strips.2 is the third strip moved.
      const field = error.fields[0];
      const index = field?.path.startsWith("strips.") ? Number(field.path.slice("strips.".length)) : NaN;
      const lineageId = Number.isInteger(index) ? edit.strips[index] : undefined;
      if (error.code === "STRIP_LOCKED" && lineageId) {
        return t("schedule.edit.stripLocked", { label: labelOf(lineageId) });
      }
      if (error.code === "DAY_LOCKED") {
        const dayId = lineageId ? stripPlaces(board).get(lineageId) : edit.to.dayId;
        if (dayId && dayId !== boneyard) return t("schedule.edit.dayLocked", { day: placeName(dayId) });
      }
      return errorText(error);
    },
    [board, errorText, labelOf, placeName, t],
  );

  const movedText = useCallback(
    (strips: readonly string[], dayId: string, index: number) =>
      t("schedule.edit.moved", {
        count: strips.length,
        label: labelOf(strips[0] ?? ""),
        place: placeName(dayId),
        position: index + 1,
      }),
    [labelOf, placeName, t],
  );

  return { labelOf, placeName, refusalText, failureText, movedText };
}
