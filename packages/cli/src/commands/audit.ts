// `kinomost audit verify`: checks the hash chain of every project's audit log (or of one) in the database named
// by DATABASE_URL, or the embedded one in KINOMOST_DATA, and exits 1 when any entry was changed, removed or
// reordered. It reads the log and writes nothing (but applies pending migrations, like every database command).
import type { Command } from "commander";
import type { AuditChainProblem, VerifyAuditChainResult } from "@kinomost/core";
import { migrateDatabase, schema } from "@kinomost/db";
import { openDatabase, readAuditChain } from "@kinomost/server";
import { readEnvironment, UsageError } from "../environment.ts";

const problems: Record<AuditChainProblem, string> = {
  MALFORMED: "the entry is not a well-formed audit entry",
  WRONG_INDEX: "its index is not its position in the log",
  BROKEN_LINK: "it does not hold the hash of the entry before it",
  HASH_MISMATCH: "its content does not match its hash: it was changed after it was written",
  TRUNCATED: "entries are missing at the end",
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ProjectReport {
  projectId: string;
  title: string;
  entries: number;
  verification: VerifyAuditChainResult;
}

function describe(report: ProjectReport): string {
  const name = `${report.projectId} «${report.title}»`;
  const result = report.verification;
  if (result.ok) {
    const head = result.length === 0 ? "empty" : `head ${result.headHash}`;
    return `OK    ${name}: ${result.length} ${result.length === 1 ? "entry" : "entries"}, ${head}`;
  }
  return `FAIL  ${name}: entry ${result.index} of ${report.entries}: ${result.problem} — ${problems[result.problem]}`;
}

async function verifyProjects(projectId: string | undefined): Promise<ProjectReport[]> {
  const env = readEnvironment();
  const handle = await openDatabase({
    databaseUrl: env.databaseUrl,
    dataFolder: env.dataFolder,
    log: (message) => console.error(message),
  });
  try {
    await migrateDatabase(handle);
    const projects = await handle.db
      .select({ id: schema.projects.id, titles: schema.projects.titles })
      .from(schema.projects)
      .orderBy(schema.projects.createdAt, schema.projects.id);
    const chosen =
      projectId === undefined ? projects : projects.filter((project) => project.id === projectId);
    if (projectId !== undefined && chosen.length === 0)
      throw new UsageError(`there is no project ${projectId}`);
    const reports: ProjectReport[] = [];
    for (const project of chosen) {
      const { entries, verification } = await readAuditChain(handle.db, project.id);
      const title = project.titles.ru ?? project.titles.en ?? Object.values(project.titles)[0] ?? "";
      reports.push({ projectId: project.id, title, entries: entries.length, verification });
    }
    return reports;
  } finally {
    await handle.close();
  }
}

export function registerAuditCommands(program: Command) {
  const audit = program.command("audit").description("the projects' append-only audit logs");
  audit
    .command("verify")
    .description(
      "check that no entry of the audit logs was changed, removed or reordered (exit 1 if one was)",
    )
    .option("--project <id>", "verify one project instead of every one")
    .option("--json", "print the result as JSON")
    .action(async (options: { project?: string; json?: boolean }) => {
      if (options.project !== undefined && !uuidPattern.test(options.project)) {
        throw new UsageError(`--project must be a project id, not "${options.project}"`);
      }
      const reports = await verifyProjects(options.project?.toLowerCase());
      const ok = reports.every((report) => report.verification.ok);
      if (options.json) {
        const projects = reports.map((report) => ({
          projectId: report.projectId,
          title: report.title,
          entries: report.entries,
          ...report.verification,
          ...(report.verification.ok ? {} : { message: problems[report.verification.problem] }),
        }));
        console.log(JSON.stringify({ ok, projects }, null, 2));
      } else {
        for (const report of reports) console.log(describe(report));
        const failed = reports.filter((report) => !report.verification.ok).length;
        console.log(
          reports.length === 0
            ? "no projects"
            : failed === 0
              ? `all ${reports.length} audit ${reports.length === 1 ? "log verifies" : "logs verify"}`
              : `${failed} of ${reports.length} audit ${reports.length === 1 ? "log fails" : "logs fail"}`,
        );
      }
      if (!ok) process.exitCode = 1;
    });
}
