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
    /** Screen seconds per page of script, for the estimated хронометраж of each scene (60 = a minute a page). */
    secondsPerPage: integer("seconds_per_page").notNull().default(60),
    /** The project's own scene-heading words (Kazakh, Uzbek …) added to the built-in tables. */
    headingWords: jsonb("heading_words")
      .$type<{
        prefixes?: { text: string; setting: "INT" | "EXT" | "INT/EXT" | null }[];
        times?: { text: string; time: string | null }[];
        storyDayWords?: string[];
      }>()
      .notNull()
      .default({}),
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
    /** For PDF imports: how sure the layout reading was of the element kinds, in percent; null otherwise. */
    confidence: integer("confidence"),
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
    /** A person changed the measured length or screen time; a re-estimate leaves them alone. */
    lengthEdited: boolean("length_edited").notNull().default(false),
    /** The scene's synopsis: the script's own (Fountain `=`) or written for the breakdown sheet. */
    synopsis: text("synopsis"),
    line: integer("line").notNull(),
    version: version(),
  },
  (table) => [
    uniqueIndex("scenes_draft_position_key").on(table.draftId, table.position),
    index("scenes_lineage_idx").on(table.lineageId),
  ],
);

/** A real place where sets are shot: a country, an address and the time zone call times are given in. */
export const locations = pgTable(
  "locations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    country: char("country", { length: 2 }).notNull(),
    address: text("address"),
    /** IANA time zone ("Europe/Minsk"). */
    timeZone: text("time_zone").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [uniqueIndex("locations_project_name_key").on(table.projectId, table.name)],
);

/** A set: the place a scene heading names («ШТАБ»), shot at one real location once that is chosen. */
export const sets = pgTable(
  "sets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The heading's location as written; scenes find their set by it. */
    name: text("name").notNull(),
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "set null" }),
    version: version(),
  },
  (table) => [
    uniqueIndex("sets_project_name_key").on(table.projectId, table.name),
    index("sets_location_idx").on(table.locationId),
  ],
);

/** A category a project adds to the standard breakdown set (the standard ones live in the core). */
export const breakdownCategories = pgTable(
  "breakdown_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** "custom:<slug>", unique in the project. */
    key: text("key").notNull(),
    names: jsonb("names").$type<{ ru: string; en: string }>().notNull(),
    color: text("color").notNull(),
  },
  (table) => [uniqueIndex("breakdown_categories_project_key").on(table.projectId, table.key)],
);

/** One thing the shoot needs — an actor's role, a prop, a tank — tagged in the scenes that need it. */
export const breakdownElements = pgTable(
  "breakdown_elements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    name: text("name").notNull(),
    /** The stripboard's id: cast numbers "1", "2" …; free text for other categories. */
    boardId: text("board_id"),
    allowHold: boolean("allow_hold").notNull().default(true),
    allowDropPickup: boolean("allow_drop_pickup").notNull().default(false),
    minDropGapDays: integer("min_drop_gap_days").notNull().default(0),
    notes: text("notes"),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    uniqueIndex("breakdown_elements_project_category_name_key").on(
      table.projectId,
      table.category,
      table.name,
    ),
    check("breakdown_elements_gap_check", sql`${table.minDropGapDays} >= 0`),
  ],
);

/** An element that brings another wherever it is scheduled (a child actor brings a tutor). */
export const breakdownElementLinks = pgTable(
  "breakdown_element_links",
  {
    elementId: uuid("element_id")
      .notNull()
      .references(() => breakdownElements.id, { onDelete: "cascade" }),
    linkedElementId: uuid("linked_element_id")
      .notNull()
      .references(() => breakdownElements.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.elementId, table.linkedElementId] }),
    index("breakdown_element_links_linked_idx").on(table.linkedElementId),
  ],
);

/**
 * An element tagged in a scene. Keyed by the scene's lineage, not by one draft's scene row, so a new
 * draft keeps the breakdown of every scene it revises.
 */
export const sceneElements = pgTable(
  "scene_elements",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    lineageId: uuid("lineage_id").notNull(),
    elementId: uuid("element_id")
      .notNull()
      .references(() => breakdownElements.id, { onDelete: "cascade" }),
    /** cast: from the scene's character cues; tag: a person selected words; script: the file's own tags. */
    source: text("source", { enum: ["cast", "tag", "dictionary", "script", "manual"] }).notNull(),
    /** Suggested elements wait for a person to confirm them; only confirmed ones reach the schedule. */
    status: text("status", { enum: ["suggested", "confirmed"] }).notNull(),
    /** The words of the script the element was tagged on, when it was. */
    quote: text("quote"),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.lineageId, table.elementId] }),
    index("scene_elements_element_idx").on(table.elementId),
    index("scene_elements_project_idx").on(table.projectId),
  ],
);

/** The project's words that suggest an element wherever the script uses them, in any grammatical form. */
export const breakdownDictionary = pgTable(
  "breakdown_dictionary",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    term: text("term").notNull(),
    elementName: text("element_name").notNull(),
  },
  (table) => [
    uniqueIndex("breakdown_dictionary_project_term_key").on(table.projectId, table.category, table.term),
  ],
);

/** A dictionary suggestion a person turned down for one scene, so it is not offered again. */
export const dismissedSuggestions = pgTable(
  "dismissed_suggestions",
  {
    lineageId: uuid("lineage_id").notNull(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => breakdownDictionary.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.lineageId, table.entryId] })],
);

/** A scene's text in another language (an English or Kazakh version of the Russian original). */
export const sceneTranslations = pgTable(
  "scene_translations",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    lineageId: uuid("lineage_id").notNull(),
    /** BCP 47 tag ("en", "kk"). */
    language: text("language").notNull(),
    heading: text("heading").notNull(),
    /** The scene's screenplay elements in that language. */
    elements: jsonb("elements").$type<unknown[]>().notNull(),
    fileName: text("file_name").notNull(),
    importedBy: uuid("imported_by").references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.lineageId, table.language] }),
    index("scene_translations_project_idx").on(table.projectId),
  ],
);
