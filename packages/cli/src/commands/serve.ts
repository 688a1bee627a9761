// `kinomost serve`: runs the server until SIGINT or SIGTERM, then closes the database cleanly.
import type { Command } from "commander";
import { startServer } from "@kinomost/server";
import { readEnvironment } from "../environment.ts";

export function registerServe(program: Command) {
  program
    .command("serve")
    .description("run the web app and the API (embedded database in KINOMOST_DATA, or DATABASE_URL)")
    .option("--host <host>", "address to listen on (HOST, default 127.0.0.1)")
    .option("--port <port>", "port to listen on (PORT, default 8080)")
    .action(async (options: { host?: string; port?: string }) => {
      const env = readEnvironment({
        ...process.env,
        ...(options.host && { HOST: options.host }),
        ...(options.port && { PORT: options.port }),
      });
      const log = (message: string) => console.log(message);
      const server = await startServer({
        host: env.host,
        port: env.port,
        databaseUrl: env.databaseUrl,
        dataFolder: env.dataFolder,
        config: { signupOpen: env.signupOpen, trustProxy: env.trustProxy },
        log,
      });
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log(`${signal}: closing the database…`);
        server.close().then(
          () => process.exit(0),
          (error: Error) => {
            console.error(`kinomost: could not close cleanly: ${error.message}`);
            process.exit(1);
          },
        );
      };
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    });
}
