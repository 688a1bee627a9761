// Builds a day's call sheet from plain data: the day's scenes with their locations, cast and elements, the crew,
// and what the assistant director wrote. Sun times are computed for each location on the day; nothing is read
// from a clock, a database or the network.
import { formatEighths } from "../../screenplay/length.ts";
import { formatClockTime, parseClockTime } from "./clock-time.ts";
import { castDayStatus } from "./dood-status.ts";
import type {
  CallSheet,
  CallSheetAdvanceDay,
  CallSheetCastMember,
  CallSheetCrewCall,
  CallSheetInput,
  CallSheetLocation,
  CallSheetPlace,
  CallSheetRequirement,
  CallSheetScene,
  CallSheetSceneInput,
} from "./model.ts";
import { sunTimes } from "./sun.ts";

/** Breakdown categories a call sheet lists under background and special requirements, in this order. */
export const callSheetRequirementCategories = [
  "background",
  "stunts",
  "weapons",
  "pyrotechnics",
  "specialEffects",
  "mechanicalEffects",
  "animals",
  "animalWrangler",
  "vehicles",
  "militaryVehicles",
  "specialEquipment",
] as const;

/** An OpenStreetMap link with a marker on the spot. */
export function mapLink(latitude: number, longitude: number): string {
  const lat = Number(latitude.toFixed(6));
  const lon = Number(longitude.toFixed(6));
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** Cast board ids are numbers written as text: "2" before "10"; others after them. */
function boardRank(boardId: string | null): number {
  return boardId !== null && /^\d+$/u.test(boardId) ? Number(boardId) : Number.MAX_SAFE_INTEGER;
}

function sceneView(
  scene: CallSheetSceneInput,
  places: ReadonlyMap<string, CallSheetPlace>,
  boardIds: ReadonlyMap<string, string | null>,
): CallSheetScene {
  return {
    id: scene.id,
    label: scene.label,
    number: scene.number,
    heading: scene.heading,
    setting: scene.setting,
    time: scene.time,
    timeText: scene.timeText,
    set: scene.set,
    location: scene.placeId ? (places.get(scene.placeId)?.name ?? null) : null,
    castBoardIds: [...scene.castIds]
      .map((id) => boardIds.get(id) ?? null)
      .filter((id): id is string => id !== null)
      .sort((a, b) => boardRank(a) - boardRank(b) || a.localeCompare(b)),
    eighths: scene.eighths,
    pages: formatEighths(scene.eighths),
    screenSeconds: scene.screenSeconds,
    synopsis: scene.synopsis,
  };
}

function locationsOf(
  scenes: readonly CallSheetSceneInput[],
  places: ReadonlyMap<string, CallSheetPlace>,
  date: string,
): CallSheetLocation[] {
  const order: string[] = [];
  const labels = new Map<string, string[]>();
  for (const scene of scenes) {
    if (!scene.placeId || !places.has(scene.placeId)) continue;
    if (!labels.has(scene.placeId)) order.push(scene.placeId);
    labels.set(scene.placeId, [...(labels.get(scene.placeId) ?? []), scene.label]);
  }
  return order.map((id) => {
    const place = places.get(id)!;
    const located = place.latitude !== null && place.longitude !== null;
    const sun = located
      ? sunTimes({ latitude: place.latitude!, longitude: place.longitude!, timeZone: place.timeZone }, date)
      : { sunrise: null, sunset: null, allDay: null };
    return {
      ...place,
      mapUrl: located ? mapLink(place.latitude!, place.longitude!) : null,
      sunrise: sun.sunrise,
      sunset: sun.sunset,
      allDay: sun.allDay,
      scenes: labels.get(id) ?? [],
    };
  });
}

function castOf(input: CallSheetInput): CallSheetCastMember[] {
  const called = new Set(input.scenes.flatMap((scene) => scene.castIds));
  const times = new Map(input.details.cast?.map((entry) => [entry.elementId, entry]));
  return input.cast
    .filter((member) => called.has(member.id))
    .sort((a, b) => boardRank(a.boardId) - boardRank(b.boardId) || a.name.localeCompare(b.name, "ru"))
    .map((member) => {
      const own = times.get(member.id);
      return {
        elementId: member.id,
        boardId: member.boardId,
        character: member.name,
        actor: member.actor,
        status: member.status ?? castDayStatus(member.workDates, input.day.date),
        pickup: own?.pickup ?? null,
        makeup: own?.makeup ?? null,
        onSet: own?.onSet ?? null,
        note: own?.note ?? null,
      };
    });
}

function requirementsOf(input: CallSheetInput): CallSheetRequirement[] {
  const notes = new Map(input.details.requirements?.map((entry) => [entry.elementId, entry]));
  return callSheetRequirementCategories.flatMap((category) => {
    const items = new Map<string, { name: string; scenes: string[] }>();
    for (const scene of input.scenes) {
      for (const element of scene.elements) {
        if (element.category !== category) continue;
        const item = items.get(element.id) ?? { name: element.name, scenes: [] };
        if (!item.scenes.includes(scene.label)) item.scenes.push(scene.label);
        items.set(element.id, item);
      }
    }
    if (items.size === 0) return [];
    return [
      {
        category,
        items: [...items].map(([elementId, item]) => ({
          elementId,
          name: item.name,
          scenes: item.scenes,
          count: notes.get(elementId)?.count ?? null,
          call: notes.get(elementId)?.call ?? null,
          note: notes.get(elementId)?.note ?? null,
        })),
      },
    ];
  });
}

function crewCallsOf(input: CallSheetInput, crewCall: string): CallSheetCrewCall[] {
  const written = input.details.crewCalls ?? [];
  const key = (department: string) => department.trim().toLowerCase();
  const departments = [...written.map((entry) => entry.department)];
  for (const person of input.crew) {
    if (person.department && !departments.some((name) => key(name) === key(person.department!)))
      departments.push(person.department);
  }
  return departments.map((department) => {
    const own = written.find((entry) => key(entry.department) === key(department));
    return {
      department,
      call: own?.call ?? crewCall,
      note: own?.note ?? null,
      people: input.crew
        .filter((person) => person.department !== null && key(person.department) === key(department))
        .map((person) => ({ name: person.name, phone: person.phone })),
    };
  });
}

function advanceOf(
  input: CallSheetInput,
  places: ReadonlyMap<string, CallSheetPlace>,
  boardIds: ReadonlyMap<string, string | null>,
): CallSheetAdvanceDay[] {
  return input.advance.map((day) => {
    const scenes = day.scenes.map((scene) => {
      const { synopsis: _synopsis, screenSeconds: _seconds, ...rest } = sceneView(scene, places, boardIds);
      return rest;
    });
    const eighths = day.scenes.reduce((sum, scene) => sum + scene.eighths, 0);
    return {
      dayNumber: day.dayNumber,
      date: day.date,
      shift: day.shift,
      unit: day.unit,
      locations: [...new Set(scenes.flatMap((scene) => (scene.location ? [scene.location] : [])))],
      scenes,
      eighths,
      pages: formatEighths(eighths),
    };
  });
}

export function assembleCallSheet(input: CallSheetInput): CallSheet {
  const { details, day } = input;
  const places = new Map(input.places.map((place) => [place.id, place]));
  const boardIds = new Map(input.cast.map((member) => [member.id, member.boardId]));
  const crewCall = details.crewCall ?? day.defaultCall;
  const wrapFrom = parseClockTime(crewCall);
  const locations = locationsOf(input.scenes, places, day.date);
  const sunny = locations.find((location) => location.latitude !== null);
  const eighths = input.scenes.reduce((sum, scene) => sum + scene.eighths, 0);
  return {
    project: input.project,
    dayNumber: day.number,
    dayCount: day.count,
    date: day.date,
    shift: day.shift,
    unit: day.unit,
    crewCall,
    shootingCall: details.shootingCall ?? null,
    estimatedWrap:
      details.estimatedWrap ??
      (wrapFrom === null ? crewCall : formatClockTime(wrapFrom + day.shiftHours * 60)),
    weather: details.weather ?? null,
    notes: details.notes ?? null,
    parking: details.parking ?? null,
    basecamp: details.basecamp ?? null,
    keyContacts: (details.keyContacts ?? []).map((contact) => ({
      role: contact.role,
      name: contact.name,
      phone: contact.phone ?? null,
    })),
    locations,
    timeZone: locations[0]?.timeZone ?? null,
    sunrise: sunny?.sunrise ?? null,
    sunset: sunny?.sunset ?? null,
    scenes: input.scenes.map((scene) => sceneView(scene, places, boardIds)),
    totals: {
      scenes: input.scenes.length,
      eighths,
      pages: formatEighths(eighths),
      screenSeconds: input.scenes.reduce((sum, scene) => sum + scene.screenSeconds, 0),
    },
    cast: castOf(input),
    requirements: requirementsOf(input),
    crewCalls: crewCallsOf(input, crewCall),
    advance: advanceOf(input, places, boardIds),
  };
}
