import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

interface Location {
  id: string;
  name: string;
  country: string;
  timeZone: string;
  setCount: number;
  version: number;
}
interface SetRow {
  id: string;
  name: string;
  locationId: string | null;
  sceneCount: number;
  version: number;
}

describe.each(backends)("locations and sets on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let accountant: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const list = async () =>
    (await producer.get(api("/locations"))).body as { locations: Location[]; sets: SetRow[] };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
  });
  afterAll(() => t.close());

  it("lists the demo's locations in the partners' countries and the pilot's sets assigned to them", async () => {
    const { locations, sets } = await list();
    expect(new Set(locations.map((location) => location.country))).toEqual(
      new Set(["RU", "BY", "KZ", "TJ", "KG"]),
    );
    const headquarters = sets.find((set) => set.name === "ШТАБ ПОЛКА")!;
    expect(headquarters.sceneCount).toBe(1);
    const studio = locations.find((location) => location.id === headquarters.locationId)!;
    expect(studio).toMatchObject({ country: "BY", timeZone: "Europe/Minsk" });
    expect(studio.setCount).toBe(sets.filter((set) => set.locationId === studio.id).length);
    expect(sets.every((set) => set.locationId !== null)).toBe(true);
  });

  it("adds a location, moves a set to it, and refuses a stale change with the current state", async () => {
    const created = await producer.post(api("/locations"), {
      name: "Бишкек, вокзал",
      country: "KG",
      address: "Бишкек, ул. Дзержинского",
      timeZone: "Asia/Bishkek",
    });
    expect(created.status).toBe(201);
    expect(created.body.location).toMatchObject({ country: "KG", setCount: 0, version: 1 });
    const { sets } = await list();
    const set = sets.find((row) => row.name === "ПРЕДГОРЬЯ АЛА-ТОО. ЖЕЛЕЗНАЯ ДОРОГА")!;
    const moved = await producer.patch(api(`/sets/${set.id}`), {
      version: set.version,
      locationId: created.body.location.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.set).toMatchObject({ locationId: created.body.location.id, version: set.version + 1 });
    const stale = await producer.patch(api(`/sets/${set.id}`), { version: set.version, locationId: null });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ locationId: created.body.location.id });

    const renamed = await producer.patch(api(`/locations/${created.body.location.id}`), {
      version: 1,
      notes: "Съёмка по ночам, когда нет поездов",
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.location).toMatchObject({ setCount: 1, version: 2 });

    expect((await producer.delete(api(`/locations/${created.body.location.id}`))).status).toBe(204);
    const after = (await list()).sets.find((row) => row.id === set.id)!;
    expect(after.locationId).toBeNull();
  });

  it("names every bad field of a location and writes nothing", async () => {
    const before = (await list()).locations.length;
    const response = await producer.post(api("/locations"), {
      name: "",
      country: "XX",
      timeZone: "Minsk",
      colour: "red",
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.fields.map((field: { path: string }) => field.path).sort();
    expect(paths).toEqual(["colour", "country", "name", "timeZone"]);
    const duplicate = await producer.post(api("/locations"), {
      name: (await list()).locations[0]!.name,
      country: "BY",
      timeZone: "Europe/Minsk",
    });
    expect(duplicate.status).toBe(409);
    expect((await list()).locations.length).toBe(before);
    const { sets } = await list();
    const wrong = await producer.patch(api(`/sets/${sets[0]!.id}`), {
      version: sets[0]!.version,
      locationId: projectId,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({ path: "locationId", code: "no_such_location" });
  });

  it("lets an accountant read the locations but not change them", async () => {
    expect((await accountant.get(api("/locations"))).status).toBe(200);
    const response = await accountant.post(api("/locations"), {
      name: "Склад",
      country: "BY",
      timeZone: "Europe/Minsk",
    });
    expect(response.status).toBe(403);
  });
});
