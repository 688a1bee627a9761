// The one way this app talks to the server: JSON over fetch, with the session cookie, and the
// CSRF token on every unsafe request; file uploads go through XMLHttpRequest, the one browser API
// that reports upload progress. It never retries writes and never swallows an error.
import type {
  ApiToken,
  AuthResult,
  CreatedToken,
  Locale,
  LocalizedText,
  Me,
  MyInvitation,
  Organization,
  OrganizationInvitation,
  OrganizationMember,
  OrganizationRef,
  OrganizationRole,
  PartnerRole,
  Partnership,
  Project,
  ProjectCandidate,
  ProjectDetail,
  ProjectKind,
  ProjectRole,
  ProjectSummary,
  Registration,
  RevisionColor,
  Script,
  ScriptDraft,
  ScriptImportResult,
  User,
  BreakdownCategory,
  BreakdownElement,
  Consortium,
  Contribution,
  HeadingWords,
  ProjectPerson,
  PlaceKind,
  ProductionPlace,
  QualificationPack,
  RulePackSummary,
  DictionaryEntry,
  SceneBreakdown,
  SceneDetail,
  SceneElement,
  SceneTranslation,
  ShootingLocation,
  ShootingSet,
  TranslationImportResult,
  AuditEntry,
  AuditVerification,
  DocumentDiff,
  DocumentFile,
  DocumentKind,
  DocumentTerms,
  DocumentVersion,
  PersonRef,
  ProjectDocument,
  Board,
  OptimizerRun,
  Schedule,
  ScheduleSummary,
} from "./types.ts";

export interface BreakdownElementInput {
  category: string;
  name: string;
  boardId?: string | null;
  allowHold?: boolean;
  allowDropPickup?: boolean;
  minDropGapDays?: number;
  notes?: string | null;
  links?: string[];
}

export interface LocationInput {
  name: string;
  country: string;
  address?: string | null;
  timeZone: string;
  notes?: string | null;
}

export interface ContributionInput {
  organizationId: string;
  kind: "cash" | "in-kind";
  category?: string;
  description?: string;
  currency: string;
  fxDate?: string;
  territory?: string;
  source?: "private" | "state";
  /** Amounts as decimal strings in `currency` ("1500000.00"), never numbers. */
  instalments: { due: string; amount: string }[];
}

export interface PersonInput {
  name: string;
  citizenship: string[];
  residence?: string | null;
  roles: { role: string; elementId?: string | null; daysWorked?: number | null }[];
}

/** Days, or a spend (decimal string) with its currency. */
export interface PlaceInput {
  kind: PlaceKind;
  country: string;
  days?: number;
  spend?: string;
  currency?: string;
}

export interface RateInput {
  currency: string;
  /** Units of the reporting currency for one unit of `currency`, as a decimal string. */
  perUnit: string;
  date?: string | null;
  source: string;
}

export interface PartnerDetailsInput {
  homeTerritories?: string[];
  obligations?: { credit?: string; languageVersions?: string[] };
}

export interface NewScheduleInput {
  name: string;
  firstDate: string;
  lastDate: string;
  weeklyDaysOff?: number[];
  daysOff?: string[];
  /** Every scene in the boneyard, or laid out by location as a first schedule. */
  arrangement: "boneyard" | "by-location";
}

/** Strips moved together, in this order, to a place on a day or in the boneyard. */
export interface StripMoveInput {
  version: number;
  /** Lineage ids of the scenes. */
  strips: string[];
  /** `index` counts the target's strips once the moved ones are lifted out. */
  to: { dayId: string | "boneyard"; index: number };
}

export interface OptimizerRunInput {
  /** 1–600. */
  seconds: number;
  seed?: number;
  /** Lineage ids of the strips the run may move; the rest stay on their days. */
  selection?: string[];
}

export interface FieldError {
  path: string;
  /** The server's English wording; the interface says it by `code` where the catalog knows it. */
  message: string;
  code?: string;
  params?: Record<string, number>;
}

/** A failed request, carrying the server's error code ("VERSION_CONFLICT") or a transport code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly body: unknown;

  constructor(status: number, code: string, message: string, fields: FieldError[] = [], body?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
  }

  /** The first field error whose path is `path` (or ends with "." + path). */
  field(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path || field.path.endsWith(`.${path}`));
  }
}

const base = "/api/v1";
let csrfToken: string | null = null;

/** Remembers the token the server issued with the session; sent as X-CSRF-Token on writes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One JSON request to /api/v1; feature folders with their own API modules (call sheets) go through it too. */
export async function request<T>(method: Method, path: string, body?: unknown, withCsrf = true): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && withCsrf && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, "NETWORK", cause instanceof Error ? cause.message : String(cause));
  }
  if (response.status === 204) return undefined as T;
  return readAnswer<T>(response.status, response.statusText, await response.text());
}

/** The parsed body of an answer, or the ApiError it carries. */
function readAnswer<T>(status: number, statusText: string, text: string): T {
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (status < 200 || status > 299) {
    const error = (parsed as { error?: { code?: string; message?: string; fields?: FieldError[] } })?.error;
    throw new ApiError(
      status,
      error?.code ?? `HTTP_${status}`,
      error?.message ?? statusText,
      Array.isArray(error?.fields) ? error.fields : [],
      parsed,
    );
  }
  return parsed as T;
}

/** Posts a multipart form, reporting the share of it sent so far (0…1) as the upload goes. */
/** Posts a multipart form with the session's CSRF token, reporting the share sent so far (0…1). */
export function upload<T>(path: string, form: FormData, onProgress?: (sent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${base}${path}`);
    xhr.setRequestHeader("Accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("X-CSRF-Token", csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        resolve(readAnswer<T>(xhr.status, xhr.statusText, xhr.responseText));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "the upload did not reach the server"));
    xhr.send(form);
  });
}

const id = encodeURIComponent;

/** The query parameter that asks for rule messages and pack names in the interface language. */
const messageLocaleParam = "language";

export const api = {
  me: () => request<Me>("GET", "/auth/me"),
  login: (input: { email: string; password: string }) =>
    request<AuthResult>("POST", "/auth/login", input, false),
  signup: (input: { email: string; password: string; name: string; locale?: Locale }) =>
    request<AuthResult>("POST", "/auth/signup", input, false),
  logout: () => request<void>("POST", "/auth/logout"),
  logoutEverywhere: () => request<void>("POST", "/auth/logout-everywhere"),
  updateMe: (input: { name?: string; locale?: Locale }) =>
    request<{ user: User }>("PATCH", "/auth/me", input),
  changePassword: (input: { currentPassword: string; newPassword: string }) =>
    request<void>("POST", "/auth/password", input),
  tokens: () => request<{ tokens: ApiToken[] }>("GET", "/auth/tokens"),
  createToken: (input: { name: string }) => request<CreatedToken>("POST", "/auth/tokens", input),
  revokeToken: (tokenId: string) => request<void>("DELETE", `/auth/tokens/${id(tokenId)}`),

  projects: () => request<{ projects: ProjectSummary[] }>("GET", "/projects"),
  createProject: (input: {
    titles: LocalizedText;
    kind: ProjectKind;
    episodes?: number;
    genre?: string;
    languages: string[];
    leadOrganizationId: string;
  }) => request<{ project: Project }>("POST", "/projects", input),
  project: (projectId: string) => request<ProjectDetail>("GET", `/projects/${id(projectId)}`),
  updateProject: (
    projectId: string,
    input: {
      version: number;
      titles?: LocalizedText;
      genre?: string | null;
      languages?: string[];
      secondsPerPage?: number;
      headingWords?: HeadingWords;
    },
  ) => request<{ project: Project }>("PATCH", `/projects/${id(projectId)}`, input),
  invitePartner: (projectId: string, input: { organizationId: string; role: PartnerRole }) =>
    request<unknown>("POST", `/projects/${id(projectId)}/partners`, input),
  setProjectMember: (
    projectId: string,
    userId: string,
    input: { organizationId: string; role: ProjectRole },
  ) => request<unknown>("PUT", `/projects/${id(projectId)}/members/${id(userId)}`, input),
  projectCandidates: (projectId: string) =>
    request<{ candidates: ProjectCandidate[] }>("GET", `/projects/${id(projectId)}/candidates`),
  removeProjectMember: (projectId: string, userId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/members/${id(userId)}`),

  organizations: () => request<{ organizations: Organization[] }>("GET", "/organizations"),
  directory: () => request<{ organizations: OrganizationRef[] }>("GET", "/organizations/directory"),
  createOrganization: (input: {
    names: LocalizedText;
    country: string;
    currency: string;
    registration?: Registration;
  }) => request<{ organization: Organization }>("POST", "/organizations", input),
  organization: async (organizationId: string) => {
    // The server puts the caller's role inside `organization`; accept it at the top level too.
    const body = await request<{ organization: Organization; role?: OrganizationRole }>(
      "GET",
      `/organizations/${id(organizationId)}`,
    );
    return { organization: body.organization, role: body.role ?? body.organization.role ?? "member" };
  },
  updateOrganization: (
    organizationId: string,
    input: {
      version: number;
      names?: LocalizedText;
      country?: string;
      currency?: string;
      registration?: Registration;
    },
  ) => request<{ organization: Organization }>("PATCH", `/organizations/${id(organizationId)}`, input),
  organizationMembers: (organizationId: string) =>
    request<{ members: OrganizationMember[]; invitations: OrganizationInvitation[] }>(
      "GET",
      `/organizations/${id(organizationId)}/members`,
    ),
  inviteMember: (organizationId: string, input: { email: string; role: OrganizationRole }) =>
    request<unknown>("POST", `/organizations/${id(organizationId)}/invitations`, input),
  revokeInvitation: (organizationId: string, invitationId: string) =>
    request<void>("DELETE", `/organizations/${id(organizationId)}/invitations/${id(invitationId)}`),
  setMemberRole: (organizationId: string, userId: string, role: OrganizationRole) =>
    request<unknown>("PATCH", `/organizations/${id(organizationId)}/members/${id(userId)}`, { role }),
  removeMember: (organizationId: string, userId: string) =>
    request<void>("DELETE", `/organizations/${id(organizationId)}/members/${id(userId)}`),
  partnerships: (organizationId: string) =>
    request<{ partnerships: Partnership[] }>("GET", `/organizations/${id(organizationId)}/partnerships`),
  decidePartnership: (organizationId: string, projectId: string, decision: "accept" | "decline") =>
    request<unknown>("POST", `/organizations/${id(organizationId)}/partnerships/${id(projectId)}`, {
      decision,
    }),

  scripts: (projectId: string) => request<{ scripts: Script[] }>("GET", `/projects/${id(projectId)}/scripts`),
  scriptDraft: (projectId: string, draftId: string) =>
    request<ScriptDraft>("GET", `/projects/${id(projectId)}/scripts/drafts/${id(draftId)}`),
  importScript: (
    projectId: string,
    input: { file: File; episode?: number | undefined; color?: RevisionColor | undefined },
    onProgress?: (sent: number) => void,
  ) => {
    const form = new FormData();
    form.append("file", input.file);
    if (input.episode !== undefined) form.append("episode", String(input.episode));
    if (input.color !== undefined) form.append("color", input.color);
    return upload<ScriptImportResult>(`/projects/${id(projectId)}/scripts/import`, form, onProgress);
  },

  translations: (projectId: string, draftId: string) =>
    request<{ languages: string[]; scenes: SceneTranslation[] }>(
      "GET",
      `/projects/${id(projectId)}/scripts/drafts/${id(draftId)}/translations`,
    ),
  importTranslation: (
    projectId: string,
    draftId: string,
    input: { file: File; language: string },
    onProgress?: (sent: number) => void,
  ) => {
    const form = new FormData();
    form.append("file", input.file);
    form.append("language", input.language);
    return upload<TranslationImportResult>(
      `/projects/${id(projectId)}/scripts/drafts/${id(draftId)}/translations`,
      form,
      onProgress,
    );
  },
  updateScene: (
    projectId: string,
    sceneId: string,
    input: { version: number; eighths?: number; screenSeconds?: number; synopsis?: string | null },
  ) => request<{ scene: SceneDetail }>("PATCH", `/projects/${id(projectId)}/scenes/${id(sceneId)}`, input),
  breakdownSheetUrl: (
    projectId: string,
    draftId: string,
    format: "pdf" | "csv",
    language: string,
    sceneId?: string,
  ) =>
    `${base}/projects/${id(projectId)}/scripts/drafts/${id(draftId)}/breakdown.${format}?language=${language}` +
    (sceneId ? `&scene=${id(sceneId)}` : ""),

  breakdownCategories: (projectId: string) =>
    request<{ categories: BreakdownCategory[] }>("GET", `/projects/${id(projectId)}/breakdown/categories`),
  createBreakdownCategory: (projectId: string, input: { names: { ru: string; en: string }; color: string }) =>
    request<{ category: BreakdownCategory }>(
      "POST",
      `/projects/${id(projectId)}/breakdown/categories`,
      input,
    ),
  breakdownElements: (projectId: string) =>
    request<{ elements: BreakdownElement[] }>("GET", `/projects/${id(projectId)}/breakdown/elements`),
  createBreakdownElement: (projectId: string, input: BreakdownElementInput) =>
    request<{ element: BreakdownElement }>("POST", `/projects/${id(projectId)}/breakdown/elements`, input),
  updateBreakdownElement: (
    projectId: string,
    elementId: string,
    input: Partial<BreakdownElementInput> & { version: number },
  ) =>
    request<{ element: BreakdownElement }>(
      "PATCH",
      `/projects/${id(projectId)}/breakdown/elements/${id(elementId)}`,
      input,
    ),
  deleteBreakdownElement: (projectId: string, elementId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/breakdown/elements/${id(elementId)}`),
  dictionary: (projectId: string) =>
    request<{ entries: DictionaryEntry[] }>("GET", `/projects/${id(projectId)}/breakdown/dictionary`),
  addDictionaryEntry: (projectId: string, input: Omit<DictionaryEntry, "id">) =>
    request<{ entry: DictionaryEntry }>("POST", `/projects/${id(projectId)}/breakdown/dictionary`, input),
  deleteDictionaryEntry: (projectId: string, entryId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/breakdown/dictionary/${id(entryId)}`),
  sceneBreakdown: (projectId: string, sceneId: string) =>
    request<SceneBreakdown>("GET", `/projects/${id(projectId)}/scenes/${id(sceneId)}/breakdown`),
  tagElement: (
    projectId: string,
    sceneId: string,
    input: { elementId?: string; category?: string; name?: string; quote?: string; entryId?: string },
  ) =>
    request<{ elements: SceneElement[] }>(
      "POST",
      `/projects/${id(projectId)}/scenes/${id(sceneId)}/breakdown`,
      input,
    ),
  untagElement: (projectId: string, sceneId: string, elementId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/scenes/${id(sceneId)}/breakdown/${id(elementId)}`),
  dismissSuggestion: (projectId: string, sceneId: string, entryId: string) =>
    request<void>("POST", `/projects/${id(projectId)}/scenes/${id(sceneId)}/breakdown/dismissed`, {
      entryId,
    }),

  locations: (projectId: string) =>
    request<{ locations: ShootingLocation[]; sets: ShootingSet[] }>(
      "GET",
      `/projects/${id(projectId)}/locations`,
    ),
  createLocation: (projectId: string, input: LocationInput) =>
    request<{ location: ShootingLocation }>("POST", `/projects/${id(projectId)}/locations`, input),
  updateLocation: (
    projectId: string,
    locationId: string,
    input: Partial<LocationInput> & { version: number },
  ) =>
    request<{ location: ShootingLocation }>(
      "PATCH",
      `/projects/${id(projectId)}/locations/${id(locationId)}`,
      input,
    ),
  deleteLocation: (projectId: string, locationId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/locations/${id(locationId)}`),
  assignSet: (projectId: string, setId: string, input: { version: number; locationId: string | null }) =>
    request<{ set: ShootingSet }>("PATCH", `/projects/${id(projectId)}/sets/${id(setId)}`, input),

  consortium: (projectId: string) => request<Consortium>("GET", `/projects/${id(projectId)}/consortium`),
  updateConsortium: (
    projectId: string,
    input: {
      version: number;
      rulePacks?: string[];
      workKind?: Consortium["workKind"];
      reportingCurrency?: string;
      languageVersions?: string[];
    },
  ) => request<void>("PATCH", `/projects/${id(projectId)}/consortium`, input),
  setShares: (projectId: string, shares: { organizationId: string; share: string }[]) =>
    request<void>("PUT", `/projects/${id(projectId)}/consortium/shares`, { shares }),
  updatePartnerDetails: (projectId: string, organizationId: string, input: PartnerDetailsInput) =>
    request<void>("PATCH", `/projects/${id(projectId)}/consortium/partners/${id(organizationId)}`, input),
  setRates: (projectId: string, rates: RateInput[]) =>
    request<void>("PUT", `/projects/${id(projectId)}/consortium/rates`, { rates }),
  /** Rule messages and pack names in `locale`. */
  qualification: (projectId: string, locale: Locale) =>
    request<{ packs: QualificationPack[] }>(
      "GET",
      `/projects/${id(projectId)}/qualification?${messageLocaleParam}=${locale}`,
    ),
  rulePacks: (projectId: string, locale: Locale) =>
    request<{ packs: RulePackSummary[] }>(
      "GET",
      `/projects/${id(projectId)}/rule-packs?${messageLocaleParam}=${locale}`,
    ),
  uploadRulePack: (projectId: string, file: File, onProgress?: (sent: number) => void) => {
    const form = new FormData();
    form.append("file", file);
    return upload<{ pack: RulePackSummary }>(`/projects/${id(projectId)}/rule-packs`, form, onProgress);
  },
  deleteRulePack: (projectId: string, packId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/rule-packs/${id(packId)}`),
  rulePackSourceUrl: (projectId: string, packId: string) =>
    `${base}/projects/${id(projectId)}/rule-packs/${id(packId)}/source`,
  rulePackSchemaUrl: `${base}/rule-pack.schema.json`,
  contributions: (projectId: string) =>
    request<{ contributions: Contribution[] }>("GET", `/projects/${id(projectId)}/contributions`),
  addContribution: (projectId: string, input: ContributionInput) =>
    request<{ contribution: Contribution }>("POST", `/projects/${id(projectId)}/contributions`, input),
  deleteContribution: (projectId: string, contributionId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/contributions/${id(contributionId)}`),
  recordDelivery: (
    projectId: string,
    contributionId: string,
    position: number,
    input: { delivered: string; deliveredOn: string },
  ) =>
    request<{ contribution: Contribution }>(
      "POST",
      `/projects/${id(projectId)}/contributions/${id(contributionId)}/instalments/${position}/delivery`,
      input,
    ),
  people: (projectId: string) =>
    request<{ people: ProjectPerson[] }>("GET", `/projects/${id(projectId)}/people`),
  addPerson: (projectId: string, input: PersonInput) =>
    request<{ person: ProjectPerson }>("POST", `/projects/${id(projectId)}/people`, input),
  deletePerson: (projectId: string, personId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/people/${id(personId)}`),
  places: (projectId: string) =>
    request<{ places: ProductionPlace[] }>("GET", `/projects/${id(projectId)}/places`),
  addPlace: (projectId: string, input: PlaceInput) =>
    request<{ place: ProductionPlace }>("POST", `/projects/${id(projectId)}/places`, input),
  deletePlace: (projectId: string, placeId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/places/${id(placeId)}`),

  documents: (projectId: string) =>
    request<{ documents: ProjectDocument[] }>("GET", `/projects/${id(projectId)}/documents`),
  documentVersion: (projectId: string, documentId: string, number: number) =>
    request<{ version: DocumentVersion }>(
      "GET",
      `/projects/${id(projectId)}/documents/${id(documentId)}/versions/${number}`,
    ),
  addDocumentVersion: (
    projectId: string,
    documentId: string,
    input: { version: number; terms: DocumentTerms; note?: string | null },
  ) =>
    request<{ version: DocumentVersion }>(
      "POST",
      `/projects/${id(projectId)}/documents/${id(documentId)}/versions`,
      input,
    ),
  documentDiff: (projectId: string, documentId: string, from: number, to: number, language: Locale) =>
    request<DocumentDiff>(
      "GET",
      `/projects/${id(projectId)}/documents/${id(documentId)}/diff?from=${from}&to=${to}&language=${language}`,
    ),
  signDocumentVersion: (
    projectId: string,
    documentId: string,
    number: number,
    input: { password: string; organizationId?: string; termsHash?: string },
  ) =>
    request<{ version: DocumentVersion }>(
      "POST",
      `/projects/${id(projectId)}/documents/${id(documentId)}/versions/${number}/sign`,
      input,
    ),
  createDocument: (
    projectId: string,
    input: { kind: DocumentKind; title: string; terms: DocumentTerms; note?: string | null },
  ) => request<{ version: DocumentVersion }>("POST", `/projects/${id(projectId)}/documents`, input),
  /** Attaches a file (up to 20 MB) to a version nobody has signed; 409 ALREADY_SIGNED once one has. */
  attachDocumentFile: (
    projectId: string,
    documentId: string,
    number: number,
    file: File,
    onProgress?: (sent: number) => void,
  ) => {
    const form = new FormData();
    form.append("file", file);
    return upload<{ file: DocumentFile }>(
      `/projects/${id(projectId)}/documents/${id(documentId)}/versions/${number}/files`,
      form,
      onProgress,
    );
  },
  removeDocumentFile: (projectId: string, documentId: string, number: number, fileId: string) =>
    request<void>(
      "DELETE",
      `/projects/${id(projectId)}/documents/${id(documentId)}/versions/${number}/files/${id(fileId)}`,
    ),
  documentFileUrl: (projectId: string, documentId: string, number: number, fileId: string) =>
    `${base}/projects/${id(projectId)}/documents/${id(documentId)}/versions/${number}/files/${id(fileId)}`,
  /** Names who signs documents for a partner; null names no one. */
  setSignatory: (projectId: string, organizationId: string, userId: string | null) =>
    request<{ partner: { organizationId: string; signatory: PersonRef | null } }>(
      "PUT",
      `/projects/${id(projectId)}/partners/${id(organizationId)}/signatory`,
      { userId },
    ),
  documentPdfUrl: (projectId: string, documentId: string, number: number, language: Locale) =>
    `${base}/projects/${id(projectId)}/documents/${id(documentId)}/versions/${number}.pdf?language=${language}`,
  audit: (projectId: string) =>
    request<{ entries: AuditEntry[]; verification: AuditVerification }>(
      "GET",
      `/projects/${id(projectId)}/audit`,
    ),

  schedules: (projectId: string) =>
    request<{ schedules: ScheduleSummary[] }>("GET", `/projects/${id(projectId)}/schedules`),
  createSchedule: (projectId: string, input: NewScheduleInput) =>
    request<Board>("POST", `/projects/${id(projectId)}/schedules`, input),
  board: (projectId: string, scheduleId: string) =>
    request<Board>("GET", `/projects/${id(projectId)}/schedules/${id(scheduleId)}`),
  publishSchedule: (projectId: string, scheduleId: string, version: number) =>
    request<{ schedule: Schedule }>(
      "POST",
      `/projects/${id(projectId)}/schedules/${id(scheduleId)}/publish`,
      { version },
    ),
  deleteSchedule: (projectId: string, scheduleId: string) =>
    request<void>("DELETE", `/projects/${id(projectId)}/schedules/${id(scheduleId)}`),
  /** Answers the board after the move; 409 STRIP_LOCKED, DAY_LOCKED, BOARD_PUBLISHED or VERSION_CONFLICT. */
  moveStrips: (projectId: string, scheduleId: string, input: StripMoveInput) =>
    request<Board>("POST", `/projects/${id(projectId)}/schedules/${id(scheduleId)}/moves`, input),
  lockStrip: (projectId: string, scheduleId: string, lineageId: string, version: number, locked: boolean) =>
    request<Board>(
      "PATCH",
      `/projects/${id(projectId)}/schedules/${id(scheduleId)}/strips/${id(lineageId)}`,
      { version, locked },
    ),
  lockDay: (projectId: string, scheduleId: string, dayId: string, version: number, locked: boolean) =>
    request<Board>("PATCH", `/projects/${id(projectId)}/schedules/${id(scheduleId)}/days/${id(dayId)}`, {
      version,
      locked,
    }),
  /** A new draft with the board's days, strips and locks. */
  copySchedule: (projectId: string, scheduleId: string, name: string) =>
    request<Board>("POST", `/projects/${id(projectId)}/schedules/${id(scheduleId)}/copy`, { name }),
  optimizerRuns: (projectId: string, scheduleId: string) =>
    request<{ runs: OptimizerRun[] }>(
      "GET",
      `/projects/${id(projectId)}/schedules/${id(scheduleId)}/optimizer-runs`,
    ),
  optimizerRun: (projectId: string, scheduleId: string, runId: string) =>
    request<{ run: OptimizerRun }>(
      "GET",
      `/projects/${id(projectId)}/schedules/${id(scheduleId)}/optimizer-runs/${id(runId)}`,
    ),
  startOptimizerRun: (projectId: string, scheduleId: string, input: OptimizerRunInput) =>
    request<{ run: OptimizerRun }>(
      "POST",
      `/projects/${id(projectId)}/schedules/${id(scheduleId)}/optimizer-runs`,
      input,
    ),
  /** cancel: stop a queued or running run; accept: put its schedule on the board (409 VERSION_CONFLICT when
   * the board changed meanwhile); discard: put its result aside. */
  decideOptimizerRun: (
    projectId: string,
    scheduleId: string,
    runId: string,
    decision: "cancel" | "accept" | "discard",
  ) =>
    request<{ run: OptimizerRun }>(
      "POST",
      `/projects/${id(projectId)}/schedules/${id(scheduleId)}/optimizer-runs/${id(runId)}/${decision}`,
    ),

  myInvitations: () => request<{ invitations: MyInvitation[] }>("GET", "/invitations"),
  acceptInvitation: (invitationId: string) =>
    request<unknown>("POST", `/invitations/${id(invitationId)}/accept`),
};
