export * as schema from "./schema.ts";
export {
  openEmbeddedDatabase,
  openMemoryDatabase,
  openPostgresDatabase,
  redactUrl,
  queryRows,
  type Database,
  type DatabaseHandle,
  type Transaction,
} from "./connect.ts";
export { migrateDatabase, migrationsFolder } from "./migrate.ts";
export { DataFolderLockedError } from "./lock.ts";
