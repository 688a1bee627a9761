// Kinomost's model of a schedule written as a USS document, with every key the standard asks for (unused ones as
// null or empty). A scene's INT/EXT, time of day, set, story day and location become elements of the standard's
// scene categories, as the standard stores them; their ids are made from their order, so the same model always
// writes the same file. Day breaks carry their date and shift, scenes their episode, boards their unit, calendars
// their window in the underscore keys the standard reserves for extensions.
import { ussCategoryNames, ussSceneFields, type UssSceneField } from "./categories.ts";
import { ussDateTime, ussWeekday } from "./dates.ts";
import {
  ussVersion,
  type UssBreakdown,
  type UssCalendar,
  type UssCategory,
  type UssDocument,
  type UssElement,
  type UssEvent,
} from "./document.ts";
import type { InterchangeEvent, InterchangeScene, InterchangeStrip, ScheduleInterchange } from "./model.ts";

/** What a made-up id stands for; each kind numbers its own. */
export const ussIdKinds = {
  sceneCategory: 1,
  sceneElement: 2,
  calendar: 3,
  event: 4,
  stripboard: 5,
  board: 6,
  category: 7,
} as const;

/**
 * An id in the form of a UUID for a part of the file Kinomost keeps no id of: the same kind and number always give
 * the same id, so an export of an unchanged board is the same file.
 */
export function ussSyntheticId(kind: keyof typeof ussIdKinds, index: number): string {
  const kindHex = ussIdKinds[kind].toString(16).padStart(3, "0");
  return `00000000-0000-4000-8${kindHex}-${index.toString(16).padStart(12, "0")}`;
}

const fieldOrder: readonly UssSceneField[] = ["set", "setting", "time", "storyDay", "location"];
// The order a scene lists them in: the slugline's own order (EXT. BEDFORD FALLS BRIDGE - NIGHT), then the rest.
const sceneOrder: readonly UssSceneField[] = ["setting", "set", "time", "storyDay", "location"];

const trimmed = (text: string | null) => (text?.trim() ? text.trim() : null);

function fieldValue(scene: InterchangeScene, field: UssSceneField): string | null {
  switch (field) {
    case "setting":
      return scene.setting;
    case "time":
      return scene.time ?? trimmed(scene.timeText);
    default:
      return trimmed(scene[field]);
  }
}

const toUssEvent = (event: InterchangeEvent): UssEvent => ({
  id: event.id,
  date: ussDateTime(event.date),
  type: event.type,
  name: event.name,
});

export function interchangeToUss(model: ScheduleInterchange): UssDocument {
  // The scene categories' elements: one per distinct value, in the order scenes first use it.
  const fieldElements = new Map<UssSceneField, Map<string, string>>(
    fieldOrder.map((field) => [field, new Map()]),
  );
  let made = 0;
  for (const scene of model.scenes) {
    for (const field of fieldOrder) {
      const value = fieldValue(scene, field);
      const values = fieldElements.get(field)!;
      if (value !== null && !values.has(value)) values.set(value, ussSyntheticId("sceneElement", ++made));
    }
  }

  const sceneCategories: UssCategory[] = fieldOrder.map((field) => ({
    id: ussSyntheticId("sceneCategory", ussSceneFields[field] + 1),
    created: null,
    elements: [...fieldElements.get(field)!.values()],
    name: ussCategoryNames[ussSceneFields[field]]!,
    ucid: ussSceneFields[field],
  }));
  const categories: UssCategory[] = [
    ...sceneCategories,
    ...model.categories.map((category) => ({
      id: category.id,
      created: category.created,
      elements: model.elements
        .filter((element) => element.categoryId === category.id)
        .map((element) => element.id),
      name: category.name,
      ucid: category.ucid,
    })),
  ];

  const elements: UssElement[] = [
    ...fieldOrder.flatMap((field) =>
      [...fieldElements.get(field)!].map(([name, id]): UssElement => ({
        id,
        created: null,
        doodDropAllow: false,
        doodDropDays: 0,
        doodHoldAllow: false,
        doodInclude: false,
        elementId: "",
        elementIdLock: false,
        events: [],
        linkedElements: [],
        name,
      })),
    ),
    ...model.elements.map((element): UssElement => ({
      id: element.id,
      created: element.created,
      doodDropAllow: element.allowDropPickup,
      doodDropDays: element.minDropGapDays,
      doodHoldAllow: element.allowHold,
      doodInclude: element.inDood,
      elementId: element.boardId ?? "",
      elementIdLock: element.boardIdLocked,
      events: element.events.map(toUssEvent),
      linkedElements: [...element.links],
      name: element.name.trim(),
    })),
  ];

  const sceneBreakdowns: UssBreakdown[] = model.scenes.map((scene) => ({
    id: scene.id,
    comments: scene.comments,
    created: scene.created,
    description: scene.synopsis,
    elements: [
      ...sceneOrder.flatMap((field) => {
        const value = fieldValue(scene, field);
        return value === null ? [] : [fieldElements.get(field)!.get(value)!];
      }),
      ...scene.elementIds,
    ],
    pages: scene.eighths === null ? null : scene.eighths / 8,
    scene: scene.number,
    scriptPage: scene.scriptPage,
    time: scene.shootMs,
    type: "scene",
    _episode: scene.episode,
  }));
  const stripBreakdowns = new Map<string, UssBreakdown>();
  for (const stripboard of model.stripboards) {
    for (const board of stripboard.boards) {
      for (const strip of board.strips) {
        if (strip.kind !== "scene" && !stripBreakdowns.has(strip.id)) {
          stripBreakdowns.set(strip.id, stripBreakdown(strip));
        }
      }
    }
  }

  const { header } = model;
  return {
    universalScheduleStandard: {
      id: header.id,
      author: header.author,
      company: header.company,
      created: header.created,
      description: header.description,
      episode: header.episode,
      episodeName: header.episodeName,
      name: header.name,
      project: header.project,
      schedColor: header.schedColor,
      schedDate: header.schedDate,
      scriptColor: header.scriptColor,
      scriptDate: header.scriptDate,
      season: header.season,
      source: header.source,
      version: ussVersion,
      breakdowns: [...sceneBreakdowns, ...stripBreakdowns.values()],
      calendars: model.calendars.map((calendar): UssCalendar => ({
        id: calendar.id,
        daysOff: [...new Set(calendar.weeklyDaysOff.map(ussWeekday))].sort((a, b) => a - b),
        events: [
          ...(calendar.start
            ? [
                {
                  id: calendar.start.id,
                  date: ussDateTime(calendar.start.date),
                  type: "start",
                  name: null,
                } as const,
              ]
            : []),
          ...calendar.daysOff.map(toUssEvent),
          ...calendar.events.map(toUssEvent),
        ],
        name: calendar.name,
        ...(calendar.firstDate ? { _firstDate: calendar.firstDate } : {}),
        ...(calendar.lastDate ? { _lastDate: calendar.lastDate } : {}),
      })),
      categories,
      elements,
      stripboards: model.stripboards.map((stripboard) => ({
        id: stripboard.id,
        boards: stripboard.boards.map((board) => ({
          id: board.id,
          name: board.name,
          breakdownIds: board.strips.map((strip) => (strip.kind === "scene" ? strip.sceneId : strip.id)),
          ...(board.unit ? { _unit: board.unit } : {}),
        })),
        calendar: stripboard.calendarId,
        name: stripboard.name,
      })),
    },
  };
}

function stripBreakdown(strip: Exclude<InterchangeStrip, { kind: "scene" }>): UssBreakdown {
  const isBanner = strip.kind === "banner";
  return {
    id: strip.id,
    comments: null,
    created: strip.created,
    description: isBanner ? strip.text : null,
    elements: [],
    pages: null,
    scene: null,
    scriptPage: null,
    time: null,
    type: strip.kind,
    ...(!isBanner && strip.date ? { _date: strip.date } : {}),
    ...(!isBanner && strip.shift ? { _shift: strip.shift } : {}),
  };
}
