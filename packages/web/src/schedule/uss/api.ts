// Boards in the Universal Schedule Standard (.uss): the address of a board's file, and the file's import — its
// preview (what board it would make; nothing is written) and the import itself — through the app's shared upload,
// which reports the upload's progress.
import { upload } from "../../api/client.ts";
import type { Schedule } from "../../api/types.ts";

export interface UssUnmatchedScene {
  path: string;
  number: string | null;
  episode: string | null;
  reason: "not_found" | "ambiguous" | "repeated";
}

export interface UssImportSummary {
  name: string;
  nameTaken: boolean;
  stripboard: { index: number; name: string | null; available: { index: number; name: string | null }[] };
  scenes: { onStripboard: number; matched: number; matchedById: number; unmatched: UssUnmatchedScene[] };
  days: number;
  scheduledScenes: number;
  boneyard: number;
  calendar: { firstDate: string; lastDate: string; weeklyDaysOff: number[]; daysOff: string[] };
  elements: { found: number; created: number; categoriesCreated: string[]; tagsSuggested: number };
  ignored: { banners: number; calendarEvents: number; elementEvents: number; scenesAfterLastDay: number };
  notes: { path: string; message: string; code: string }[];
}

export interface UssImportInput {
  file: File;
  /** The new board's name; the file's stripboard's unless given. */
  name?: string;
  /** Which stripboard of the file, from 0. */
  stripboard?: number;
  /** The first shooting date, for a file whose calendar has no start. */
  firstDate?: string;
}

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/schedules`;

export const ussExportUrl = (projectId: string, scheduleId: string) =>
  `/api/v1${base(projectId)}/${encodeURIComponent(scheduleId)}/export.uss`;

function formOf(input: UssImportInput): FormData {
  const form = new FormData();
  form.set("file", input.file);
  if (input.name?.trim()) form.set("name", input.name.trim());
  if (input.stripboard !== undefined) form.set("stripboard", String(input.stripboard));
  if (input.firstDate) form.set("firstDate", input.firstDate);
  return form;
}

export function previewUss(projectId: string, input: UssImportInput, onProgress?: (sent: number) => void) {
  return upload<UssImportSummary>(`${base(projectId)}/import-uss/preview`, formOf(input), onProgress);
}

export function importUss(projectId: string, input: UssImportInput, onProgress?: (sent: number) => void) {
  return upload<{ schedule: Schedule; summary: UssImportSummary }>(
    `${base(projectId)}/import-uss`,
    formOf(input),
    onProgress,
  );
}
