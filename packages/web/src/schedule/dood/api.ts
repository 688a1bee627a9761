// The day out of days of a board from the server: the report as JSON (every calendar day, so the screen can
// show all of them or the shooting days only), and the addresses of its CSV, XLSX and PDF files.
import { useQuery } from "@tanstack/react-query";
import { ApiError, type FieldError } from "../../api/client.ts";

export type DoodCode = "SW" | "W" | "WF" | "SWF" | "PW" | "H" | "D" | "TR" | "FT" | "R" | "/";
export type DoodColumns = "shooting" | "calendar";
export type DoodFormat = "csv" | "xlsx" | "pdf";

export interface DoodMoney {
  currency: string;
  minor: string;
  amount: string;
}

export interface DoodDay {
  date: string;
  dayNumber: number | null;
  units: { id: string; name: string; shift: "day" | "night" }[];
  dayOff: boolean;
  holidays: { country: string; name: string }[];
}

export interface DoodTotals {
  worked: number;
  held: number;
  travel: number;
  fitting: number;
  rehearsal: number;
  holidays: number;
  idle: number;
  paid: number;
  drops: number;
  holdsNotAllowed: number;
}

export interface DoodElement {
  id: string;
  boardNumber: string | null;
  name: string;
  category: string;
  codes: Record<string, DoodCode>;
  totals: DoodTotals;
  firstDate: string;
  lastDate: string;
  firstWorkDate: string | null;
  lastWorkDate: string | null;
  dailyRate: DoodMoney | null;
  cost: DoodMoney | null;
}

export interface DoodReport {
  schedule: { id: string; name: string; status: "draft" | "published" };
  category: { key: string; names: { ru: string; en: string }; color: string };
  columns: DoodColumns;
  days: DoodDay[];
  elements: DoodElement[];
}

interface DoodParams {
  scheduleId: string;
  category: string;
  days: DoodColumns;
  lang?: string;
}

const path = (projectId: string, format: "json" | DoodFormat, params: DoodParams) => {
  const query = new URLSearchParams({
    schedule: params.scheduleId,
    category: params.category,
    days: params.days,
  });
  if (params.lang) query.set("lang", params.lang);
  const file = format === "json" ? "dood" : `dood.${format}`;
  return `/api/v1/projects/${encodeURIComponent(projectId)}/${file}?${query.toString()}`;
};

export const doodFileUrl = (projectId: string, format: DoodFormat, params: Required<DoodParams>) =>
  path(projectId, format, params);

async function fetchDood(projectId: string, scheduleId: string, category: string): Promise<DoodReport> {
  let response: Response;
  try {
    response = await fetch(path(projectId, "json", { scheduleId, category, days: "calendar" }), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
  } catch (cause) {
    throw new ApiError(0, "NETWORK", cause instanceof Error ? cause.message : String(cause));
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; fields?: FieldError[] } })?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? response.statusText,
      Array.isArray(error?.fields) ? error.fields : [],
      body,
    );
  }
  return body as DoodReport;
}

export function useDood(projectId: string, scheduleId: string, category: string) {
  return useQuery({
    queryKey: ["dood", projectId, scheduleId, category],
    queryFn: () => fetchDood(projectId, scheduleId, category),
  });
}
