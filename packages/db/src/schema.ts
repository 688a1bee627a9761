// The one schema of Kinomost, shared by the embedded database (PGlite) and PostgreSQL servers.
// Keep it to SQL that PostgreSQL 15 understands. Every mutable record carries `version` for
// optimistic concurrency: a write names the version it read and fails with 409 when it moved on.
import { sql } from "drizzle-orm";
import { organizationRoles, projectRoles } from "@kinomost/core";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  char,
  check,
  customType,
  doublePrecision,
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
/** The project a record belongs to; it goes when the project goes. */
const projectRef = () =>
  uuid("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" });

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
    /** Fiction, animation or documentary: treaty points tables differ. */
    workKind: text("work_kind", { enum: ["fiction", "animation", "documentary"] })
      .notNull()
      .default("fiction"),
    /** The currency shares and money tests are computed in. */
    reportingCurrency: char("reporting_currency", { length: 3 }).notNull().default("RUB"),
    /** The rule packs (treaties, national-film tests) the project is checked against. */
    rulePacks: jsonb("rule_packs").$type<string[]>().notNull().default([]),
    /** ISO 639-1 codes of the language versions to be made. */
    languageVersions: jsonb("language_versions").$type<string[]>().notNull().default([]),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role", { enum: ["lead_producer", "co_producer", "financier", "service"] }).notNull(),
    status: text("status", { enum: ["invited", "accepted", "declined"] }).notNull(),
    /** The agreed share of the co-production, an exact decimal percentage ("40", "12.5"); null until agreed. */
    share: text("share"),
    /** Territories reserved to this partner (ISO 3166 codes). */
    homeTerritories: jsonb("home_territories").$type<string[]>().notNull().default([]),
    /** What the agreement promises this partner: its credit and the language versions it is owed. */
    obligations: jsonb("obligations")
      .$type<{ credit?: string; languageVersions?: string[] }>()
      .notNull()
      .default({}),
    /** The person who signs documents for this partner. */
    signatoryUserId: uuid("signatory_user_id").references(() => users.id, { onDelete: "set null" }),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
    name: text("name").notNull(),
    country: char("country", { length: 2 }).notNull(),
    address: text("address"),
    /** IANA time zone ("Europe/Minsk"). */
    timeZone: text("time_zone").notNull(),
    /** WGS 84 degrees, for sunrise and sunset on call sheets and the map link. */
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    /** The nearest hospital, printed on call sheets. */
    hospital: jsonb("hospital").$type<{ name: string; address?: string; phone?: string }>(),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
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
    projectId: projectRef(),
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

/** The exchange rates the partners agreed for valuing contributions: one unit of `currency` in the reporting one. */
export const agreedRates = pgTable(
  "agreed_rates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    currency: char("currency", { length: 3 }).notNull(),
    /** An exact positive decimal. */
    perUnit: text("per_unit").notNull(),
    /** The date the rate is agreed for; null for the one rate of a currency. */
    date: text("date"),
    source: text("source").notNull(),
  },
  (table) => [index("agreed_rates_project_idx").on(table.projectId)],
);

/** Money or work a partner commits to the production: cash, or studio, crew, equipment … at an agreed value. */
export const contributions = pgTable(
  "contributions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    kind: text("kind", { enum: ["cash", "in-kind"] }).notNull(),
    category: text("category", {
      enum: ["studio", "crew", "equipment", "locations", "post-production", "other"],
    }),
    description: text("description"),
    currency: char("currency", { length: 3 }).notNull(),
    /** The date of the agreed rate its value converts at; null for the currency's one rate. */
    fxDate: text("fx_date"),
    /** Where the money comes from, for foreign-investment and state-funding tests. */
    territory: char("territory", { length: 2 }),
    source: text("source", { enum: ["private", "state"] })
      .notNull()
      .default("private"),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [index("contributions_project_idx").on(table.projectId)],
);

/** One instalment of a contribution: what is due when, and what was delivered when. */
export const instalments = pgTable(
  "instalments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contributionId: uuid("contribution_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    due: text("due").notNull(),
    /** In the contribution currency's minor unit. */
    amountMinor: bigint("amount_minor", { mode: "bigint" }).notNull(),
    deliveredMinor: bigint("delivered_minor", { mode: "bigint" }),
    deliveredOn: text("delivered_on"),
  },
  (table) => [
    uniqueIndex("instalments_contribution_position_key").on(table.contributionId, table.position),
    check("instalments_amount_check", sql`${table.amountMinor} >= 0`),
    check(
      "instalments_delivered_check",
      sql`${table.deliveredMinor} is null or ${table.deliveredMinor} >= 0`,
    ),
  ],
);

/** Cast and crew of a project: one record per person, whatever they do (treaty points read citizenship). */
export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    name: text("name").notNull(),
    citizenship: jsonb("citizenship").$type<string[]>().notNull(),
    residence: char("residence", { length: 2 }),
    /** The partner studio that brings them, when one does. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    /** Their account, when they have one: they then see their own call sheets and calendar. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The language their call sheets are written in (BCP 47: "ru", "en", "kk"…); the project's first when null. */
    language: text("language"),
    /** The department they work in (for crew calls): "camera", "sound", "costume"… */
    department: text("department"),
    phone: text("phone"),
    email: text("email"),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [index("people_project_idx").on(table.projectId)],
);

/** What a person does on the project; an actor's role names the character and counts days worked. */
export const personRoles = pgTable(
  "person_roles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    /** For an actor: the cast element (character) they play. */
    elementId: uuid("element_id").references(() => breakdownElements.id, { onDelete: "set null" }),
    /** Shooting days worked, until the schedule counts them. */
    daysWorked: integer("days_worked"),
  },
  (table) => [index("person_roles_person_idx").on(table.personId)],
);

/** Where shooting, studio, VFX and post-production happen, by country, by days or by spend. */
export const productionPlaces = pgTable(
  "production_places",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    kind: text("kind", { enum: ["shooting", "studio", "vfx", "post-production"] }).notNull(),
    country: char("country", { length: 2 }).notNull(),
    days: integer("days"),
    spendMinor: bigint("spend_minor", { mode: "bigint" }),
    spendCurrency: char("spend_currency", { length: 3 }),
  },
  (table) => [index("production_places_project_idx").on(table.projectId)],
);

/** A co-production document: the memorandum, then the agreement, each a series of versions. */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    kind: text("kind", { enum: ["memorandum", "agreement", "amendment", "other"] }).notNull(),
    title: text("title").notNull(),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [index("documents_project_idx").on(table.projectId)],
);

/** One version of a document's terms; frozen at its first signature, after which changes make a new version. */
export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** The structured terms: parties, shares, territories, contributions, deadlines, governing treaty. */
    terms: jsonb("terms").$type<Record<string, unknown>>().notNull(),
    /** What this version changes, in the author's words. */
    note: text("note"),
    /** SHA-256 of the canonical JSON of the terms: what a signature signs. */
    termsHash: text("terms_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    frozenAt: timestamp("frozen_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [uniqueIndex("document_versions_document_number_key").on(table.documentId, table.number)],
);

/** A partner's signature on a version, made by its signatory after re-entering their password. */
export const signatures = pgTable(
  "signatures",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => documentVersions.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    termsHash: text("terms_hash").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.versionId, table.organizationId] })],
);

/**
 * The project's append-only audit log: each entry holds the hash of the one before, so a changed, removed or
 * reordered entry fails verification (`kinomost audit verify`).
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    projectId: projectRef(),
    index: integer("index").notNull(),
    at: text("at").notNull(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    subject: text("subject").notNull(),
    data: jsonb("data").notNull(),
    previousHash: text("previous_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.index] })],
);

/** Raw bytes: PGlite hands back a Uint8Array, node-postgres a Buffer (which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** A file attached to a document version (a scan, an annex); frozen with the version at its first signature. */
export const documentFiles = pgTable(
  "document_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => documentVersions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    /** SHA-256 of the bytes, lower-case hex: printed on the signature page so a copy can be checked. */
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("document_files_version_idx").on(table.versionId),
    check("document_files_size_check", sql`${table.size} >= 0`),
  ],
);

/**
 * A rule pack a project wrote for itself (a CIS or bilateral agreement), kept as the author's file (JSON or YAML)
 * and as the pack it reads to. One per pack id in a project: uploading the same id again replaces it.
 */
export const rulePacks = pgTable(
  "rule_packs",
  {
    projectId: projectRef(),
    packId: text("pack_id").notNull(),
    format: text("format", { enum: ["json", "yaml"] }).notNull(),
    /** The file as uploaded, for download and editing. */
    source: text("source").notNull(),
    /** The pack as read and checked by the core's schema. */
    pack: jsonb("pack").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: text("uploaded_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.packId] })],
);

// ---------------------------------------------------------------------------------------------------------------
// Shooting schedule: units, cast terms and location availability (what the scheduler reads), boards with their
// days and strips (what the stripboard shows), and optimizer runs (a solve off the request path, applied to a
// board only when a person accepts it).

/** A shooting unit (main, second): its shift length, overtime limit and call hours. */
export const shootingUnits = pgTable(
  "shooting_units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    shiftHours: integer("shift_hours").notNull().default(12),
    maxOvertimeHours: integer("max_overtime_hours").notNull().default(2),
    dayCallHour: integer("day_call_hour").notNull().default(8),
    nightCallHour: integer("night_call_hour").notNull().default(18),
    version: version(),
  },
  (table) => [
    uniqueIndex("shooting_units_project_name_key").on(table.projectId, table.name),
    check("shooting_units_hours_check", sql`${table.shiftHours} between 1 and 24`),
    check(
      "shooting_units_overtime_check",
      sql`${table.maxOvertimeHours} >= 0 and ${table.shiftHours} + ${table.maxOvertimeHours} <= 24`,
    ),
    check(
      "shooting_units_call_check",
      sql`${table.dayCallHour} between 0 and 23 and ${table.nightCallHour} between 0 and 23`,
    ),
  ],
);

/** What a cast member costs and when they can work: the scheduler's inputs for one cast element. */
export const castTerms = pgTable(
  "cast_terms",
  {
    elementId: uuid("element_id")
      .primaryKey()
      .references(() => breakdownElements.id, { onDelete: "cascade" }),
    projectId: projectRef(),
    /** Pay per work, hold or travel day, in minor units of `currency`; at most 2^53 (the scheduler counts in doubles). */
    dailyRateMinor: bigint("daily_rate_minor", { mode: "bigint" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    homeCountry: char("home_country", { length: 2 }).notNull(),
    /** Paid travel days each way between home and a location in another country. */
    travelDays: integer("travel_days").notNull().default(1),
    /** Dates the person can work ({from, to} both included); every date when empty. */
    available: jsonb("available").$type<{ from: string; to: string }[]>().notNull().default([]),
    blockedDates: jsonb("blocked_dates").$type<string[]>().notNull().default([]),
    version: version(),
  },
  (table) => [
    index("cast_terms_project_idx").on(table.projectId),
    check("cast_terms_rate_check", sql`${table.dailyRateMinor} >= 0`),
    check("cast_terms_travel_check", sql`${table.travelDays} between 0 and 30`),
    check("cast_terms_currency_check", sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check("cast_terms_country_check", sql`${table.homeCountry} ~ '^[A-Z]{2}$'`),
  ],
);

/** When a location can be used, and whether it is a sound stage. */
export const locationTerms = pgTable(
  "location_terms",
  {
    locationId: uuid("location_id")
      .primaryKey()
      .references(() => locations.id, { onDelete: "cascade" }),
    projectId: projectRef(),
    /** A sound stage (павильон): interiors there are lit artificially and fit any shift. */
    stage: boolean("stage").notNull().default(false),
    /** Dates the location can be used ({from, to} both included); every date when empty. */
    available: jsonb("available").$type<{ from: string; to: string }[]>().notNull().default([]),
    blockedDates: jsonb("blocked_dates").$type<string[]>().notNull().default([]),
    version: version(),
  },
  (table) => [index("location_terms_project_idx").on(table.projectId)],
);

/** An amount of a board's settings in minor units of its currency: a safe integer, as the scheduler counts. */
export interface ScheduleSettingsMoney {
  amountMinor: number;
  currency: string;
}

/** The costs and rules a board is weighed by (the core's `ProductionCosts` and `ProductionRules`). */
export interface ScheduleSettings {
  /** One company move: a change of location between two scenes of a unit. */
  locationMove: ScheduleSettingsMoney;
  /** One border crossing: a change of country between two consecutive shifts of a unit. */
  borderCrossing: ScheduleSettingsMoney;
  /** An hour of a unit's overtime. */
  overtimePerHour: ScheduleSettingsMoney;
  maxMovesPerDay?: number;
  countryBlocks?: boolean;
}

/** A stripboard: a draft or the published shooting schedule, with its calendar and the costs it weighs. */
export const schedules = pgTable(
  "schedules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    name: text("name").notNull(),
    /** One board of a project is the published КПП; publishing another returns it to draft. */
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    firstDate: text("first_date").notNull(),
    lastDate: text("last_date").notNull(),
    /** ISO weekdays nobody shoots on (1 Monday … 7 Sunday). */
    weeklyDaysOff: jsonb("weekly_days_off").$type<number[]>().notNull().default([6, 7]),
    daysOff: jsonb("days_off").$type<string[]>().notNull().default([]),
    settings: jsonb("settings").$type<ScheduleSettings>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    uniqueIndex("schedules_project_name_key").on(table.projectId, table.name),
    uniqueIndex("schedules_published_key")
      .on(table.projectId)
      .where(sql`${table.status} = 'published'`),
    check("schedules_dates_check", sql`${table.firstDate} <= ${table.lastDate}`),
  ],
);

/** One shift of one unit on a board: a unit shoots one shift a date, by day or by night. */
export const scheduleDays = pgTable(
  "schedule_days",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => shootingUnits.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    shift: text("shift", { enum: ["day", "night"] }).notNull(),
    /** A locked day keeps its scenes when the optimizer runs. */
    locked: boolean("locked").notNull().default(false),
  },
  (table) => [
    uniqueIndex("schedule_days_key").on(table.scheduleId, table.unitId, table.date),
    index("schedule_days_unit_idx").on(table.unitId),
  ],
);

/** A scene's strip on a board: on a day in shooting order, or in the boneyard (no day). */
export const scheduleStrips = pgTable(
  "schedule_strips",
  {
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    /** The scene across drafts. */
    lineageId: uuid("lineage_id").notNull(),
    dayId: uuid("day_id").references(() => scheduleDays.id, { onDelete: "set null" }),
    /** Order within the day, or within the boneyard. */
    position: integer("position").notNull(),
    /** A locked strip stays on its day and unit when the optimizer runs. */
    locked: boolean("locked").notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.scheduleId, table.lineageId] }),
    index("schedule_strips_day_idx").on(table.dayId),
  ],
);

/**
 * One optimization of a board, run off the request path (a worker thread; on PostgreSQL any server process
 * through the job queue). Progress and the result are written here; the board changes only on acceptance.
 */
export const optimizerRuns = pgTable(
  "optimizer_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    status: text("status", {
      enum: ["queued", "running", "finished", "failed", "cancelled", "accepted", "discarded"],
    }).notNull(),
    seed: integer("seed").notNull(),
    seconds: integer("seconds").notNull(),
    /** Scenes (lineage ids) the run may move; the whole board when null. */
    selection: jsonb("selection").$type<string[] | null>(),
    /** The problem as the core reads it, frozen when the run was asked for. */
    instance: jsonb("instance").notNull(),
    /** The board's schedule and cost when the run was asked for. */
    before: jsonb("before").notNull(),
    /** Latest progress: best cost by term, lower bound, elapsed seconds, iterations. */
    progress: jsonb("progress"),
    /** The best schedule found, with its cost by term. */
    result: jsonb("result"),
    error: text("error"),
    /** The board's version the run started from: accepting onto a board that moved on is a conflict. */
    scheduleVersion: integer("schedule_version").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (table) => [index("optimizer_runs_schedule_idx").on(table.scheduleId)],
);

/**
 * A version of the production budget. `document` is the whole budget in the documented `kinomost-budget` JSON
 * format (packages/core/src/budget/FORMAT.md) with the partners left out: they are the project's partners, by
 * organization id. Every line carries an `id`. A locked budget is frozen; its totals become the original that
 * later versions show their variance against.
 */
export const budgets = pgTable(
  "budgets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    name: text("name").notNull(),
    status: text("status", { enum: ["draft", "locked"] })
      .notNull()
      .default("draft"),
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    /** A partner's private version, seen only by that partner's members; null for the consortium's budgets. */
    privateTo: uuid("private_to").references(() => organizations.id),
    /** The version this one was copied from. */
    basedOn: uuid("based_on").references((): AnyPgColumn => budgets.id, { onDelete: "set null" }),
    /** The locked budget this one is compared with. */
    originalId: uuid("original_id").references((): AnyPgColumn => budgets.id, { onDelete: "set null" }),
    /** When locked: its totals in the base currency, in the format's `original` shape. */
    lockedTotals: jsonb("locked_totals").$type<Record<string, unknown>>(),
    lockedAt: timestamp("locked_at", { withTimezone: true, mode: "date" }),
    lockedBy: uuid("locked_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: version(),
  },
  (table) => [uniqueIndex("budgets_project_name_key").on(table.projectId, table.name)],
);

/**
 * The accountant's estimate to complete (ETC) of one account of one budget version: what is still to be spent on it,
 * in the currency it was entered in. The cost report takes it instead of the rest of the account's budget; the
 * estimate at completion is then the actual plus it. Kept beside the version, not in its document, so that a locked
 * version — the one a cost report is usually run against — still takes new estimates.
 */
export const budgetEstimates = pgTable(
  "budget_estimates",
  {
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    accountCode: text("account_code").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    amountMinor: bigint("amount_minor", { mode: "bigint" }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: version(),
  },
  (table) => [
    primaryKey({ columns: [table.budgetId, table.accountCode] }),
    check("budget_estimates_amount_check", sql`${table.amountMinor} >= 0`),
  ],
);

/** One day's official rates of one bank (or a table typed in by hand): the budget and actual rates come from here. */
export const rateTables = pgTable(
  "rate_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    source: text("source", { enum: ["cbr", "nbrb", "nbk", "cbu", "nbkr", "nbt", "manual"] }).notNull(),
    /** The date the bank's file states (YYYY-MM-DD), never the download time. */
    date: text("date").notNull(),
    /** The bank's home currency: every quote is in units of it. */
    base: char("base", { length: 3 }).notNull(),
    /** The saved file's name, or the bank's address it was fetched from. */
    origin: text("origin"),
    sha256: text("sha256"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    uniqueIndex("rate_tables_key").on(table.projectId, table.source, table.date, table.base),
    check("rate_tables_date_check", sql`${table.date} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
  ],
);

/** `nominal` units of `currency` cost `value` units of the table's base; `perUnit` = value ÷ nominal, exact. */
export const rateQuotes = pgTable(
  "rate_quotes",
  {
    tableId: uuid("table_id")
      .notNull()
      .references(() => rateTables.id, { onDelete: "cascade" }),
    currency: char("currency", { length: 3 }).notNull(),
    nominal: integer("nominal").notNull(),
    value: text("value").notNull(),
    perUnit: text("per_unit").notNull(),
  },
  (table) => [primaryKey({ columns: [table.tableId, table.currency] })],
);

/** One file of costs taken into the ledger at once; its rows go if the import is undone. */
export const actualImports = pgTable(
  "actual_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    /** The paying partner whose books the file comes from. */
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => organizations.id),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    rows: integer("rows").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("actual_imports_project_idx").on(table.projectId)],
);

/** A cost in the ledger, in its currency's minor unit, paid by a partner in a country against a budget account. */
export const actuals = pgTable(
  "actuals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => organizations.id),
    date: text("date").notNull(),
    vendor: text("vendor").notNull(),
    accountCode: text("account_code").notNull(),
    description: text("description").notNull().default(""),
    currency: char("currency", { length: 3 }).notNull(),
    amountMinor: bigint("amount_minor", { mode: "bigint" }).notNull(),
    country: char("country", { length: 2 }).notNull(),
    /** The invoice, receipt or payment order number. */
    documentRef: text("document_ref"),
    importId: uuid("import_id").references(() => actualImports.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [
    index("actuals_project_partner_idx").on(table.projectId, table.partnerId),
    index("actuals_project_account_idx").on(table.projectId, table.accountCode),
    check("actuals_date_check", sql`${table.date} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
  ],
);

/** A partner's actuals are its own books: its members see them, and the partners it shares them with. */
export const actualSharing = pgTable(
  "actual_sharing",
  {
    projectId: projectRef(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => organizations.id),
    viewerId: uuid("viewer_id")
      .notNull()
      .references(() => organizations.id),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.ownerId, table.viewerId] })],
);

/**
 * The call sheet (вызывной лист) of one shooting day of a board: what the day's scenes do not say — calls, contacts,
 * weather, notes, crew calls by department — kept in `details`; the scenes, cast and sun come from the board and the
 * location when it is read. Published call sheets go to their recipients.
 */
export const callSheets = pgTable(
  "call_sheets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    scheduleId: uuid("schedule_id")
      .notNull()
      .references(() => schedules.id, { onDelete: "cascade" }),
    dayId: uuid("day_id")
      .notNull()
      .references(() => scheduleDays.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    version: version(),
  },
  (table) => [uniqueIndex("call_sheets_day_key").on(table.dayId)],
);

/** Who a published call sheet went to, and whether they opened and confirmed it. */
export const callSheetRecipients = pgTable(
  "call_sheet_recipients",
  {
    callSheetId: uuid("call_sheet_id")
      .notNull()
      .references(() => callSheets.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The language the sheet was sent in. */
    language: text("language").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true, mode: "date" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    primaryKey({ columns: [table.callSheetId, table.personId] }),
    index("call_sheet_recipients_person_idx").on(table.personId),
  ],
);

/**
 * A calendar (iCalendar) address: a person's calls, or every shooting day of the project. The address carries a
 * secret token; only its SHA-256 is stored, and revoking it ends the feed.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: projectRef(),
    kind: text("kind", { enum: ["project", "person"] }).notNull(),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    /** Who made the address (and whose access it reads with). */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    uniqueIndex("calendar_feeds_token_key").on(table.tokenHash),
    check("calendar_feeds_person_check", sql`(${table.kind} = 'person') = (${table.personId} is not null)`),
  ],
);
