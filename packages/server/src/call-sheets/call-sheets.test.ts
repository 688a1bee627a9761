// Call sheets of the demo «Искра» on each database: the КПП is published, a location gets its coordinates and
// hospital, the assistant director writes on day 1's sheet and publishes it; the PDF is read back with poppler's
// pdftotext in Russian and English and must carry every partner alphabet; an actor with no role but viewer sees
// only their own sheets, opens and confirms one; strangers see nothing.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sunTimes } from "@kinomost/core";
import { backends } from "@kinomost/db/testing";
import { firstBlockBoardName } from "../demo/iskra-first-block.ts";
import { demoBoardNames } from "../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

const run = promisify(execFile);

/** Text in each partner alphabet: Kazakh қ, Belarusian ў, Tajik ҷ and Uzbek Latin oʻ (U+02BB). */
export const partnerNames = {
  kazakh: "Сәуле Қасымқызы",
  belarusian: "Ўладзімір Каўка",
  tajik: "Ҷамшед Ҳоҷиев",
  uzbek: "Shoʻxrux Gʻulomov",
};

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "kinomost-call-sheet-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function pdfText(bytes: Uint8Array, name: string) {
  const file = join(folder, `${name}.pdf`);
  await writeFile(file, bytes);
  const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout;
  const fonts = (await run("pdffonts", [file])).stdout;
  return { text, fonts };
}

describe.each(backends)("call sheets on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let assistant: TestClient;
  let costume: TestClient;
  let actor: TestClient & { userId: string };
  let stranger: TestClient & { userId: string };
  let projectId: string;
  let actorPersonId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;

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

    // An actor of Belarusfilm: a member of the studio, with no project role (a viewer).
    const belarusfilm = t.client();
    await belarusfilm.login("accountant@belarusfilm.demo", "iskra-demo");
    const organizationId = (await belarusfilm.get("/api/v1/organizations")).body.organizations[0].id;
    const newcomer = await t.newUser("Актёр Беларусьфильма");
    const email = (await newcomer.get("/api/v1/auth/me")).body.user.email;
    await belarusfilm.post(`/api/v1/organizations/${organizationId}/invitations`, { email, role: "member" });
    const invitation = (await newcomer.get("/api/v1/invitations")).body.invitations[0];
    await newcomer.post(`/api/v1/invitations/${invitation.id}/accept`);
    actor = Object.assign(newcomer, { userId: newcomer.userId });
  });
  afterAll(() => t.close());

  /** Publishes the optimized board in place of the demo's first block, so the tests write on fresh sheets. */
  const publishBoard = async () => {
    const boards = (await producer.get(api("/schedules"))).body.schedules as {
      id: string;
      name: string;
      status: string;
      version: number;
    }[];
    const board = boards.find((candidate) => candidate.name === demoBoardNames.optimized)!;
    if (board.status === "published") return;
    const published = await producer.post(api(`/schedules/${board.id}/publish`), { version: board.version });
    expect(published.status).toBe(200);
  };

  it("finds the demo's first block published with its sheets written, then one sheet per shift of a new КПП", async () => {
    const demo = await assistant.get(api("/callsheets"));
    expect(demo.status).toBe(200);
    expect(demo.body.schedule.name).toBe(firstBlockBoardName);
    const sent = demo.body.days.filter((day: { status: string }) => day.status === "published");
    expect(sent.map((day: { dayNumber: number }) => day.dayNumber)).toEqual([1, 2, 2]);
    expect(sent[0].recipients.total).toBeGreaterThan(sent[0].recipients.confirmed);
    expect(sent[0].recipients.confirmed).toBeGreaterThan(0);
    expect(demo.body.days.every((day: { version: number }) => day.version > 0)).toBe(true);
    const day1 = (await assistant.get(api("/callsheets/1"))).body.sheet;
    expect(day1.weather).toContain("Павильон");
    expect(day1.crewCalls.length).toBeGreaterThan(5);
    expect(day1.locations[0].hospital.name).toContain("Пирогова");

    await publishBoard();
    const list = await assistant.get(api("/callsheets"));
    expect(list.status).toBe(200);
    expect(list.body.dayCount).toBeGreaterThan(demo.body.dayCount);
    const [first] = list.body.days;
    expect(first).toMatchObject({ dayNumber: 1, status: "draft", version: 0, recipients: { total: 0 } });
    expect(first.scenes).toBeGreaterThan(0);
    const numbers = list.body.days.map((day: { dayNumber: number }) => day.dayNumber);
    expect(Math.max(...numbers)).toBe(list.body.dayCount);
  });

  it("gives a location coordinates and a hospital, refusing a latitude of 200 and a lone coordinate", async () => {
    const sheet = (await assistant.get(api("/callsheets/1"))).body.sheet;
    const location = sheet.locations[0];
    expect(location).toBeDefined();
    const { locations } = (await producer.get(api("/locations"))).body;
    const current = locations.find((candidate: { id: string }) => candidate.id === location.id);
    const wrong = await assistant.patch(api(`/locations/${location.id}`), {
      version: current.version,
      latitude: 200,
      longitude: 27.5,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([
      expect.objectContaining({ path: "latitude", code: "too_big_number" }),
    ]);
    const lone = await assistant.patch(api(`/locations/${location.id}`), {
      version: current.version,
      latitude: 53.9,
      longitude: null,
    });
    expect(lone.status).toBe(400);
    expect(lone.body.error.fields).toEqual([expect.objectContaining({ path: "longitude" })]);
    const changed = await assistant.patch(api(`/locations/${location.id}`), {
      version: current.version,
      latitude: 55.7237,
      longitude: 37.5044,
      hospital: {
        name: "Городская клиническая больница № 1",
        address: "Москва, Ленинский пр., 8",
        phone: "+7 495 952-91-22",
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.location).toMatchObject({
      latitude: 55.7237,
      longitude: 37.5044,
      hospital: { name: "Городская клиническая больница № 1" },
    });
  });

  it("assembles day 1: location with map link, zone, the sun for its place and date, hospital, scenes and cast", async () => {
    const response = await assistant.get(api("/callsheets/1"));
    expect(response.status).toBe(200);
    const { sheet } = response.body;
    const location = sheet.locations[0];
    expect(location.mapUrl).toBe(
      "https://www.openstreetmap.org/?mlat=55.7237&mlon=37.5044#map=16/55.7237/37.5044",
    );
    expect(location.hospital.phone).toBe("+7 495 952-91-22");
    expect(sheet.timeZone).toBe(location.timeZone);
    const sun = sunTimes({ latitude: 55.7237, longitude: 37.5044, timeZone: location.timeZone }, sheet.date);
    expect([sheet.sunrise, sheet.sunset]).toEqual([sun.sunrise, sun.sunset]);
    expect(sheet.sunrise < sheet.sunset).toBe(true);
    expect(sheet).toMatchObject({ dayNumber: 1, crewCall: expect.stringMatching(/^\d\d:\d\d$/u) });
    expect(sheet.scenes.length).toBeGreaterThan(0);
    expect(sheet.scenes[0].pages).toMatch(/^\d|\/8$/u);
    expect(sheet.cast.length).toBeGreaterThan(0);
    expect(["SW", "SWF"]).toContain(sheet.cast[0].status);
    expect(sheet.advance.length).toBeGreaterThan(0);
    expect(sheet.advance.length).toBeLessThanOrEqual(3);
  });

  it("refuses a time of 25:00, markup, another project's element and a stale version, writing nothing", async () => {
    const bad = await assistant.patch(api("/callsheets/1"), {
      version: 0,
      crewCall: "25:00",
      weather: "<b>ясно</b>",
      cast: [{ elementId: "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10", pickup: "06:00" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "crewCall",
      "weather",
    ]);
    const unknown = await assistant.patch(api("/callsheets/1"), {
      version: 0,
      cast: [{ elementId: "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10", pickup: "06:00" }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([expect.objectContaining({ path: "cast.0.elementId" })]);
    expect((await assistant.patch(api("/callsheets/1"), { version: 3, weather: "ясно" })).status).toBe(409);
    expect((await assistant.get(api("/callsheets/1"))).body.version).toBe(0);
    expect((await costume.patch(api("/callsheets/1"), { version: 0, weather: "ясно" })).status).toBe(403);
  });

  it("writes the day's calls, contacts and notes, and links people to their accounts", async () => {
    const { sheet } = (await assistant.get(api("/callsheets/1"))).body;
    const lead = sheet.cast[0];
    const written = await assistant.patch(api("/callsheets/1"), {
      version: 0,
      crewCall: "07:00",
      shootingCall: "08:30",
      weather: "−2 °C, снег",
      keyContacts: [
        { role: "Второй режиссёр", name: partnerNames.tajik, phone: "+992 93 555-12-12" },
        { role: "Директор площадки", name: partnerNames.belarusian },
      ],
      cast: [{ elementId: lead.elementId, pickup: "06:15", makeup: "06:45", onSet: "08:15" }],
      crewCalls: [{ department: "costume", call: "06:30" }],
      notes: `Каскадёры — инструктаж в 07:15.\nТранспорт: ${partnerNames.uzbek}, ${partnerNames.kazakh}.`,
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ version: 1, status: "draft" });
    expect(written.body.sheet).toMatchObject({
      crewCall: "07:00",
      shootingCall: "08:30",
      estimatedWrap: "19:00",
    });
    expect(written.body.sheet.cast[0]).toMatchObject({ pickup: "06:15", onSet: "08:15" });
    const cleared = await assistant.patch(api("/callsheets/1"), { version: 1, shootingCall: null });
    expect(cleared.body.sheet.shootingCall).toBeNull();
    expect(cleared.body.sheet.weather).toBe("−2 °C, снег");

    // The AD links the costume head to her account; a person of another studio's account is refused.
    const costumeUser = (await costume.get("/api/v1/auth/me")).body.user.id;
    const added = await producer.post(api("/people"), {
      name: "Бермет Алиева",
      citizenship: ["KG"],
      roles: [{ role: "costume-designer" }],
    });
    const person = added.body.person;
    expect(
      (await assistant.patch(api(`/people/${person.id}`), { version: 1, userId: stranger.userId })).status,
    ).toBe(400);
    const linked = await assistant.patch(api(`/people/${person.id}`), {
      version: 1,
      userId: costumeUser,
      department: "costume",
      language: "ky",
      phone: "+996 555 12-34-56",
    });
    expect(linked.status).toBe(200);
    expect(linked.body.person).toMatchObject({ userId: costumeUser, department: "costume", language: "ky" });
    expect(
      (await assistant.patch(api(`/people/${person.id}`), { version: 2, name: "Другое имя" })).status,
    ).toBe(403);
    expect(
      (await assistant.patch(api(`/people/${person.id}`), { version: 2, language: "Kyrgyz" })).status,
    ).toBe(400);

    // The actor who plays the lead on day 1, with an account and English sheets.
    const actorPerson = await producer.post(api("/people"), {
      name: partnerNames.kazakh,
      citizenship: ["KZ"],
      roles: [{ role: "actor", elementId: lead.elementId }],
      userId: actor.userId,
      language: "en",
      email: "saule@example.test",
    });
    expect(actorPerson.status).toBe(201);
    actorPersonId = actorPerson.body.person.id;
  });

  it("prints the PDF with every partner alphabet, in Russian and in English", async () => {
    const russian = await assistant.get(api("/callsheets/1.pdf?lang=ru"));
    expect(russian.status).toBe(200);
    expect(russian.headers.get("content-type")).toBe("application/pdf");
    const ru = await pdfText(russian.bytes, `ru-${backend}`);
    expect(ru.fonts).toMatch(/NotoSans/u);
    expect(ru.fonts).not.toMatch(/\bno\s+yes\s+no\b/u);
    const text = ru.text.replace(/\s+/gu, " ");
    for (const words of [
      "ВЫЗЫВНОЙ ЛИСТ",
      "Смена 1 из",
      "ОБЩИЙ СБОР",
      "07:00",
      "Ближайшая".toUpperCase(),
      "Городская клиническая больница № 1",
      "Костюмерный цех",
    ]) {
      expect(text).toContain(words);
    }
    for (const name of Object.values(partnerNames)) expect(text).toContain(name);
    for (const letter of ["қ", "ә", "ў", "ҷ", "Ҳ", "oʻ", "Gʻ"]) expect(text).toContain(letter);
    const english = await assistant.get(api("/callsheets/1.pdf?lang=en"));
    const en = (await pdfText(english.bytes, `en-${backend}`)).text.replace(/\s+/gu, " ");
    for (const words of ["CALL SHEET", "Shooting day 1 of", "CREW CALL", "Costume", partnerNames.uzbek]) {
      expect(en).toContain(words);
    }
    expect((await assistant.get(api("/callsheets/1.pdf?lang=de"))).status).toBe(400);
    expect((await assistant.get(api("/callsheets/9999.pdf"))).status).toBe(404);
  });

  it("publishes to the day's cast and the crew with accounts, each in their language", async () => {
    const published = await assistant.post(api("/callsheets/1/publish"), { version: 2 });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe("published");
    const recipients = published.body.recipients as {
      personId: string;
      name: string;
      language: string;
      hasAccount: boolean;
    }[];
    expect(recipients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Бермет Алиева", language: "ky", hasAccount: true }),
        expect.objectContaining({ personId: actorPersonId, language: "en", hasAccount: true }),
      ]),
    );
    const bad = await assistant.post(api("/callsheets/2/publish"), { version: 0, recipients: [projectId] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: "recipients.0" })]);
    // Day 2 goes to the costume head only.
    const costumePerson = recipients.find((recipient) => recipient.name === "Бермет Алиева")!;
    const second = await assistant.post(api("/callsheets/2/publish"), {
      version: 0,
      recipients: [costumePerson.personId],
    });
    expect(second.status).toBe(200);
    const list = (await assistant.get(api("/callsheets"))).body.days;
    expect(list[0]).toMatchObject({
      status: "published",
      recipients: { total: recipients.length, opened: 0, confirmed: 0 },
    });
  });

  it("shows a recipient only their own sheets; reading marks them opened, and they confirm", async () => {
    const mine = await actor.get(api("/my-callsheets"));
    expect(mine.status).toBe(200);
    expect(mine.body.callSheets).toEqual([
      expect.objectContaining({ dayNumber: 1, state: "sent", language: "en", personId: actorPersonId }),
    ]);
    const pdf = await actor.get(api("/callsheets/1.pdf"));
    expect((await pdfText(pdf.bytes, `actor-${backend}`)).text).toContain("CALL SHEET");
    expect((await actor.get(api("/my-callsheets"))).body.callSheets[0].state).toBe("opened");
    expect((await actor.post(api("/callsheets/2/confirm"))).status).toBe(404);
    const confirmed = await actor.post(api("/callsheets/1/confirm"));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.callSheets[0].state).toBe("confirmed");
    expect((await actor.patch(api("/callsheets/1"), { version: 3, weather: "ясно" })).status).toBe(403);
    expect((await actor.get(api("/callsheets/1/recipients"))).status).toBe(403);
    const status = (await assistant.get(api("/callsheets/1/recipients"))).body.recipients;
    const own = status.find((recipient: { personId: string }) => recipient.personId === actorPersonId);
    expect(own.openedAt).not.toBeNull();
    expect(own.confirmedAt).not.toBeNull();
    const costumeMine = (await costume.get(api("/my-callsheets"))).body.callSheets;
    // The demo already lists her account as a crew member; the person linked above gets the sheets as well.
    expect([...new Set(costumeMine.map((sheet: { dayNumber: number }) => sheet.dayNumber))]).toEqual([1, 2]);
  });

  it("answers 404 to a stranger for every call-sheet route", async () => {
    for (const path of [
      "/callsheets",
      "/callsheets/1",
      "/callsheets/1.pdf",
      "/my-callsheets",
      "/callsheets/1/recipients",
    ]) {
      expect((await stranger.get(api(path))).status, path).toBe(404);
    }
    expect((await stranger.post(api("/callsheets/1/confirm"))).status).toBe(404);
  });
});
