// Why a move is refused, said as the API says it: 400 naming every bad id, 409 STRIP_LOCKED or DAY_LOCKED naming
// the strips (by scene number, and by their place in the request's `strips`) and the day (by date and unit).
import { ApiError } from "../../http/errors.ts";
import type { DayRow, ScheduleInputs } from "../inputs.ts";
import { sceneLabel } from "../instance.ts";
import type { MoveRefusal } from "./plan-move.ts";

export function refusalError(
  refusal: MoveRefusal,
  inputs: ScheduleInputs,
  days: readonly DayRow[],
): ApiError {
  const labels = new Map(inputs.scenes.map((scene) => [scene.lineageId, sceneLabel(scene)]));
  const label = (lineageId: string) => labels.get(lineageId) ?? lineageId;
  switch (refusal.kind) {
    case "invalid":
      return new ApiError(
        400,
        "VALIDATION_FAILED",
        `the move names what the board does not have: ${refusal.fields.map((field) => `${field.path} ${field.message}`).join("; ")}`,
        { fields: refusal.fields },
      );
    case "strip-locked": {
      const names = refusal.fields.map((field) => label(field.lineageId));
      return new ApiError(
        409,
        "STRIP_LOCKED",
        `${names.length === 1 ? "the strip of scene" : "the strips of scenes"} ${names.join(", ")} ${names.length === 1 ? "is" : "are"} locked to ${names.length === 1 ? "its day" : "their days"}: unlock first`,
        {
          fields: refusal.fields.map((field) => ({
            path: field.path,
            message: `scene ${label(field.lineageId)} is locked`,
            code: "strip_locked",
          })),
        },
      );
    }
    case "day-locked": {
      const day = days.find((candidate) => candidate.id === refusal.dayId);
      const unit = inputs.units.find((candidate) => candidate.id === day?.unitId);
      const name = day ? `${day.date}${unit ? ` (${unit.name})` : ""}` : refusal.dayId;
      return new ApiError(409, "DAY_LOCKED", `the day ${name} is locked: unlock it first`, {
        fields: refusal.fields.map((field) => ({
          path: field.path,
          message: field.lineageId
            ? `scene ${label(field.lineageId)} is on the locked day ${name}`
            : `the day ${name} is locked`,
          code: "day_locked",
        })),
      });
    }
  }
}
