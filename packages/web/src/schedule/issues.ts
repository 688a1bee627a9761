// What a board breaks (violations) and what the project has yet to give the scheduler (problems), said in the
// interface language by code, with the things each names (a scene, an actor, a unit, a location, a date) resolved
// from the board. A code the catalog does not know is shown in the server's own words.
import { useCallback } from "react";
import type { Board, ScheduleProblem, ScheduleViolation } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { intlLocale } from "../i18n/format.ts";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";
import { formatShootingDate } from "./board-rows.ts";

export interface Issue {
  code: string;
  /** The server's English wording. */
  message: string;
  ids: {
    sceneId?: string | undefined;
    sceneIds?: string | undefined;
    castId?: string | undefined;
    unitId?: string | undefined;
    locationId?: string | undefined;
    date?: string | undefined;
  };
  params: Record<string, string | number | null>;
}

export interface IssueGroup {
  code: string;
  title: string;
  issues: Issue[];
}

function text(value: string | number | null | undefined): string | undefined {
  return value === null || value === undefined || value === "" ? undefined : String(value);
}

export function fromViolation(violation: ScheduleViolation): Issue {
  const { code, message, ...ids } = violation;
  return { code, message, ids, params: {} };
}

export function fromProblem(problem: ScheduleProblem): Issue {
  const { params } = problem;
  return {
    code: problem.code,
    message: problem.message,
    ids: {
      sceneId: text(params.sceneId),
      sceneIds: text(params.sceneIds),
      castId: text(params.castId ?? params.elementId),
      unitId: text(params.unitId),
      locationId: text(params.locationId),
      date: text(params.date),
    },
    params,
  };
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messagesRu, key);
}

/** The issue's title by code in the interface language, or null when the catalog does not know the code. */
export function useIssueTitle(): (code: string) => string | null {
  const t = useT();
  return useCallback(
    (code: string) => {
      const key = `schedule.issue.${code}`;
      return isMessageKey(key) ? t(key) : null;
    },
    [t],
  );
}

/** Issues of one code together, in the order their codes first appear. */
export function useIssueGroups(): (issues: readonly Issue[]) => IssueGroup[] {
  const title = useIssueTitle();
  return useCallback(
    (issues: readonly Issue[]) => {
      const groups = new Map<string, IssueGroup>();
      for (const issue of issues) {
        const group = groups.get(issue.code) ?? {
          code: issue.code,
          title: title(issue.code) ?? issue.message,
          issues: [],
        };
        group.issues.push(issue);
        groups.set(issue.code, group);
      }
      return [...groups.values()];
    },
    [title],
  );
}

/** What an issue names, as short labels: «сц. 2.14», «3. АЛЕСЬ», «пн, 1 мар.», «BYN → RUB». */
export function useIssueSubjects(board: Board): (issue: Issue) => string[] {
  const t = useT();
  const { locale } = useLocale();
  return useCallback(
    (issue: Issue) => {
      const scene = (id: string) => board.scenes.find((known) => known.lineageId === id);
      const cast = (id: string) => board.cast.find((known) => known.id === id);
      const location = (id: string) => board.scenes.find((known) => known.location?.id === id)?.location;
      const out: string[] = [];
      const { ids, params } = issue;
      const sceneIds = [ids.sceneId, ...(ids.sceneIds?.split(",") ?? [])].filter((id): id is string =>
        Boolean(id),
      );
      for (const id of sceneIds) {
        const found = scene(id);
        if (found) out.push(t("schedule.issue.scene", { label: found.label }));
      }
      if (ids.castId) {
        const person = cast(ids.castId);
        const name = person?.name ?? text(params.name);
        const boardId = person?.boardId ?? text(params.boardId);
        if (name) out.push(boardId ? `${boardId}. ${name}` : name);
      } else if (text(params.name)) {
        out.push(String(params.name));
      }
      if (ids.unitId) {
        const unit = board.units.find((known) => known.id === ids.unitId);
        if (unit) out.push(unit.name);
      }
      if (ids.locationId) {
        const place = location(ids.locationId);
        if (place) out.push(place.name);
      }
      if (ids.date) out.push(formatShootingDate(ids.date, intlLocale(locale)));
      if (text(params.set)) out.push(`«${params.set}»`);
      if (text(params.currency) && text(params.reportingCurrency)) {
        out.push(`${params.currency} → ${params.reportingCurrency}`);
      }
      if (typeof params.scenes === "number") out.push(t("schedule.count.scenes", { count: params.scenes }));
      return out;
    },
    [board, locale, t],
  );
}
