// The shapes the server's JSON API answers with, as this app reads them (see /api/v1/openapi.json).
// Only types: nothing here runs.

export type Locale = "ru" | "en";
export type LocalizedText = Partial<Record<string, string>>;

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isInstanceAdmin: boolean;
}

export type OrganizationRole = "admin" | "member";
export type ProjectRole =
  | "producer"
  | "line_producer"
  | "production_accountant"
  | "assistant_director"
  | "department_head"
  | "viewer";
export type PartnerRole = "lead_producer" | "co_producer" | "financier" | "service";
export type PartnerStatus = "invited" | "accepted" | "declined";
export type ProjectKind = "feature" | "series";

export interface MyOrganization {
  id: string;
  names: LocalizedText;
  country: string;
  currency: string;
  role: OrganizationRole;
}

export interface Me {
  user: User;
  csrfToken: string;
  organizations: MyOrganization[];
}

export interface AuthResult {
  user: User;
  csrfToken: string;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedToken {
  id: string;
  name: string;
  token: string;
}

export interface OrganizationRef {
  id: string;
  names: LocalizedText;
  country: string;
}

export interface ProjectPartner {
  organizationId: string;
  names: LocalizedText;
  country: string;
  currency?: string;
  role: PartnerRole;
  status: PartnerStatus;
}

export interface ProjectSummary {
  id: string;
  titles: LocalizedText;
  kind: ProjectKind;
  genre: string | null;
  languages: string[];
  episodeCount: number;
  role: ProjectRole | null;
  partners: ProjectPartner[];
}

export interface Project {
  id: string;
  titles: LocalizedText;
  kind: ProjectKind;
  genre: string | null;
  languages: string[];
  /** Screen seconds per script page, for the estimated хронометраж. */
  secondsPerPage: number;
  /** The project's own scene-heading words, added to the built-in tables. */
  headingWords: HeadingWords;
  version: number;
  leadOrganizationId: string;
  createdAt: string;
}

export interface Episode {
  id: string;
  number: number;
  titles: LocalizedText;
}

export interface ProjectMember {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  role: ProjectRole;
}

/** A person of an accepted partner organization who has no role on the project yet. */
export type ProjectCandidate = Omit<ProjectMember, "role">;

export interface ProjectDetail {
  project: Project;
  role: ProjectRole | null;
  organizationId: string;
  permissions: string[];
  partners: ProjectPartner[];
  episodes: Episode[];
  members: ProjectMember[];
}

export interface Registration {
  legalName?: string;
  registrationNumber?: string;
  taxNumber?: string;
  address?: string;
}

export interface Organization {
  id: string;
  names: LocalizedText;
  country: string;
  currency: string;
  registration: Registration;
  role?: OrganizationRole;
  version: number;
}

export interface OrganizationMember {
  userId: string;
  name: string;
  email: string;
  role: OrganizationRole;
}

export interface OrganizationInvitation {
  id: string;
  email: string;
  role: OrganizationRole;
  createdAt: string;
}

export interface Partnership {
  projectId: string;
  titles: LocalizedText;
  leadOrganization: OrganizationRef;
  role: PartnerRole;
  status: PartnerStatus;
}

export interface MyInvitation {
  id: string;
  organization: OrganizationRef;
  role: OrganizationRole;
  createdAt: string;
}

/** Revision colours, in the order the trade uses them (see scripts/format.ts). */
export type RevisionColor =
  "white" | "blue" | "pink" | "yellow" | "green" | "goldenrod" | "buff" | "salmon" | "cherry";

export interface ScriptDraftSummary {
  id: string;
  number: number;
  /** A revision colour; typed loosely because the server stores what it was given. */
  color: string;
  title: string | null;
  format: string;
  fileName: string;
  importedAt: string;
  sceneCount: number;
  eighths: number;
  /** Estimated screen time (хронометраж) of all scenes, in seconds. */
  screenSeconds: number;
  warningCount: number;
}

export interface Script {
  id: string;
  /** null for a feature's one script. */
  episodeNumber: number | null;
  /** Newest first. */
  drafts: ScriptDraftSummary[];
}

export interface ScriptImportResult {
  scriptId: string;
  draft: ScriptDraftSummary;
  warnings: ScriptWarning[];
}

export type Setting = "INT" | "EXT" | "INT/EXT";
export type TimeOfDay = "DAY" | "NIGHT" | "MORNING" | "EVENING" | "DAWN" | "DUSK" | "CONTINUOUS" | "LATER";

/** What a draft did to a scene against the previous draft. */
export type SceneRevision = "first" | "unchanged" | "changed" | "added";

export interface Scene {
  id: string;
  position: number;
  /** The same scene across drafts. */
  lineageId: string;
  revision: SceneRevision;
  number: string | null;
  heading: string;
  setting: Setting | null;
  location: string;
  time: TimeOfDay | null;
  /** The time-of-day words as written ("НЕМНОГО ПОЗЖЕ"). */
  timeText: string | null;
  storyDay: string | null;
  characters: string[];
  eighths: number;
  screenSeconds: number;
  /** The line of the scene heading in the imported file. */
  line: number;
}

export interface CharacterCue {
  name: string;
  extensions: { text: string }[];
}

/** One paragraph of the screenplay in reading order, as the importer read it. */
export type ScreenplayElement =
  | { kind: "heading"; line: number; heading: { text: string; number: string | null } }
  | { kind: "sceneCharacters"; line: number; text: string; names?: string[] }
  | { kind: "character"; line: number; text: string; cue?: CharacterCue; dual?: "left" | "right" | null }
  | { kind: "section"; line: number; text: string; depth?: number }
  | { kind: "pageBreak"; line: number }
  | {
      kind:
        "action" | "dialogue" | "parenthetical" | "lyrics" | "transition" | "centered" | "synopsis" | "note";
      line: number;
      text: string;
    };

export interface ScriptWarning {
  line: number;
  code: string;
  message: string;
}

export interface ScriptDraft {
  draft: ScriptDraftSummary & { episodeNumber: number | null };
  scenes: Scene[];
  /** Scenes of the previous draft that this draft no longer has. */
  omittedScenes: { lineageId: string; number: string | null; heading: string }[];
  elements: ScreenplayElement[];
  warnings: ScriptWarning[];
}

export interface BreakdownCategory {
  key: string;
  names: { ru: string; en: string };
  color: string;
  custom: boolean;
}

export interface BreakdownElement {
  id: string;
  category: string;
  name: string;
  boardId: string | null;
  allowHold: boolean;
  allowDropPickup: boolean;
  minDropGapDays: number;
  notes: string | null;
  /** Elements this one brings along wherever it is scheduled. */
  links: string[];
  sceneCount: number;
  version: number;
}

export type SceneElementSource = "cast" | "tag" | "dictionary" | "script" | "manual" | "link";

export interface SceneElement {
  elementId: string;
  category: string;
  name: string;
  boardId: string | null;
  source: SceneElementSource;
  status: "suggested" | "confirmed";
  quote: string | null;
  /** The element that brings this one along. */
  broughtBy: string | null;
}

export interface BreakdownSuggestion {
  entryId: string;
  category: string;
  elementName: string;
  text: string;
  line: number;
  elementIndex: number;
  start: number;
  end: number;
}

export interface SceneDetail {
  id: string;
  draftId: string;
  lineageId: string;
  number: string | null;
  heading: string;
  setting: Setting | null;
  location: string;
  time: TimeOfDay | null;
  timeText: string | null;
  storyDay: string | null;
  characters: string[];
  eighths: number;
  screenSeconds: number;
  lengthEdited: boolean;
  synopsis: string | null;
  line: number;
  version: number;
}

export interface ShootingLocation {
  id: string;
  name: string;
  country: string;
  address: string | null;
  timeZone: string;
  notes: string | null;
  setCount: number;
  version: number;
}

export interface SceneBreakdown {
  scene: SceneDetail;
  set: {
    id: string;
    name: string;
    location: Pick<ShootingLocation, "id" | "name" | "country" | "address" | "timeZone"> | null;
  } | null;
  elements: SceneElement[];
  suggestions: BreakdownSuggestion[];
  screenplay: ScreenplayElement[];
}

export interface DictionaryEntry {
  id: string;
  category: string;
  term: string;
  elementName: string;
}

export interface ShootingSet {
  id: string;
  name: string;
  locationId: string | null;
  sceneCount: number;
  version: number;
}

export interface SceneTranslation {
  lineageId: string;
  language: string;
  heading: string;
  elements: ScreenplayElement[];
  fileName: string;
  importedAt: string;
}

export interface TranslationImportResult {
  language: string;
  by: "number" | "order";
  aligned: number;
  unmatched: { number: string | null; heading: string }[];
  untranslated: number;
}

/** Scene-heading words a project adds: Kazakh or Uzbek prefixes and times of day. */
export interface HeadingWords {
  prefixes?: { text: string; setting: Setting | null }[];
  times?: { text: string; time: TimeOfDay | null }[];
  storyDayWords?: string[];
}

export interface ConsortiumPartner {
  organizationId: string;
  name: string;
  country: string;
  role: PartnerRole;
  consortiumRole: "majority" | "minority" | "financial" | "service";
  share: string | null;
  homeTerritories: string[];
  obligations: { credit?: string; languageVersions?: string[] };
  signatoryUserId: string | null;
  committed: string | null;
  delivered: string | null;
  actualShare: string | null;
  difference: string | null;
}

export interface Consortium {
  workKind: "fiction" | "animation" | "documentary";
  reportingCurrency: string;
  rulePacks: string[];
  languageVersions: string[];
  version: number;
  partners: ConsortiumPartner[];
  rates: { currency: string; perUnit: string; date: string | null; source: string }[];
  late: {
    organizationId: string;
    due: string;
    amount: string;
    currency: string;
    delivered: string;
    status: "overdue" | "delivered-late";
  }[];
  problems: ConsortiumProblem[];
  availablePacks: { id: string; name: string }[];
}

/** What keeps the actual shares from being computed; said by `code`, `message` is the server's English. */
export interface ConsortiumProblem {
  code: "shares_not_agreed" | "missing_rate" | "ambiguous_rate" | (string & {});
  message: string;
  params: Record<string, string | number>;
}

export type ConsortiumRate = Consortium["rates"][number];

export interface Contribution {
  id: string;
  organizationId: string;
  kind: "cash" | "in-kind";
  category: string | null;
  description: string | null;
  currency: string;
  fxDate: string | null;
  territory: string | null;
  source: "private" | "state";
  instalments: {
    position: number;
    due: string;
    amount: string;
    delivered: string | null;
    deliveredOn: string | null;
  }[];
  version: number;
}

export interface QualificationPack {
  id: string;
  name: string;
  pass: boolean;
  points: number | null;
  required: number | null;
  rules: { id: string; pass: boolean; message: string }[];
}

export interface ProjectPerson {
  id: string;
  name: string;
  citizenship: string[];
  residence: string | null;
  organizationId: string | null;
  roles: { role: string; elementId: string | null; daysWorked: number | null }[];
  version: number;
}

export type PlaceKind = "shooting" | "studio" | "vfx" | "post-production";

/** Where shooting or post-production happens: weighed by its days, or by its spend in `currency`. */
export interface ProductionPlace {
  id: string;
  kind: PlaceKind;
  country: string;
  days: number | null;
  spend: string | null;
  currency: string | null;
}

/** A treaty or national-film test the project can be checked against: built in, or the project's own file. */
export interface RulePackSummary {
  id: string;
  /** In the language asked for. */
  name: string;
  version: string;
  kind: "treaty" | "national-film";
  source: { title: string; urls: string[] };
  parties: string[];
  validFrom: string;
  validTo: string | null;
  ruleCount: number;
  notes: string[];
  builtin: boolean;
  selected: boolean;
  uploadedAt: string | null;
}

export type DocumentKind = "memorandum" | "agreement" | "amendment" | "other";

export interface PersonRef {
  userId: string;
  name: string;
}

/** A party to a document version: its share, who signs for it now, and its signature (null while unsigned). */
export interface DocumentParty {
  organizationId: string;
  names: LocalizedText;
  country: string | null;
  legalName: string | null;
  role: string;
  share: string;
  signatory: PersonRef | null;
  signature: (PersonRef & { signedAt: string; termsHash: string }) | null;
}

export interface DocumentFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface DocumentVersionSummary {
  number: number;
  /** SHA-256 of the canonical JSON of the terms: what is signed. */
  termsHash: string;
  note: string | null;
  createdAt: string;
  createdBy: PersonRef | null;
  /** Signed by at least one party: its terms and files are final. */
  frozen: boolean;
  frozenAt: string | null;
  parties: DocumentParty[];
  fullySigned: boolean;
}

/** The structured terms of a memorandum or agreement, as the server validates them. */
export interface DocumentTerms {
  parties: { organizationId: string; role: PartnerRole; share: string }[];
  territories: { organizationId: string; countries: string[] }[];
  contributions: {
    organizationId: string;
    kind: "cash" | "in-kind";
    description: string | null;
    currency: string;
    amount: string;
    due: string;
  }[];
  deadlines: { what: string; date: string }[];
  governingTreaty: string | null;
  languageVersions: string[];
  notes: string | null;
}

export interface DocumentVersion extends DocumentVersionSummary {
  documentId: string;
  kind: DocumentKind;
  title: string;
  /** The document's version: send it back as `version` with a change. */
  documentVersion: number;
  terms: DocumentTerms;
  files: DocumentFile[];
}

export interface ProjectDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  version: number;
  createdAt: string;
  versions: DocumentVersionSummary[];
}

export interface TermsChange {
  kind: "added" | "removed" | "changed";
  path: string;
  /** The path with names: "parties[Беларусьфильм].share". */
  label: string;
  before?: unknown;
  after?: unknown;
}

export interface DocumentDiff {
  from: { number: number; termsHash: string };
  to: { number: number; termsHash: string };
  changes: TermsChange[];
}

export interface AuditEntry {
  index: number;
  at: string;
  /** A user id, or "system". */
  actor: string;
  action: string;
  subject: string;
  data: unknown;
  previousHash: string;
  hash: string;
}

export type AuditVerification =
  | { ok: true; length: number; headHash: string }
  | {
      ok: false;
      index: number;
      problem: "MALFORMED" | "WRONG_INDEX" | "BROKEN_LINK" | "HASH_MISMATCH" | "TRUNCATED";
    };

// ---- The shooting schedule (КПП): boards, units, cast terms, optimizer runs ----

/** An amount as an exact decimal string ("150000.00") with its currency; never a number. */
export interface Money {
  amount: string;
  currency: string;
}

export interface ScheduleSettings {
  locationMove: Money;
  borderCrossing: Money;
  overtimePerHour: Money;
  maxMovesPerDay: number;
  countryBlocks: boolean;
}

export type ScheduleStatus = "draft" | "published";

export interface Schedule {
  id: string;
  name: string;
  status: ScheduleStatus;
  firstDate: string;
  lastDate: string;
  /** ISO weekdays off, 1 Monday … 7 Sunday. */
  weeklyDaysOff: number[];
  daysOff: string[];
  settings: ScheduleSettings;
  publishedAt: string | null;
  publishedBy: string | null;
  createdAt: string;
  version: number;
}

export interface ScheduleSummary extends Schedule {
  /** Shifts with at least one scene. */
  shootingDays: number;
  /** Scenes on a day (the rest are in the boneyard). */
  scheduledScenes: number;
}

export interface ShootingUnit {
  id: string;
  name: string;
  position: number;
  shiftHours: number;
  maxOvertimeHours: number;
  dayCallHour: number;
  nightCallHour: number;
  version: number;
}

export type ShiftKind = "day" | "night";

export interface BoardDay {
  id: string;
  unitId: string;
  date: string;
  shift: ShiftKind;
  locked: boolean;
  /** Lineage ids of the scenes shot that shift, in shooting order. */
  strips: string[];
}

/** The scheduler's time of day: the script's, with REGIME («режим») added. */
export type BoardSceneTime = TimeOfDay | "REGIME";

export interface BoardScene {
  lineageId: string;
  /** "2.14": episode 2, scene 14. */
  label: string;
  number: string | null;
  heading: string;
  setting: Setting | null;
  time: BoardSceneTime | null;
  eighths: number;
  screenSeconds: number;
  episode: number | null;
  castIds: string[];
  castBoardIds: string[];
  location: { id: string; name: string; country: string; timeZone: string; stage: boolean } | null;
  /** The optimizer leaves a locked strip where it is. */
  locked: boolean;
}

export interface BoardCast {
  id: string;
  boardId: string | null;
  name: string;
  homeCountry: string | null;
  dailyRate: Money | null;
  /** The person's day out of days on this board, when it could be priced. */
  days: {
    work: number;
    hold: number;
    travel: number;
    drops: number;
    firstDate: string | null;
    lastDate: string | null;
    /** In the reporting currency. */
    cost: string;
  } | null;
}

/** A term of a board's cost: cast work, holding and travel days, company moves, border crossings, overtime. */
export type CostTerm = "work" | "holding" | "travel" | "moves" | "borderCrossings" | "overtime";

/** A board's price by term in the reporting currency, each a decimal string. */
export type ScheduleCost = Record<CostTerm | "total", string> & { currency: string };

export interface ScheduleViolation {
  code: string;
  /** The server's English wording, shown only when the interface does not know the code. */
  message: string;
  sceneId?: string;
  castId?: string;
  unitId?: string;
  locationId?: string;
  date?: string;
}

export interface ScheduleProblem {
  code: string;
  message: string;
  params: Record<string, string | number | null>;
}

export interface Board {
  schedule: Schedule;
  units: ShootingUnit[];
  days: BoardDay[];
  /** Scenes on no day, in the boneyard's order. */
  boneyard: string[];
  scenes: BoardScene[];
  cast: BoardCast[];
  /** Null when `problems` keep the board from being priced. */
  cost: ScheduleCost | null;
  violations: ScheduleViolation[];
  problems: ScheduleProblem[];
}

export type OptimizerRunStatus =
  "queued" | "running" | "finished" | "failed" | "cancelled" | "accepted" | "discarded";

export interface OptimizerRun {
  id: string;
  scheduleId: string;
  status: OptimizerRunStatus;
  seconds: number;
  seed: number;
  /** Scenes the run may move (lineage ids); null: the whole board. */
  selection: string[] | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  progress: {
    elapsedSeconds: number;
    bestCost: ScheduleCost | null;
    /** No schedule costs less than this, in the reporting currency. */
    lowerBound: string;
    feasible: boolean;
    iterations: number;
    optimal: boolean;
  } | null;
  before: { cost: ScheduleCost | null; feasible: boolean };
  result: {
    cost: ScheduleCost | null;
    feasible: boolean;
    /** After minus before by term (negative: cheaper); null when either could not be priced. */
    difference: ScheduleCost | null;
    problems: { code: string; message: string }[];
  } | null;
  error: string | null;
}
