// Call sheets and calendar feeds from the server: the published board's shooting days, a day's assembled sheet with
// what the assistant director wrote on it, publishing to recipients, the caller's own sheets, and calendar addresses.
import { useQuery } from "@tanstack/react-query";
import { request } from "../api/client.ts";

export type SheetStatus = "draft" | "published";
export type SheetLanguage = "ru" | "en";

export interface DaySummary {
  dayNumber: number;
  date: string;
  dayId: string;
  unitId: string;
  unit: string;
  shift: "day" | "night";
  scenes: number;
  eighths: number;
  locations: string[];
  status: SheetStatus;
  version: number;
  publishedAt: string | null;
  recipients: { total: number; opened: number; confirmed: number };
}

export interface DayList {
  schedule: { id: string; name: string; publishedAt: string | null } | null;
  dayCount: number;
  days: DaySummary[];
}

export interface SheetScene {
  id: string;
  label: string;
  number: string | null;
  heading: string;
  setting: "INT" | "EXT" | "INT/EXT" | null;
  time: string | null;
  timeText: string | null;
  set: string;
  location: string | null;
  castBoardIds: string[];
  eighths: number;
  pages: string;
  screenSeconds?: number;
  synopsis?: string | null;
}

export interface SheetContent {
  project: string;
  dayNumber: number;
  dayCount: number;
  date: string;
  shift: "day" | "night";
  unit: string;
  crewCall: string;
  shootingCall: string | null;
  estimatedWrap: string;
  weather: string | null;
  notes: string | null;
  parking: string | null;
  basecamp: string | null;
  keyContacts: { role: string; name: string; phone: string | null }[];
  locations: {
    id: string;
    name: string;
    address: string | null;
    country: string;
    timeZone: string;
    latitude: number | null;
    longitude: number | null;
    hospital: { name: string; address?: string; phone?: string } | null;
    mapUrl: string | null;
    sunrise: string | null;
    sunset: string | null;
    allDay: "light" | "dark" | null;
    scenes: string[];
  }[];
  timeZone: string | null;
  sunrise: string | null;
  sunset: string | null;
  scenes: SheetScene[];
  totals: { scenes: number; eighths: number; pages: string; screenSeconds: number };
  cast: {
    elementId: string;
    boardId: string | null;
    character: string;
    actor: string | null;
    status: "SW" | "W" | "WF" | "SWF" | "PW";
    pickup: string | null;
    makeup: string | null;
    onSet: string | null;
    note: string | null;
  }[];
  requirements: {
    category: string;
    items: {
      elementId: string;
      name: string;
      scenes: string[];
      count: number | null;
      call: string | null;
      note: string | null;
    }[];
  }[];
  crewCalls: {
    department: string;
    call: string;
    note: string | null;
    people: { name: string; phone: string | null }[];
  }[];
  advance: {
    dayNumber: number;
    date: string;
    shift: "day" | "night";
    unit: string;
    locations: string[];
    scenes: SheetScene[];
    eighths: number;
    pages: string;
  }[];
}

/** What the assistant director writes; a field left out stays, null clears it. */
export interface SheetDetails {
  crewCall?: string | null;
  shootingCall?: string | null;
  estimatedWrap?: string | null;
  weather?: string | null;
  notes?: string | null;
  parking?: string | null;
  basecamp?: string | null;
  keyContacts?: { role: string; name: string; phone?: string }[] | null;
  cast?: { elementId: string; pickup?: string; makeup?: string; onSet?: string; note?: string }[] | null;
  crewCalls?: { department: string; call: string; note?: string }[] | null;
}

export interface CallSheetView {
  scheduleId: string;
  dayId: string;
  unitId: string;
  status: SheetStatus;
  version: number;
  publishedAt: string | null;
  details: SheetDetails;
  sheet: SheetContent;
}

export interface Recipient {
  personId: string;
  name: string;
  department: string | null;
  hasAccount: boolean;
  language: string;
  sentAt: string;
  openedAt: string | null;
  confirmedAt: string | null;
}

export interface MyCallSheet {
  dayNumber: number;
  date: string;
  unitId: string;
  unit: string;
  shift: "day" | "night";
  personId: string;
  name: string;
  language: string;
  state: "sent" | "opened" | "confirmed";
  sentAt: string;
  openedAt: string | null;
  confirmedAt: string | null;
}

export interface CalendarFeed {
  id: string;
  kind: "project" | "person";
  personId: string | null;
  personName: string | null;
  isMine: boolean;
  createdAt: string;
  revokedAt: string | null;
}

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}`;
const dayPath = (projectId: string, day: number, unitId?: string, extra = "") =>
  `${base(projectId)}/callsheets/${day}${extra}${unitId ? `?unit=${encodeURIComponent(unitId)}` : ""}`;

export const callSheetApi = {
  days: (projectId: string) => request<DayList>("GET", `${base(projectId)}/callsheets`),
  sheet: (projectId: string, day: number, unitId?: string) =>
    request<CallSheetView>("GET", dayPath(projectId, day, unitId)),
  write: (
    projectId: string,
    day: number,
    unitId: string | undefined,
    input: SheetDetails & { version: number },
  ) => request<CallSheetView>("PATCH", dayPath(projectId, day, unitId), input),
  publish: (
    projectId: string,
    day: number,
    unitId: string | undefined,
    input: { version: number; recipients?: string[] },
  ) =>
    request<CallSheetView & { recipients: Recipient[] }>(
      "POST",
      dayPath(projectId, day, unitId, "/publish"),
      input,
    ),
  recipients: (projectId: string, day: number, unitId?: string) =>
    request<{ recipients: Recipient[] }>("GET", dayPath(projectId, day, unitId, "/recipients")),
  mine: (projectId: string) =>
    request<{ callSheets: MyCallSheet[] }>("GET", `${base(projectId)}/my-callsheets`),
  confirm: (projectId: string, day: number, unitId?: string) =>
    request<{ callSheets: MyCallSheet[] }>("POST", dayPath(projectId, day, unitId, "/confirm")),
  feeds: (projectId: string) =>
    request<{ feeds: CalendarFeed[] }>("GET", `${base(projectId)}/calendar-feeds`),
  createFeed: (projectId: string, input: { kind: "project" } | { kind: "person"; personId: string }) =>
    request<{ feed: CalendarFeed; url: string }>("POST", `${base(projectId)}/calendar-feeds`, input),
  revokeFeed: (projectId: string, feedId: string) =>
    request<void>("DELETE", `${base(projectId)}/calendar-feeds/${encodeURIComponent(feedId)}`),
};

/** The address of a day's PDF in a language. */
export const callSheetPdfUrl = (projectId: string, day: number, unitId: string, language: SheetLanguage) =>
  `/api/v1${base(projectId)}/callsheets/${day}.pdf?unit=${encodeURIComponent(unitId)}&lang=${language}`;

export const callSheetKeys = {
  days: (projectId: string) => ["call-sheets", projectId, "days"] as const,
  sheet: (projectId: string, day: number, unitId?: string) =>
    ["call-sheets", projectId, "day", day, unitId ?? ""] as const,
  recipients: (projectId: string, day: number, unitId?: string) =>
    ["call-sheets", projectId, "recipients", day, unitId ?? ""] as const,
  mine: (projectId: string) => ["call-sheets", projectId, "mine"] as const,
  feeds: (projectId: string) => ["call-sheets", projectId, "feeds"] as const,
};

export function useCallSheetDays(projectId: string) {
  return useQuery({ queryKey: callSheetKeys.days(projectId), queryFn: () => callSheetApi.days(projectId) });
}

export function useMyCallSheets(projectId: string, enabled = true) {
  return useQuery({
    queryKey: callSheetKeys.mine(projectId),
    queryFn: () => callSheetApi.mine(projectId),
    enabled,
  });
}
