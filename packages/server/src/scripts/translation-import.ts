// Importing a translated script as the other-language text of a draft's scenes: the file is read like any
// script, aligned with the draft scene by scene (by number, else in order) and stored against each scene's
// lineage, so the translation stays with the scene when the original is revised. One transaction.
import { and, asc, eq, inArray } from "drizzle-orm";
import { alignTranslation, collectScenes } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import { readProjectScript } from "./heading-words.ts";

export interface TranslationImport {
  projectId: string;
  draftId: string;
  /** BCP 47 tag of the translation's language. */
  language: string;
  fileName: string;
  bytes: Uint8Array;
  userId: string;
  now: Date;
}

export async function importTranslation(db: Database, input: TranslationImport) {
  const read = await readProjectScript(db, input.projectId, input);
  const translated = collectScenes(read.script);
  if (translated.length === 0) {
    throw new ApiError(400, "VALIDATION_FAILED", `${input.fileName} has no scenes to align`, {
      fields: [{ path: "file", message: "no scenes", code: "no_scenes" }],
    });
  }
  const scenes = await db
    .select({ lineageId: schema.scenes.lineageId, number: schema.scenes.number })
    .from(schema.scenes)
    .where(eq(schema.scenes.draftId, input.draftId))
    .orderBy(asc(schema.scenes.position));
  const alignment = alignTranslation(
    scenes,
    translated.map((scene) => ({ number: scene.heading.number })),
  );
  const rows = alignment.pairs.map(([original, translation]) => {
    const scene = translated[translation]!;
    return {
      projectId: input.projectId,
      lineageId: scenes[original]!.lineageId,
      language: input.language,
      heading: scene.heading.text,
      elements: [...scene.elements],
      fileName: input.fileName,
      importedBy: input.userId,
      importedAt: input.now,
    };
  });
  if (rows.length > 0) {
    await db.transaction(async (tx) => {
      await tx.delete(schema.sceneTranslations).where(
        and(
          eq(schema.sceneTranslations.language, input.language),
          inArray(
            schema.sceneTranslations.lineageId,
            rows.map((row) => row.lineageId),
          ),
        ),
      );
      await tx.insert(schema.sceneTranslations).values(rows);
    });
  }
  return {
    language: input.language,
    by: alignment.by,
    aligned: rows.length,
    unmatched: alignment.unmatched.map((index) => ({
      number: translated[index]!.heading.number,
      heading: translated[index]!.heading.text,
    })),
    untranslated: alignment.untranslated.length,
  };
}
