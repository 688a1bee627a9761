// Importing a screenplay file as a new draft of an episode's (or the feature's) script, in one
// transaction: the draft, its elements and its scenes are all written, or nothing is.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import {
  buildScriptParseResult,
  collectScenes,
  estimateScreenSeconds,
  matchRevisionScenes,
  sceneContent,
  type ScreenplayScene,
} from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { applyDraftBreakdown } from "../breakdown/draft-breakdown.ts";
import { ApiError } from "../http/errors.ts";
import { ensureSets } from "../locations/sets.ts";
import { readProjectScript } from "./heading-words.ts";

/** The trade's order of revision colours: each new draft takes the next one. */
export const revisionColors = [
  "white",
  "blue",
  "pink",
  "yellow",
  "green",
  "goldenrod",
  "buff",
  "salmon",
  "cherry",
] as const;
export type RevisionColor = (typeof revisionColors)[number];

export interface ScriptImport {
  projectId: string;
  /** The episode of a series; null for a feature's script. */
  episodeNumber: number | null;
  color?: RevisionColor | undefined;
  fileName: string;
  bytes: Uint8Array;
  userId: string;
  now: Date;
}

export async function importScriptDraft(db: Database, input: ScriptImport) {
  const read = await readProjectScript(db, input.projectId, input);
  const result = buildScriptParseResult(read.script);
  // collectScenes lists the same scenes in the same order as the result.
  const collected = collectScenes(read.script);
  const contents = collected.map((scene) => sceneContent(scene.elements));

  return db.transaction(async (tx) => {
    const [project] = await tx
      .select({ secondsPerPage: schema.projects.secondsPerPage })
      .from(schema.projects)
      .where(eq(schema.projects.id, input.projectId));
    const minutesPerPage = (project?.secondsPerPage ?? 60) / 60;
    const screenSeconds = (eighths: number) => estimateScreenSeconds(eighths, minutesPerPage);
    const episodeId = await findEpisodeId(tx, input.projectId, input.episodeNumber);
    const [existing] = await tx
      .select()
      .from(schema.scripts)
      .where(
        and(
          eq(schema.scripts.projectId, input.projectId),
          episodeId === null ? isNull(schema.scripts.episodeId) : eq(schema.scripts.episodeId, episodeId),
        ),
      );
    const script =
      existing ??
      (
        await tx
          .insert(schema.scripts)
          .values({ projectId: input.projectId, episodeId, createdAt: input.now })
          .returning()
      )[0]!;
    const [previous] = await tx
      .select({
        id: schema.scriptDrafts.id,
        number: schema.scriptDrafts.number,
        color: schema.scriptDrafts.color,
      })
      .from(schema.scriptDrafts)
      .where(eq(schema.scriptDrafts.scriptId, script.id))
      .orderBy(desc(schema.scriptDrafts.number))
      .limit(1);
    const color = input.color ?? nextColor(previous?.color);
    const previousScenes = previous
      ? await tx
          .select({
            lineageId: schema.scenes.lineageId,
            number: schema.scenes.number,
            heading: schema.scenes.heading,
            content: schema.scenes.content,
          })
          .from(schema.scenes)
          .where(eq(schema.scenes.draftId, previous.id))
          .orderBy(asc(schema.scenes.position))
      : [];
    const nextScenes = result.scenes.map((scene, index) => ({
      number: scene.number,
      heading: scene.heading,
      content: contents[index] ?? "",
    }));
    const lineage = new Map<number, { lineageId: string; revision: "unchanged" | "changed" }>();
    const omittedScenes: { lineageId: string; number: string | null; heading: string }[] = [];
    for (const change of previous ? matchRevisionScenes(previousScenes, nextScenes) : []) {
      if (change.kind === "omitted") {
        const { lineageId, number, heading } = previousScenes[change.previous]!;
        omittedScenes.push({ lineageId, number, heading });
      } else if (change.kind !== "added") {
        lineage.set(change.next, {
          lineageId: previousScenes[change.previous]!.lineageId,
          revision: change.kind,
        });
      }
    }
    const [draft] = await tx
      .insert(schema.scriptDrafts)
      .values({
        scriptId: script.id,
        number: (previous?.number ?? 0) + 1,
        color,
        title: result.title,
        format: read.format,
        fileName: input.fileName,
        encoding: read.encoding,
        confidence: read.script.confidence === undefined ? null : Math.round(read.script.confidence * 100),
        elements: [...read.script.elements],
        warnings: read.script.warnings.map(({ line, code, message }) => ({ line, code, message })),
        omittedScenes,
        importedBy: input.userId,
        importedAt: input.now,
      })
      .returning();
    const lineageIds = result.scenes.map((_, position) => lineage.get(position)?.lineageId ?? randomUUID());
    if (result.scenes.length > 0) {
      await tx.insert(schema.scenes).values(
        result.scenes.map((scene, position) => ({
          draftId: draft!.id,
          position,
          lineageId: lineageIds[position]!,
          revision: lineage.get(position)?.revision ?? (previous ? ("added" as const) : ("first" as const)),
          content: contents[position] ?? "",
          number: scene.number,
          heading: scene.heading,
          setting: scene.setting,
          location: scene.location,
          time: scene.time,
          timeText: scene.timeText,
          storyDay: scene.storyDay,
          characters: [...scene.characters],
          eighths: scene.eighths,
          screenSeconds: screenSeconds(scene.eighths),
          synopsis: sceneSynopsis(collected[position]),
          line: scene.line,
        })),
      );
    }
    await ensureSets(
      tx,
      input.projectId,
      result.scenes.map((scene) => scene.location),
    );
    await applyDraftBreakdown(
      tx,
      input.projectId,
      result.scenes.map((scene, position) => ({
        lineageId: lineageIds[position]!,
        characters: scene.characters,
        line: scene.line,
        changed: lineage.get(position)?.revision === "changed",
      })),
      read.script.breakdownSuggestions ?? [],
      input.now,
    );
    const length = {
      sceneCount: result.scenes.length,
      eighths: result.scenes.reduce((total, scene) => total + scene.eighths, 0),
      screenSeconds: result.scenes.reduce((total, scene) => total + screenSeconds(scene.eighths), 0),
    };
    const revisions = {
      unchanged: [...lineage.values()].filter((scene) => scene.revision === "unchanged").length,
      changed: [...lineage.values()].filter((scene) => scene.revision === "changed").length,
      added: previous ? result.scenes.length - lineage.size : 0,
      omitted: omittedScenes.length,
    };
    const warnings = read.script.warnings.map(({ line, code, message }) => ({ line, code, message }));
    return { script, draft: draft!, length, revisions, warnings };
  });
}

/** The scene's synopsis lines (Fountain `=`), joined; null when the writer gave none. */
function sceneSynopsis(scene: ScreenplayScene | undefined): string | null {
  const lines = (scene?.elements ?? []).flatMap((element) =>
    element.kind === "synopsis" ? [element.text] : [],
  );
  return lines.length > 0 ? lines.join("\n") : null;
}

function nextColor(previous: string | undefined): RevisionColor {
  if (previous === undefined) return "white";
  const index = revisionColors.indexOf(previous as RevisionColor);
  return revisionColors[(index + 1) % revisionColors.length] ?? "white";
}

async function findEpisodeId(
  tx: Transaction,
  projectId: string,
  episodeNumber: number | null,
): Promise<string | null> {
  if (episodeNumber === null) return null;
  const [episode] = await tx
    .select({ id: schema.episodes.id })
    .from(schema.episodes)
    .where(and(eq(schema.episodes.projectId, projectId), eq(schema.episodes.number, episodeNumber)));
  if (!episode) {
    throw new ApiError(400, "VALIDATION_FAILED", `the project has no episode ${episodeNumber}`, {
      fields: [{ path: "episode", message: `no episode ${episodeNumber}`, code: "no_such_episode" }],
    });
  }
  return episode.id;
}
