import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataFolderLockedError, lockDataFolder } from "./lock.ts";

describe("lockDataFolder", () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it("refuses a second holder, naming the folder and the holder's pid", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kinomost-lock-"));
    folders.push(folder);
    const first = await lockDataFolder(folder, () => undefined);
    const second = lockDataFolder(folder, () => undefined);
    await expect(second).rejects.toBeInstanceOf(DataFolderLockedError);
    await expect(second).rejects.toThrow(
      `the data folder ${folder} is in use by another Kinomost process (pid ${process.pid})`,
    );
    await first.release();
    const again = await lockDataFolder(folder, () => undefined);
    await again.release();
  });
});
