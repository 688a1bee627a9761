// The one schema of Kinomost, shared by the embedded database (PGlite) and PostgreSQL servers.
// Keep it to SQL that PostgreSQL 15 understands. Every mutable record carries `version` for
// optimistic concurrency: a write names the version it read and fails with 409 when it moved on.
import { sql } from "drizzle-orm";
import { organizationRoles, projectRoles } from "@kinomost/core";
import {
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

type Localized = Record<string, string>;

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const version = () => integer("version").notNull().default(1);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    isInstanceAdmin: boolean("is_instance_admin").notNull().default(false),
    locale: text("locale").notNull().default("ru"),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [uniqueIndex("users_email_key").on(table.email)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie's secret; the secret itself is never stored. */
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the token; the token is shown once, at creation. */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    uniqueIndex("api_tokens_hash_key").on(table.tokenHash),
    index("api_tokens_user_idx").on(table.userId),
  ],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    address: text("address").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("login_attempts_email_at_idx").on(table.email, table.at)],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    names: jsonb("names").$type<Localized>().notNull(),
    country: char("country", { length: 2 }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** Legal name, registration number, tax number, address, as the studio's country writes them. */
    registration: jsonb("registration").$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    check("organizations_country_check", sql`${table.country} ~ '^[A-Z]{2}$'`),
    check("organizations_currency_check", sql`${table.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: organizationRoles }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.userId] }),
    index("organization_members_user_idx").on(table.userId),
  ],
);

export const organizationInvitations = pgTable(
  "organization_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: organizationRoles }).notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [index("organization_invitations_email_idx").on(table.email)],
);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    titles: jsonb("titles").$type<Localized>().notNull(),
    kind: text("kind", { enum: ["feature", "series"] }).notNull(),
    genre: text("genre"),
    /** BCP 47 tags of the languages the production works in, the first being the main one. */
    languages: jsonb("languages").$type<string[]>().notNull(),
    leadOrganizationId: uuid("lead_organization_id")
      .notNull()
      .references(() => organizations.id),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [index("projects_lead_idx").on(table.leadOrganizationId)],
);

export const episodes = pgTable(
  "episodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    titles: jsonb("titles").$type<Localized>().notNull().default({}),
    version: version(),
  },
  (table) => [
    uniqueIndex("episodes_project_number_key").on(table.projectId, table.number),
    check("episodes_number_check", sql`${table.number} > 0`),
  ],
);

export const partners = pgTable(
  "partners",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role", { enum: ["lead_producer", "co_producer", "financier", "service"] }).notNull(),
    status: text("status", { enum: ["invited", "accepted", "declined"] }).notNull(),
    invitedAt: createdAt(),
    respondedAt: timestamp("responded_at", { withTimezone: true, mode: "date" }),
    version: version(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.organizationId] }),
    index("partners_organization_idx").on(table.organizationId),
  ],
);

export const projectMembers = pgTable(
  "project_members",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The partner organization the member works for on this project. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role", { enum: projectRoles }).notNull(),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.userId] }),
    index("project_members_user_idx").on(table.userId),
  ],
);

/** A screenplay of the project: one per episode of a series, or the feature's one (episode null). */
export const scripts = pgTable(
  "scripts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    episodeId: uuid("episode_id").references(() => episodes.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    index("scripts_project_idx").on(table.projectId),
    uniqueIndex("scripts_project_episode_key").on(table.projectId, table.episodeId),
  ],
);

/** One imported draft of a script, frozen once imported: a new file makes a new draft. */
export const scriptDrafts = pgTable(
  "script_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scriptId: uuid("script_id")
      .notNull()
      .references(() => scripts.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** The trade's revision colour of this draft: white, blue, pink, yellow, green, goldenrod … */
    color: text("color").notNull(),
    title: text("title"),
    format: text("format").notNull(),
    fileName: text("file_name").notNull(),
    encoding: text("encoding").notNull(),
    /** The parsed screenplay elements, for the script view. */
    elements: jsonb("elements").$type<unknown[]>().notNull(),
    warnings: jsonb("warnings").$type<{ line: number; code: string; message: string }[]>().notNull(),
    /** Scenes of the previous draft that this one no longer has. */
    omittedScenes: jsonb("omitted_scenes")
      .$type<{ lineageId: string; number: string | null; heading: string }[]>()
      .notNull()
      .default([]),
    importedBy: uuid("imported_by").references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [uniqueIndex("script_drafts_script_number_key").on(table.scriptId, table.number)],
);

export const scenes = pgTable(
  "scenes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => scriptDrafts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** The same scene across drafts: a new draft's scene inherits the id of the scene it revises. */
    lineageId: uuid("lineage_id").notNull().defaultRandom(),
    /** What the draft did to the scene against the previous draft. */
    revision: text("revision", { enum: ["first", "unchanged", "changed", "added"] })
      .notNull()
      .default("first"),
    /** The scene's words (`sceneContent`), for matching revisions and for search. */
    content: text("content").notNull().default(""),
    number: text("number"),
    heading: text("heading").notNull(),
    setting: text("setting", { enum: ["INT", "EXT", "INT/EXT"] }),
    location: text("location").notNull(),
    time: text("time", {
      enum: ["DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER"],
    }),
    timeText: text("time_text"),
    storyDay: text("story_day"),
    characters: jsonb("characters").$type<string[]>().notNull(),
    /** Length in eighths of a page, and the estimated screen time (хронометраж) in seconds. */
    eighths: integer("eighths").notNull(),
    screenSeconds: integer("screen_seconds").notNull(),
    line: integer("line").notNull(),
    version: version(),
  },
  (table) => [
    uniqueIndex("scenes_draft_position_key").on(table.draftId, table.position),
    index("scenes_lineage_idx").on(table.lineageId),
  ],
);
