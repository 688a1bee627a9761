// `kinomost db migrate`, `kinomost demo seed` and `kinomost user create`: one-off jobs on the
// database named by DATABASE_URL, or the embedded one in KINOMOST_DATA.
import type { Command } from "commander";
import { migrateDatabase } from "@kinomost/db";
import { createUser, demoPassword, openDatabase, seedDemo } from "@kinomost/server";
import { readEnvironment, UsageError } from "../environment.ts";

async function withDatabase<T>(
  run: (handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const env = readEnvironment();
  const handle = await openDatabase({
    databaseUrl: env.databaseUrl,
    dataFolder: env.dataFolder,
    log: (m) => console.error(m),
  });
  try {
    await migrateDatabase(handle);
    return await run(handle);
  } finally {
    await handle.close();
  }
}

export function registerDatabaseCommands(program: Command) {
  const db = program.command("db").description("database maintenance");
  db.command("migrate")
    .description("apply the schema migrations (the server also does this at start)")
    .action(() =>
      withDatabase(async (handle) => {
        console.log(`migrations applied to ${handle.location}`);
      }),
    );

  const demo = program.command("demo").description("the demo co-production «Искра»");
  demo
    .command("seed")
    .description("create the demo studios, users and project «Искра»")
    .action(() =>
      withDatabase(async (handle) => {
        const { logins } = await seedDemo(handle.db, new Date());
        console.log(
          `created «Искра»; sign in with the password ${demoPassword} as:\n  ${logins.join("\n  ")}`,
        );
      }),
    );

  const user = program.command("user").description("accounts");
  user
    .command("create")
    .description("create an account (the first one becomes the instance administrator)")
    .requiredOption("--email <email>", "e-mail address to sign in with")
    .requiredOption("--name <name>", "full name")
    .option("--password-stdin", "read the password from standard input instead of KINOMOST_PASSWORD")
    .action(async (options: { email: string; name: string; passwordStdin?: boolean }) => {
      const password = options.passwordStdin ? (await readStdin()).trimEnd() : process.env.KINOMOST_PASSWORD;
      if (!password) throw new UsageError("give the password in KINOMOST_PASSWORD or with --password-stdin");
      if (password.length < 10) throw new UsageError("the password must be at least 10 characters");
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email))
        throw new UsageError(`"${options.email}" is not an e-mail address`);
      await withDatabase(async (handle) => {
        const created = await createUser(handle.db, { email: options.email, name: options.name, password });
        console.log(`created ${created.email}${created.isInstanceAdmin ? " (instance administrator)" : ""}`);
      });
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
