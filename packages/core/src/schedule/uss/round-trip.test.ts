import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates.ts";
import { interchangeToUss } from "./from-model.ts";
import type {
  InterchangeCalendar,
  InterchangeCategory,
  InterchangeElement,
  InterchangeEvent,
  InterchangeScene,
  InterchangeStrip,
  InterchangeStripboard,
  ScheduleInterchange,
} from "./model.ts";
import { readUss } from "./reader.ts";
import { ussToInterchange } from "./to-model.ts";

// Names as people type them: words of Latin or Cyrillic letters and digits, single spaces between.
const letters = [..."ABCDEFGHKMNOPRSTXYZabcdeoxyzАБВГДЕЁЖЗИКЛМНОПРСТУФЯабвгдеёжзиклмнопрстуфя0123456789"];
const word = fc
  .tuple(
    fc.constantFrom(...letters),
    fc.string({ unit: fc.constantFrom(...letters, ".", "'", "-"), maxLength: 7 }),
  )
  .map(([first, rest]) => first + rest);
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });
const anyText = maybe(fc.string({ maxLength: 20 }));
const date = fc.integer({ min: 0, max: 3000 }).map((days) => addDays("2024-01-01", days));
const instant = maybe(date.map((day) => `${day}T10:15:00.000Z`));

const event = (type?: InterchangeEvent["type"]): fc.Arbitrary<InterchangeEvent> =>
  fc.record({
    id: fc.uuid(),
    type: type ? fc.constant(type) : fc.constantFrom("start", "dayOff", "event"),
    name: maybe(fc.constantFrom("holiday", "dayOff", "travel", "fitting", "rehearsal", "photo")),
    date,
  });

const categoryArb = fc
  .uniqueArray(fc.constantFrom(100, 101, 104, 106, 110, 111, 113, 122, 4, 5, 55, 500, 501, 502), {
    minLength: 1,
    maxLength: 5,
  })
  .chain((ucids) =>
    fc.tuple(
      ...ucids.map((ucid, at) =>
        fc.record({
          id: fc.constant(`category-${at}`),
          key: fc.constant(`custom:category-${at}`),
          name,
          ucid: fc.constant(ucid),
          created: instant,
        }),
      ),
    ),
  );

function elementsArb(categories: readonly InterchangeCategory[]): fc.Arbitrary<InterchangeElement[]> {
  return fc.integer({ min: 0, max: 8 }).chain((count) => {
    const ids = Array.from({ length: count }, (_, at) => `element-${at}`);
    return fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          categoryId: fc.constantFrom(...categories.map((category) => category.id)),
          name,
          boardId: maybe(fc.string({ unit: fc.constantFrom(..."0123456789AB"), minLength: 1, maxLength: 3 })),
          boardIdLocked: fc.boolean(),
          allowHold: fc.boolean(),
          allowDropPickup: fc.boolean(),
          minDropGapDays: fc.nat({ max: 30 }),
          inDood: fc.boolean(),
          links: fc.subarray(ids.filter((other) => other !== id)),
          events: fc.array(event(), { maxLength: 2 }),
          created: instant,
        }),
      ),
    );
  });
}

const settings = maybe(fc.constantFrom("INT" as const, "EXT" as const, "INT/EXT" as const));
const times = fc.oneof(
  fc.record({
    time: maybe(
      fc.constantFrom(
        "DAY" as const,
        "NIGHT" as const,
        "MORNING" as const,
        "EVENING" as const,
        "DAWN" as const,
        "DUSK" as const,
        "CONTINUOUS" as const,
        "LATER" as const,
      ),
    ),
    timeText: fc.constant(null),
  }),
  fc.record({ time: fc.constant(null), timeText: fc.constantFrom("РЕЖИМ", "MAGIC HOUR", "СИЕСТА") }),
);

function scenesArb(elements: readonly InterchangeElement[]): fc.Arbitrary<InterchangeScene[]> {
  return fc.integer({ min: 0, max: 6 }).chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, at) =>
        fc
          .record({
            id: fc.constant(`scene-${at}`),
            number: maybe(
              fc
                .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom("", "A", "B"))
                .map(([number, letter]) => `${number}${letter}`),
            ),
            episode: maybe(fc.constantFrom("1", "2", "12")),
            setting: settings,
            set: maybe(name),
            location: maybe(name),
            storyDay: maybe(fc.integer({ min: 1, max: 9 }).map((day) => `D${day}`)),
            eighths: maybe(fc.nat({ max: 80 })),
            synopsis: anyText,
            comments: anyText,
            scriptPage: maybe(fc.integer({ min: 1, max: 99 }).map(String)),
            shootMs: maybe(fc.nat({ max: 36_000_000 })),
            elementIds: fc.subarray(elements.map((element) => element.id)),
            created: instant,
          })
          .chain((scene) => times.map((time) => ({ ...scene, ...time }))),
      ),
    ),
  );
}

type StripDraft = { kind: "scene"; at: number } | { kind: "day" | "banner"; seed: number };

function stripboardsArb(
  scenes: readonly InterchangeScene[],
  calendars: readonly InterchangeCalendar[],
): fc.Arbitrary<InterchangeStripboard[]> {
  const draft: fc.Arbitrary<StripDraft> = fc.oneof(
    fc.record({ kind: fc.constant("scene" as const), at: fc.nat({ max: Math.max(scenes.length - 1, 0) }) }),
    fc.record({ kind: fc.constantFrom("day" as const, "banner" as const), seed: fc.nat() }),
  );
  const board = fc.record({
    name: maybe(fc.constantFrom("stripboard", "boneyard", "second unit")),
    unit: maybe(name),
    drafts: fc.array(draft, { maxLength: 10 }),
    date: maybe(date),
    shift: maybe(fc.constantFrom("day" as const, "night" as const)),
    text: anyText,
    created: instant,
  });
  const stripboard = fc.record({
    name: anyText,
    calendarId: maybe(
      calendars.length > 0 ? fc.constantFrom(...calendars.map((entry) => entry.id)) : fc.constant(null),
    ),
    boards: fc.array(board, { minLength: 1, maxLength: 3 }),
  });
  return fc.array(stripboard, { maxLength: 2 }).map((stripboards) =>
    stripboards.map((entry, stripboardAt) => {
      const placed = new Set<number>();
      return {
        id: `stripboard-${stripboardAt}`,
        name: entry.name,
        calendarId: entry.calendarId,
        boards: entry.boards.map((draftBoard, boardAt) => ({
          id: `board-${stripboardAt}-${boardAt}`,
          name: draftBoard.name,
          unit: draftBoard.unit,
          strips: draftBoard.drafts.flatMap((strip, at): InterchangeStrip[] => {
            const id = `strip-${stripboardAt}-${boardAt}-${at}`;
            if (strip.kind !== "scene") {
              if (strip.kind === "banner")
                return [{ kind: "banner", id, text: draftBoard.text, created: null }];
              const shifted = strip.seed % 3 === 0;
              return [
                {
                  kind: "day",
                  id,
                  date: shifted ? draftBoard.date : null,
                  shift: shifted ? draftBoard.shift : null,
                  created: draftBoard.created,
                },
              ];
            }
            if (scenes.length === 0 || placed.has(strip.at)) return [];
            placed.add(strip.at);
            return [{ kind: "scene", sceneId: scenes[strip.at]!.id }];
          }),
        })),
      };
    }),
  );
}

const calendarsArb: fc.Arbitrary<InterchangeCalendar[]> = fc
  .array(
    fc.record({
      name: anyText,
      start: maybe(fc.record({ id: fc.uuid(), date })),
      weeklyDaysOff: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
      daysOff: fc.array(event("dayOff"), { maxLength: 3 }),
      events: fc.array(event("event"), { maxLength: 2 }),
      firstDate: maybe(date),
      lastDate: maybe(date),
    }),
    { maxLength: 2 },
  )
  .map((calendars) => calendars.map((calendar, at) => ({ ...calendar, id: `calendar-${at}` })));

const header = fc.record({
  id: fc.uuid(),
  name: anyText,
  project: anyText,
  author: anyText,
  company: anyText,
  description: anyText,
  created: instant,
  episode: maybe(fc.constantFrom("1", "4")),
  episodeName: anyText,
  season: anyText,
  schedColor: anyText,
  schedDate: instant,
  scriptColor: anyText,
  scriptDate: instant,
  source: fc.constant("Kinomost"),
});

const modelArb: fc.Arbitrary<ScheduleInterchange> = categoryArb.chain((categories) =>
  elementsArb(categories).chain((elements) =>
    scenesArb(elements).chain((scenes) =>
      calendarsArb.chain((calendars) =>
        fc.record({
          header,
          categories: fc.constant(categories),
          elements: fc.constant(elements),
          scenes: fc.constant(scenes),
          stripboards: stripboardsArb(scenes, calendars),
          calendars: fc.constant(calendars),
        }),
      ),
    ),
  ),
);

/** The file as it would be saved and read back. */
const asSaved = (model: ScheduleInterchange): unknown => JSON.parse(JSON.stringify(interchangeToUss(model)));

describe("USS round trip", () => {
  it("export → import → export gives the same file, and the import loses nothing", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const file = asSaved(model);
        const read = readUss(file);
        expect(read.ok ? [] : read.errors).toEqual([]);
        if (!read.ok) return;
        const { model: again, notes } = ussToInterchange(read.document);
        expect(notes).toEqual([]);
        expect(asSaved(again)).toEqual(file);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the model's scenes, elements, strips and calendars as they were", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const read = readUss(asSaved(model));
        if (!read.ok) throw new Error("refused");
        const { model: again } = ussToInterchange(read.document);
        expect(again.scenes).toEqual(model.scenes);
        expect(again.elements).toEqual(model.elements);
        expect(again.stripboards).toEqual(model.stripboards);
        expect(again.calendars).toEqual(model.calendars);
        expect(again.header).toEqual(model.header);
        expect(again.categories.map(({ key: _key, ...category }) => category)).toEqual(
          model.categories.map(({ key: _key, ...category }) => category),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("writes every key the standard asks for, even unused", () => {
    const file = asSaved({
      header: {
        id: "h",
        name: null,
        project: null,
        author: null,
        company: null,
        description: null,
        created: null,
        episode: null,
        episodeName: null,
        season: null,
        schedColor: null,
        schedDate: null,
        scriptColor: null,
        scriptDate: null,
        source: null,
      },
      categories: [],
      elements: [],
      scenes: [],
      stripboards: [],
      calendars: [],
    }) as { universalScheduleStandard: Record<string, unknown> };
    expect(Object.keys(file.universalScheduleStandard).sort()).toEqual(
      [
        "id",
        "author",
        "company",
        "created",
        "description",
        "episode",
        "episodeName",
        "name",
        "project",
        "schedColor",
        "schedDate",
        "scriptColor",
        "scriptDate",
        "season",
        "source",
        "version",
        "breakdowns",
        "calendars",
        "categories",
        "elements",
        "stripboards",
      ].sort(),
    );
  });
});
