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
