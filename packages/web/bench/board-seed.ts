// A real server for the stripboard benchmark: an in-memory PGlite with the demo «Искра» grown to a 1,500-scene
// series (episodes 5 to 12 written from the demo's outlines, so every scene has a set with a location and cast with
// terms), and one draft board laid out by location over a long calendar.
import { serve, type ServerType } from "@hono/node-server";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { migrateDatabase, openMemoryDatabase, schema, type Database } from "@kinomost/db";
import {
  createApp,
  createOptimizationQueue,
  defaultConfig,
  defaultWebRoot,
  seedDemo,
} from "@kinomost/server";
import { demoOutlines, outlineFountain } from "../../server/src/demo/iskra-schedule.ts";
import { importScriptDraft } from "../../server/src/scripts/import.ts";
import { createBoard } from "../../server/src/schedules/board.ts";
import { loadScheduleInputs } from "../../server/src/schedules/inputs.ts";

export const benchBoardName = "КПП сериала — 1500 сцен";

async function countScenes(db: Database, projectId: string) {
  return (await loadScheduleInputs(db, projectId)).scenes.length;
}

/** Writes episodes 5… from the demo's outline scenes, round and round, until the series has `total` scenes. */
async function growSeries(db: Database, projectId: string, userId: string, total: number) {
  const pool = demoOutlines.flatMap((outline) => outline.scenes);
  const episodes = [5, 6, 7, 8, 9, 10, 11, 12];
  const missing = total - (await countScenes(db, projectId));
  const perEpisode = Math.ceil(missing / episodes.length);
  let taken = 0;
  for (const [index, episode] of episodes.entries()) {
    const count = Math.min(perEpisode, missing - index * perEpisode);
    if (count <= 0) break;
    const scenes = Array.from({ length: count }, () => pool[taken++ % pool.length]!);
    const outline = { episode, title: `Серия ${episode}`, scenes };
    const imported = await importScriptDraft(db, {
      projectId,
      episodeNumber: episode,
      fileName: `iskra-${episode}-bench.fountain`,
      bytes: new TextEncoder().encode(outlineFountain(outline)),
      userId,
      now: new Date(),
    });
    // The writers' хронометраж, as the demo's own outlines carry it.
    const rows = await db
      .select({ id: schema.scenes.id, position: schema.scenes.position })
      .from(schema.scenes)
      .where(eq(schema.scenes.draftId, imported.draft.id));
    for (const row of rows) {
      const seconds = scenes[row.position]?.seconds ?? 60;
      await db
        .update(schema.scenes)
        .set({
          screenSeconds: seconds,
          eighths: Math.max(1, Math.round((seconds / 60) * 8)),
          lengthEdited: true,
        })
        .where(eq(schema.scenes.id, row.id));
    }
  }
}

/**
 * The series' board laid out by location by the core, as a new board is: every location and cast member free the
 * whole of the long calendar (the demo's spring windows could not hold twelve episodes), so the strips land on
 * days without breaking rules, as on a board a second director has worked through.
 */
async function layOutBenchBoard(db: Database, projectId: string, userId: string) {
  await db.update(schema.locationTerms).set({ available: [], blockedDates: [] });
  await db.update(schema.castTerms).set({ available: [], blockedDates: [] });
  const boardId = await createBoard(db, {
    projectId,
    name: benchBoardName,
    firstDate: "2027-03-01",
    lastDate: "2028-06-30",
    weeklyDaysOff: [6, 7],
    daysOff: [],
    settings: {
      locationMove: { amountMinor: 150_000_00, currency: "RUB" },
      borderCrossing: { amountMinor: 600_000_00, currency: "RUB" },
      overtimePerHour: { amountMinor: 40_000_00, currency: "RUB" },
    },
    arrangement: "by-location",
    userId,
    now: new Date(),
  });
  return { boardId, ...(await countBoard(db, boardId)) };
}

async function countBoard(db: Database, boardId: string) {
  const strips = await db
    .select({ dayId: schema.scheduleStrips.dayId })
    .from(schema.scheduleStrips)
    .where(eq(schema.scheduleStrips.scheduleId, boardId));
  const days = await db
    .select({ id: schema.scheduleDays.id })
    .from(schema.scheduleDays)
    .where(eq(schema.scheduleDays.scheduleId, boardId));
  return {
    scenes: strips.length,
    boneyard: strips.filter((strip) => strip.dayId === null).length,
    days: days.length,
  };
}

export interface BenchServer {
  url: string;
  projectId: string;
  boardId: string;
  /** Strips on the board, and how many of them wait in the boneyard. */
  scenes: number;
  boneyard: number;
  days: number;
  close(): Promise<void>;
}

/** The seeded database, made anew or read from `cache` (a PGlite dump) when that file exists, and saved there. */
async function openBenchDatabase(sceneCount: number, cache: string | null) {
  if (cache && existsSync(cache)) {
    const database = await openMemoryDatabase(new Blob([await readFile(cache)]));
    const [project] = await database.db.select({ id: schema.projects.id }).from(schema.projects);
    const [board] = await database.db
      .select({ id: schema.schedules.id })
      .from(schema.schedules)
      .where(eq(schema.schedules.name, benchBoardName));
    return {
      database,
      projectId: project!.id,
      boardId: board!.id,
      ...(await countBoard(database.db, board!.id)),
    };
  }
  const database = await openMemoryDatabase();
  await migrateDatabase(database);
  const { db } = database;
  const { projectId } = await seedDemo(db, new Date());
  const [producer] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, "producer@iskra.demo"));
  await growSeries(db, projectId, producer!.id, sceneCount);
  const board = await layOutBenchBoard(db, projectId, producer!.id);
  if (cache) await writeFile(cache, new Uint8Array(await (await database.dump()).arrayBuffer()));
  return { database, projectId, ...board };
}

export async function startBenchServer(
  sceneCount: number,
  cache: string | null = null,
  webRoot: string = defaultWebRoot,
): Promise<BenchServer> {
  const { database, projectId, ...board } = await openBenchDatabase(sceneCount, cache);
  const { db } = database;

  const now = () => new Date();
  const log = (message: string) => console.error(message);
  const optimizer = await createOptimizationQueue(database, { now, log });
  const app = createApp({ db, config: { ...defaultConfig, webRoot }, now, log, optimizer });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    projectId,
    ...board,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await optimizer.close();
      await database.close();
    },
  };
}
