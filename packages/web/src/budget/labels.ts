// The budget's words in the interface language: units, rate sources, and the problems the server names by code
// and JSON path ("categories[3].accounts[0].lines[2].rate"), said where they happened.
import { useCallback } from "react";
import type { FieldError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { useFieldErrorText, useKnownText } from "../ui/errors.ts";
import { isScheduleGlobal } from "./formula.ts";
import type { BudgetDocument } from "./types.ts";

/** The units every budget knows (core `defaultUnits`); a budget may add its own with their labels. */
export const defaultUnitIds = ["hour", "day", "shift", "week", "month", "episode", "flat", "allow", "each"];

export function useUnitLabel(document: BudgetDocument): (unit: string) => string {
  const known = useKnownText();
  return useCallback(
    (unit: string) => document.units?.[unit]?.label ?? known(`budget.unit.${unit}`, unit),
    [document.units, known],
  );
}

export function useRateSource(): (source: string) => string {
  const known = useKnownText();
  return useCallback((source: string) => known(`budget.rates.source.${source}`, source), [known]);
}

/** A budget problem or a refused field in words: by the budget's code, else the shared field wording. */
export function useProblemText(): (problem: FieldError) => string {
  const t = useT();
  const known = useKnownText();
  const fieldText = useFieldErrorText();
  return useCallback(
    (problem: FieldError) => {
      if (problem.code === "UNKNOWN_GLOBAL") {
        const name = /unknown global ([\p{L}\p{N}_]+)/u.exec(problem.message)?.[1];
        if (name && isScheduleGlobal(name)) return t("budget.problem.scheduleGlobal", { name });
        if (name) return t("budget.problem.unknownGlobal", { name });
      }
      if (problem.code === "MISSING_RATE") {
        const pair = /no rate from ([A-Z]{3}) to ([A-Z]{3})/.exec(problem.message);
        if (pair) return t("budget.problem.missingRate", { from: pair[1], to: pair[2] });
      }
      const byCode = known(`budget.problem.${problem.code ?? ""}`, "");
      return byCode || fieldText(problem);
    },
    [t, known, fieldText],
  );
}

const linePath = /^categories\[(\d+)\]\.accounts\[(\d+)\]\.lines\[(\d+)\](?:\.(\w+))?/;
const accountPath = /^categories\[(\d+)\](?:\.accounts\[(\d+)\])?/;

/** Where a JSON path points in the document: the category, account and line, and the field. */
export function placeOf(document: BudgetDocument, path: string) {
  const line = linePath.exec(path);
  if (line) {
    const category = document.categories[Number(line[1])];
    const account = category?.accounts[Number(line[2])];
    return { category, account, line: account?.lines[Number(line[3])], field: line[4] };
  }
  const account = accountPath.exec(path);
  if (account) {
    const category = document.categories[Number(account[1])];
    return {
      category,
      account: account[2] === undefined ? undefined : category?.accounts[Number(account[2])],
      line: undefined,
      field: undefined,
    };
  }
  return { category: undefined, account: undefined, line: undefined, field: undefined };
}

/** The refusal of one field of one line: the document path the core names, or the request field zod names. */
export function lineFieldError(
  error: unknown,
  document: BudgetDocument,
  lineId: string,
  field: string,
): FieldError | undefined {
  const fields = (error as { fields?: FieldError[] } | null)?.fields ?? [];
  return fields.find((candidate) => {
    if (candidate.path === field) return true;
    const place = placeOf(document, candidate.path);
    return place.line?.id === lineId && place.field === field;
  });
}

/** The refusal of an entry of a list setting: "fringes[2].value" (core) or "fringes.2.value" (request). */
export function listFieldError(
  error: unknown,
  list: string,
  index: number,
  field: string,
): FieldError | undefined {
  const fields = (error as { fields?: FieldError[] } | null)?.fields ?? [];
  return fields.find(
    (candidate) =>
      candidate.path === `${list}[${index}].${field}` || candidate.path === `${list}.${index}.${field}`,
  );
}

/** The refusal of a keyed setting: "globals.SHOOTDAYS", "contingency.percent", "rates.perUnit.KZT". */
export function keyFieldError(error: unknown, path: string): FieldError | undefined {
  const fields = (error as { fields?: FieldError[] } | null)?.fields ?? [];
  return fields.find((candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`));
}
