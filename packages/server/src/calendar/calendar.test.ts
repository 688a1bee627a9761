// Calendar feeds of the demo «Искра» on each database: the project's feed has one event per shooting shift at the
// crew call on the location's clock (with its VTIMEZONE); a person's feed has their calls; the address works without
// a session, is shown once, and stops working when revoked or when its maker loses the project.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

interface Component {
  name: string;
  properties: { name: string; params: string; value: string }[];
  children: Component[];
}

/** Reads iCalendar text (RFC 5545): unfolds lines, checks every line and that components nest and close. */
function parseIcs(text: string): Component {
  expect(text.endsWith("\r\n") || text.endsWith("END:VCALENDAR")).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/gu, "")
    .split("\r\n")
    .filter((line) => line !== "");
  const root: Component = { name: "", properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/u.exec(line);
    if (!match) throw new Error(`not an iCalendar line: ${line}`);
    const [, name, params, value] = match as unknown as [string, string, string, string];
    if (name === "BEGIN") {
      const child: Component = { name: value, properties: [], children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} closes another component`);
    } else {
      stack.at(-1)!.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children.map((child) => child.name)).toEqual(["VCALENDAR"]);
  return root.children[0]!;
}

const property = (component: Component, name: string) =>
  component.properties.find((entry) => entry.name === name);

describe.each(backends)("calendar feeds on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let assistant: TestClient;
  let costume: TestClient & { userId?: string };
  let stranger: TestClient;
  let projectId: string;
  let shifts: { dayNumber: number; date: string; unitId: string }[];
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const fetchFeed = (url: string) => t.client().get(new URL(url).pathname);

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    assistant = t.client();
    await assistant.login("ad@tajikfilm.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    stranger = await t.newUser("Посторонний");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const boards = (await producer.get(api("/schedules"))).body.schedules as {
      id: string;
      status: string;
      version: number;
    }[];
    if (!boards.some((board) => board.status === "published")) {
      const board = boards.at(-1)!;
      await producer.post(api(`/schedules/${board.id}/publish`), { version: board.version });
    }
    shifts = (await assistant.get(api("/callsheets"))).body.days;
  });
  afterAll(() => t.close());

  it("serves the project's shooting days without a session, timed by the crew call in the location's zone", async () => {
    const sheet = (await assistant.get(api("/callsheets/1"))).body;
    await assistant.patch(api("/callsheets/1"), { version: sheet.version, crewCall: "06:45" });
    const made = await assistant.post(api("/calendar-feeds"), { kind: "project" });
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/^http:\/\/localhost\/api\/v1\/calendar\/kmc_[A-Za-z0-9_-]{43}\.ics$/u);
    const feed = await fetchFeed(made.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const calendar = parseIcs(feed.body);
    const events = calendar.children.filter((child) => child.name === "VEVENT");
    expect(events).toHaveLength(shifts.length);
    expect((feed.body.match(/BEGIN:VEVENT/gu) ?? []).length).toBe(shifts.length);
    const zone = sheet.sheet.timeZone as string;
    const first = events.find((event) =>
      property(event, "DTSTART")!.value.startsWith(shifts[0]!.date.replaceAll("-", "")),
    )!;
    expect(property(first, "DTSTART")).toEqual({
      name: "DTSTART",
      params: `;TZID=${zone}`,
      value: `${shifts[0]!.date.replaceAll("-", "")}T064500`,
    });
    expect(property(first, "DTEND")!.value).toBe(`${shifts[0]!.date.replaceAll("-", "")}T184500`);
    expect(property(first, "LOCATION")!.value).toContain(
      sheet.sheet.locations[0].name.replace(/[,;]/gu, (c: string) => `\\${c}`),
    );
    expect(property(first, "SUMMARY")!.value).toContain("Смена 1 из");
    // Every zone an event names is described.
    const zones = new Set(
      events.flatMap((event) => /TZID=([^;:]+)/u.exec(property(event, "DTSTART")!.params)?.[1] ?? []),
    );
    const described = calendar.children
      .filter((child) => child.name === "VTIMEZONE")
      .map((child) => property(child, "TZID")!.value);
    expect(new Set(described)).toEqual(zones);
    expect(zones.size).toBeGreaterThan(1);
    const minsk = calendar.children.find(
      (child) => child.name === "VTIMEZONE" && property(child, "TZID")!.value === "Europe/Minsk",
    );
    if (minsk) expect(property(minsk.children[0]!, "TZOFFSETTO")!.value).toBe("+0300");
    expect((await t.client().request("HEAD", new URL(made.body.url).pathname)).status).toBe(200);
  });

  it("serves a person's own calls at their own call time, and lets only them or the schedule's keepers make it", async () => {
    const { sheet } = (await assistant.get(api("/callsheets/1"))).body;
    const lead = sheet.cast[0];
    const costumeUser = (await costume.get("/api/v1/auth/me")).body.user.id;
    const person = (
      await producer.post(api("/people"), {
        name: "Сәуле Қасымқызы",
        citizenship: ["KZ"],
        roles: [{ role: "actor", elementId: lead.elementId }],
        userId: costumeUser,
      })
    ).body.person;
    const version = (await assistant.get(api("/callsheets/1"))).body.version;
    await assistant.patch(api("/callsheets/1"), {
      version,
      cast: [{ elementId: lead.elementId, pickup: "05:50", onSet: "07:30" }],
    });
    const other = (
      await producer.post(api("/people"), {
        name: "Другой актёр",
        citizenship: ["RU"],
        roles: [{ role: "actor" }],
      })
    ).body.person;
    expect((await costume.post(api("/calendar-feeds"), { kind: "person", personId: other.id })).status).toBe(
      403,
    );
    expect((await costume.post(api("/calendar-feeds"), { kind: "person", personId: projectId })).status).toBe(
      400,
    );
    const made = await costume.post(api("/calendar-feeds"), { kind: "person", personId: person.id });
    expect(made.status).toBe(201);
    const calendar = parseIcs((await fetchFeed(made.body.url)).body);
    const events = calendar.children.filter((child) => child.name === "VEVENT");
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(shifts.length);
    const day = shifts[0]!.date.replaceAll("-", "");
    const first = events.find((event) => property(event, "DTSTART")!.value.startsWith(day))!;
    expect(property(first, "DTSTART")!.value).toBe(`${day}T055000`);
    expect(property(first, "DTSTART")!.params).toMatch(/^;TZID=/u);
    expect(property(first, "SUMMARY")!.value).toContain("Явка 05:50");
  });

  it("lists addresses without their tokens, revokes them, and answers 404 to unknown, revoked and strangers", async () => {
    const made = await producer.post(api("/calendar-feeds"), { kind: "project" });
    const path = new URL(made.body.url).pathname;
    const token = path.slice("/api/v1/calendar/".length, -".ics".length);
    const listed = await producer.get(api("/calendar-feeds"));
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(
      listed.body.feeds.some(
        (feed: { id: string; isMine: boolean }) => feed.id === made.body.feed.id && feed.isMine,
      ),
    ).toBe(true);
    const mine = (await costume.get(api("/calendar-feeds"))).body.feeds;
    expect(mine.every((feed: { isMine: boolean }) => feed.isMine)).toBe(true);
    expect((await costume.delete(api(`/calendar-feeds/${made.body.feed.id}`))).status).toBe(404);
    expect((await producer.delete(api(`/calendar-feeds/${made.body.feed.id}`))).status).toBe(204);
    expect((await t.client().get(path)).status).toBe(404);
    const unknown = `/api/v1/calendar/kmc_${"A".repeat(43)}.ics`;
    expect((await t.client().get(unknown)).status).toBe(404);
    // Nothing else is public: a path that is not a feed's asks for a session.
    expect((await t.client().get("/api/v1/calendar/kmc_short.ics")).status).toBe(401);
    expect((await t.client().get(api("/calendar-feeds"))).status).toBe(401);
    expect((await stranger.get(api("/calendar-feeds"))).status).toBe(404);
    expect((await stranger.post(api("/calendar-feeds"), { kind: "project" })).status).toBe(404);
  });
});
