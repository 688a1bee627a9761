// Who may do what inside a co-production project. The server resolves the caller's role first
// and asks `canPerform`; nothing else in the product decides permissions.

export const projectRoles = [
  "producer",
  "line_producer",
  "production_accountant",
  "assistant_director",
  "department_head",
  "viewer",
] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const organizationRoles = ["admin", "member"] as const;
export type OrganizationRole = (typeof organizationRoles)[number];

export const projectActions = [
  "project.read",
  "project.update",
  "project.partners.invite",
  "project.members.read",
  "project.members.manage",
  "scripts.import",
  "scenes.edit",
  "breakdown.edit",
  "locations.edit",
  "schedule.read",
  "schedule.edit",
  "consortium.read",
  "consortium.edit",
  "contributions.edit",
  "documents.edit",
  "documents.sign",
  "audit.read",
  "budget.read",
  "budget.edit",
  "budget.lock",
  "rates.edit",
  "actuals.read",
  "actuals.edit",
] as const;
export type ProjectAction = (typeof projectActions)[number];

const everyone = new Set<ProjectRole>(projectRoles);
const producers = new Set<ProjectRole>(["producer"]);
const leadership = new Set<ProjectRole>(["producer", "line_producer"]);
const scriptKeepers = new Set<ProjectRole>(["producer", "line_producer", "assistant_director"]);
const breakdownKeepers = new Set<ProjectRole>([...scriptKeepers, "department_head"]);
const moneyKeepers = new Set<ProjectRole>(["producer", "line_producer", "production_accountant"]);
const dealReaders = moneyKeepers;

const allowed: Record<ProjectAction, ReadonlySet<ProjectRole>> = {
  "project.read": everyone,
  "project.update": leadership,
  "project.partners.invite": producers,
  "project.members.read": everyone,
  "project.members.manage": producers,
  "scripts.import": scriptKeepers,
  "scenes.edit": scriptKeepers,
  // Department heads tag what their department brings (props, costume, weapons) in the scenes.
  "breakdown.edit": breakdownKeepers,
  "locations.edit": scriptKeepers,
  // The whole crew works from the КПП; the second director builds it with the producers who pay for it.
  "schedule.read": everyone,
  "schedule.edit": scriptKeepers,
  // The deal is the producers' business; accountants see it and record what partners deliver.
  "consortium.read": dealReaders,
  "consortium.edit": producers,
  "contributions.edit": moneyKeepers,
  "documents.edit": producers,
  // Any member may be their studio's signatory; the server checks that the signer is the one named.
  "documents.sign": everyone,
  "audit.read": dealReaders,
  // The budget is the money people's: the line producer builds it, the accountant keeps it, the producer locks it.
  "budget.read": moneyKeepers,
  "budget.edit": moneyKeepers,
  "budget.lock": producers,
  "rates.edit": moneyKeepers,
  // Actuals are a partner's own books: the server further limits them to the partner and those it shares with.
  "actuals.read": moneyKeepers,
  "actuals.edit": moneyKeepers,
};

/**
 * Whether a member with `role` may perform `action`. Some actions are further limited to the lead
 * producer's organization; `isLeadOrganization` says whether the caller acts for it.
 */
export function canPerform(role: ProjectRole, action: ProjectAction, isLeadOrganization: boolean): boolean {
  if (!allowed[action].has(role)) return false;
  if (action === "project.partners.invite") return isLeadOrganization;
  return true;
}

export function isProjectRole(value: string): value is ProjectRole {
  return (projectRoles as readonly string[]).includes(value);
}
