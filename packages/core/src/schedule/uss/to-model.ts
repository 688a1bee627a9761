// A read USS document as Kinomost's model of it: each element in the first category that lists it; the scene
// categories (Set, INT/EXT, Day/Night, Script Day, Location) turned into the scene's fields; the others kept with
// their Kinomost keys, a category Kinomost does not know as a custom one; stripboards as boards of strips; calendars
// with dates and ISO weekdays. What the model cannot hold is returned as notes, said where it is.
import { matchHeadingPrefix } from "../../screenplay/heading.ts";
import { defaultHeadingTables } from "../../screenplay/heading-tables.ts";
import type { TimeOfDay } from "../../screenplay/types.ts";
import {
  firstCustomUcid,
  ussCategoryKey,
  ussCategoryNames,
  ussSceneField,
  ussStandardNumber,
  type UssSceneField,
} from "./categories.ts";
import { isoWeekday, ussDate } from "./dates.ts";
import type { UssBody, UssBreakdown, UssDocument, UssEvent } from "./document.ts";
import type {
  InterchangeCalendar,
  InterchangeCategory,
  InterchangeElement,
  InterchangeEvent,
  InterchangeNote,
  InterchangeScene,
  InterchangeStrip,
  InterchangeStripboard,
  ScheduleInterchange,
} from "./model.ts";

const timeWords: ReadonlyMap<string, TimeOfDay | null> = new Map(
  defaultHeadingTables.times.map((word) => [word.text.toUpperCase(), word.time]),
);

/** The time of day a Day/Night element names: a known word gives its time; other words are kept as text. */
export function readTimeOfDay(name: string): { time: TimeOfDay | null; timeText: string | null } {
  const words = name.trim().replace(/\s+/gu, " ");
  const time = timeWords.get(words.toUpperCase().replace(/[.,;:]+$/u, ""));
  return time ? { time, timeText: null } : { time: null, timeText: words };
}

/** Where each element and breakdown of the model stands in the file, to name it in messages. */
export interface UssLocations {
  readonly elements: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, number>;
  readonly breakdowns: ReadonlyMap<string, number>;
}

export function ussToInterchange(document: UssDocument): {
  model: ScheduleInterchange;
  notes: InterchangeNote[];
  locate: UssLocations;
} {
  const body = document.universalScheduleStandard;
  const notes: InterchangeNote[] = [];
  const note = (code: InterchangeNote["code"], path: string, message: string) =>
    notes.push({ code, path, message });

  // Each element belongs to the first category that lists it (the standard's rule).
  const categoryOf = new Map<string, number>();
  body.categories.forEach((category, at) =>
    category.elements.forEach((elementId, position) => {
      const first = categoryOf.get(elementId);
      if (first === undefined) categoryOf.set(elementId, at);
      else if (first !== at) {
        note(
          "ELEMENT_IN_TWO_CATEGORIES",
          `categories[${at}].elements[${position}]`,
          `the element is in categories[${first}] already; that one counts`,
        );
      }
    }),
  );
  const sceneFieldOf = (elementId: string): UssSceneField | null => {
    const at = categoryOf.get(elementId);
    return at === undefined ? null : ussSceneField(body.categories[at]!.ucid);
  };

  // A category without a number gets its key's UCI number, or the next free custom one.
  const numbers = new Set(body.categories.flatMap((category) => category.ucid ?? []));
  let nextCustom = firstCustomUcid;
  const freeNumber = () => {
    while (numbers.has(nextCustom)) nextCustom += 1;
    numbers.add(nextCustom);
    return nextCustom;
  };
  const categories: InterchangeCategory[] = body.categories.flatMap((category) => {
    if (ussSceneField(category.ucid) !== null) return [];
    const key = ussCategoryKey(category.ucid, category.name);
    const standard = ussStandardNumber(key);
    const ucid =
      category.ucid ?? (standard !== undefined && !numbers.has(standard) ? standard : freeNumber());
    numbers.add(ucid);
    return [
      {
        id: category.id,
        key,
        name: categoryName(category.name, category.ucid),
        ucid,
        created: category.created,
      },
    ];
  });
  // Elements of the model: listed in a category of elements. Links and scenes name only these.
  const known = new Set(
    body.elements
      .filter((element) => categoryOf.has(element.id) && sceneFieldOf(element.id) === null)
      .map((element) => element.id),
  );
  const elements: InterchangeElement[] = [];
  body.elements.forEach((element, at) => {
    const categoryAt = categoryOf.get(element.id);
    if (categoryAt === undefined) {
      note("ELEMENT_WITHOUT_CATEGORY", `elements[${at}]`, "no category lists the element: it is left out");
      return;
    }
    if (ussSceneField(body.categories[categoryAt]!.ucid) !== null) return;
    const links = element.linkedElements.filter((linked, position) => {
      if (known.has(linked)) return true;
      note(
        "UNKNOWN_LINK",
        `elements[${at}].linkedElements[${position}]`,
        `no element ${JSON.stringify(linked)} in a category of elements: the link is left out`,
      );
      return false;
    });
    elements.push({
      id: element.id,
      categoryId: body.categories[categoryAt]!.id,
      name: element.name,
      boardId: element.elementId?.trim() ? element.elementId.trim() : null,
      boardIdLocked: element.elementIdLock ?? false,
      allowHold: element.doodHoldAllow ?? true,
      allowDropPickup: element.doodDropAllow ?? false,
      minDropGapDays: element.doodDropDays ?? 0,
      inDood: element.doodInclude ?? false,
      links,
      events: element.events.map(toEvent),
      created: element.created,
    });
  });

  const names = new Map(body.elements.map((element) => [element.id, element.name]));
  const scenes: InterchangeScene[] = [];
  body.breakdowns.forEach((breakdown, at) => {
    if (breakdown.type !== "scene") return;
    scenes.push(toScene(breakdown, `breakdowns[${at}]`, body, { sceneFieldOf, known, names, note }));
  });

  return {
    model: {
      header: {
        id: body.id,
        name: body.name,
        project: body.project,
        author: body.author,
        company: body.company,
        description: body.description,
        created: body.created,
        episode: body.episode,
        episodeName: body.episodeName,
        season: body.season,
        schedColor: body.schedColor,
        schedDate: body.schedDate,
        scriptColor: body.scriptColor,
        scriptDate: body.scriptDate,
        source: body.source,
      },
      categories,
      elements,
      scenes,
      stripboards: body.stripboards.map((stripboard) => toStripboard(stripboard, body)),
      calendars: body.calendars.map((calendar, at) => toCalendar(calendar, `calendars[${at}]`, note)),
    },
    notes,
    locate: {
      elements: new Map(body.elements.map((element, at) => [element.id, at])),
      categories: new Map(body.categories.map((category, at) => [category.id, at])),
      breakdowns: new Map(body.breakdowns.map((breakdown, at) => [breakdown.id, at])),
    },
  };
}

function categoryName(name: string | null, ucid: number | null): string {
  if (name?.trim()) return name.trim();
  return ucid === null ? "Category" : (ussCategoryNames[ucid] ?? `Category ${ucid}`);
}

function toEvent(event: UssEvent): InterchangeEvent {
  return { id: event.id, type: event.type, name: event.name, date: ussDate(event.date)! };
}

function toScene(
  breakdown: UssBreakdown,
  path: string,
  body: UssBody,
  context: {
    sceneFieldOf: (elementId: string) => UssSceneField | null;
    known: ReadonlySet<string>;
    names: ReadonlyMap<string, string>;
    note: (code: InterchangeNote["code"], path: string, message: string) => void;
  },
): InterchangeScene {
  const fields = new Map<UssSceneField, string>();
  const elementIds: string[] = [];
  breakdown.elements.forEach((elementId, position) => {
    const field = context.sceneFieldOf(elementId);
    if (field === null) {
      if (context.known.has(elementId) && !elementIds.includes(elementId)) elementIds.push(elementId);
      return;
    }
    const name = context.names.get(elementId)!;
    if (fields.has(field)) {
      context.note(
        "SECOND_SCENE_FIELD",
        `${path}.elements[${position}]`,
        `a second ${field} element (${JSON.stringify(name)}); the first one counts`,
      );
    } else fields.set(field, name);
  });
  const settingName = fields.get("setting");
  const setting = settingName === undefined ? null : (matchHeadingPrefix(settingName)?.setting ?? null);
  if (settingName !== undefined && setting === null) {
    context.note(
      "UNKNOWN_SETTING",
      path,
      `INT/EXT ${JSON.stringify(settingName)} is neither INT, EXT nor both`,
    );
  }
  const timeName = fields.get("time");
  const { time, timeText } =
    timeName === undefined ? { time: null, timeText: null } : readTimeOfDay(timeName);
  let eighths: number | null = null;
  if (breakdown.pages !== null) {
    eighths = Math.round(breakdown.pages * 8);
    if (Math.abs(breakdown.pages * 8 - eighths) > 0.01) {
      context.note("PAGES_NOT_IN_EIGHTHS", `${path}.pages`, `${breakdown.pages} pages taken as ${eighths}/8`);
    }
  }
  return {
    id: breakdown.id,
    number: breakdown.scene?.trim() ? breakdown.scene.trim() : null,
    episode: breakdown._episode === undefined ? body.episode : breakdown._episode,
    setting,
    time,
    timeText,
    set: fields.get("set") ?? null,
    location: fields.get("location") ?? null,
    storyDay: fields.get("storyDay") ?? null,
    eighths,
    synopsis: breakdown.description,
    comments: breakdown.comments,
    scriptPage: breakdown.scriptPage,
    shootMs: breakdown.time,
    elementIds,
    created: breakdown.created,
  };
}

function toStripboard(stripboard: UssBody["stripboards"][number], body: UssBody): InterchangeStripboard {
  const breakdowns = new Map(body.breakdowns.map((breakdown) => [breakdown.id, breakdown]));
  return {
    id: stripboard.id,
    name: stripboard.name,
    calendarId: stripboard.calendar,
    boards: stripboard.boards.map((board) => ({
      id: board.id,
      name: board.name,
      unit: board._unit ?? null,
      strips: board.breakdownIds.map((ref): InterchangeStrip => {
        const breakdown = breakdowns.get(ref)!;
        if (breakdown.type === "scene") return { kind: "scene", sceneId: ref };
        if (breakdown.type === "banner") {
          return { kind: "banner", id: ref, text: breakdown.description, created: breakdown.created };
        }
        return {
          kind: "day",
          id: ref,
          date: breakdown._date ?? null,
          shift: breakdown._shift ?? null,
          created: breakdown.created,
        };
      }),
    })),
  };
}

function toCalendar(
  calendar: UssBody["calendars"][number],
  path: string,
  note: (code: InterchangeNote["code"], path: string, message: string) => void,
): InterchangeCalendar {
  let start: InterchangeCalendar["start"] = null;
  const daysOff: InterchangeEvent[] = [];
  const events: InterchangeEvent[] = [];
  calendar.events.forEach((event, at) => {
    const read = toEvent(event);
    if (event.type === "dayOff") daysOff.push(read);
    else if (event.type === "event") events.push(read);
    else if (start === null) start = { id: read.id, date: read.date };
    else note("SECOND_START", `${path}.events[${at}]`, "a second start date; the first one counts");
  });
  return {
    id: calendar.id,
    name: calendar.name,
    start,
    weeklyDaysOff: [...new Set(calendar.daysOff.map(isoWeekday))].sort((a, b) => a - b),
    daysOff,
    events,
    firstDate: calendar._firstDate ?? null,
    lastDate: calendar._lastDate ?? null,
  };
}
