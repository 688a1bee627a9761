import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli as run } from "./testing/run-cli.ts";

describe("kinomost", () => {
  let data: string;
  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), "kinomost-cli-"));
  });
  afterAll(() => rm(data, { recursive: true, force: true }));

  it("has --help on every command", async () => {
    for (const command of [[], ["serve"], ["db", "migrate"], ["demo", "seed"], ["user", "create"]]) {
      const result = await run([...command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/Usage: kinomost/);
    }
  });

  it("migrates, seeds the demo once, and creates users in the embedded database", async () => {
    const env = { KINOMOST_DATA: data };
    expect((await run(["db", "migrate"], env)).code).toBe(0);
    const seeded = await run(["demo", "seed"], env);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain("producer@iskra.demo");

    const again = await run(["demo", "seed"], env);
    expect(again.code).toBe(1);
    expect(again.err.split("\n").at(-1)).toBe("kinomost: the demo «Искра» already exists in this database");

    const created = await run(["user", "create", "--email", "ops@studio.test", "--name", "Оператор"], {
      ...env,
      KINOMOST_PASSWORD: "a long passphrase",
    });
    expect(created).toMatchObject({ code: 0, out: "created ops@studio.test" });
  }, 60_000);

  it("fails with a one-line reason and a non-zero exit", async () => {
    const noPassword = await run(["user", "create", "--email", "x@studio.test", "--name", "X"], {
      KINOMOST_DATA: data,
    });
    expect(noPassword).toMatchObject({
      code: 1,
      err: "kinomost: give the password in KINOMOST_PASSWORD or with --password-stdin",
    });
    const badPort = await run(["serve"], { PORT: "eighty" });
    expect(badPort).toMatchObject({
      code: 1,
      err: 'kinomost: PORT must be a port number (0–65535), not "eighty"',
    });
    expect((await run(["frobnicate"])).code).toBe(1);
  });
});
