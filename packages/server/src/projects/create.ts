// Starting a project: the project, its episodes, the lead producer as an accepted partner and the
// starting user as its producer, in one transaction. Used by the API and by the demo.
import { schema, type Database } from "@kinomost/db";

export interface NewProject {
  titles: Record<string, string>;
  kind: "feature" | "series";
  episodes?: number | undefined;
  /** Titles of the first episodes, in order; the rest stay untitled. */
  episodeTitles?: Record<string, string>[];
  genre?: string | undefined;
  languages: string[];
  leadOrganizationId: string;
  producerUserId: string;
  now: Date;
}

export async function createProject(db: Database, input: NewProject) {
  return db.transaction(async (tx) => {
    const [project] = await tx
      .insert(schema.projects)
      .values({
        titles: input.titles,
        kind: input.kind,
        genre: input.genre ?? null,
        languages: input.languages,
        leadOrganizationId: input.leadOrganizationId,
        createdAt: input.now,
      })
      .returning();
    const projectId = project!.id;
    const episodeCount = input.episodes ?? (input.kind === "series" ? 1 : 0);
    if (episodeCount > 0) {
      await tx.insert(schema.episodes).values(
        Array.from({ length: episodeCount }, (_, index) => ({
          projectId,
          number: index + 1,
          titles: input.episodeTitles?.[index] ?? {},
        })),
      );
    }
    await tx.insert(schema.partners).values({
      projectId,
      organizationId: input.leadOrganizationId,
      role: "lead_producer",
      status: "accepted",
      invitedAt: input.now,
      respondedAt: input.now,
    });
    await tx.insert(schema.projectMembers).values({
      projectId,
      userId: input.producerUserId,
      organizationId: input.leadOrganizationId,
      role: "producer",
      createdAt: input.now,
    });
    return project!;
  });
}
