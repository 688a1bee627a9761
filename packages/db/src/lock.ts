// An exclusive lock on the embedded database's data folder. PGlite does not stop a second process
// from opening the same folder, and the writes of one of them would then be lost without a word.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import lockfile from "proper-lockfile";

export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number | null,
  ) {
    super(
      `the data folder ${folder} is in use by another Kinomost process` +
        (holderPid === null ? "" : ` (pid ${holderPid})`) +
        "; stop it first or set KINOMOST_DATA to another folder",
    );
  }
}

export interface FolderLock {
  release(): Promise<void>;
}

/** Takes the lock or throws DataFolderLockedError; a lock left by a killed process goes stale in seconds. */
export async function lockDataFolder(
  folder: string,
  onCompromised: (error: Error) => void,
): Promise<FolderLock> {
  await mkdir(folder, { recursive: true });
  const holderFile = join(folder, "kinomost.pid");
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, {
      lockfilePath: join(folder, "kinomost.lock"),
      stale: 10_000,
      update: 2_000,
      retries: { retries: 2, minTimeout: 200, maxTimeout: 1_000 },
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const pid = Number.parseInt(await readFile(holderFile, "utf8").catch(() => ""), 10);
    throw new DataFolderLockedError(folder, Number.isInteger(pid) ? pid : null);
  }
  await writeFile(holderFile, String(process.pid));
  return {
    async release() {
      await rm(holderFile, { force: true });
      await release();
    },
  };
}
