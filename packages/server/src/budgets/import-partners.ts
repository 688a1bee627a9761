// An imported file names its own partners; in the project they are organizations. Each file partner is the
// project partner with its id, or else the one with exactly its name in any language. Anything else — no such
// partner, or two with that name — is an error naming the file's partner.
import type { Budget, BudgetError, BudgetPartner } from "@kinomost/core";
import type { ProjectPartner } from "./partners.ts";

export function mapFilePartners(
  filePartners: readonly BudgetPartner[],
  project: readonly ProjectPartner[],
): { ok: true; value: Map<string, string> } | { ok: false; errors: BudgetError[] } {
  const map = new Map<string, string>();
  const errors: BudgetError[] = [];
  filePartners.forEach((partner, index) => {
    const path = `partners[${index}]`;
    const byId = project.find((candidate) => candidate.id === partner.id);
    const byName = project.filter((candidate) => candidate.names.includes(partner.name));
    const match = byId ?? (byName.length === 1 ? byName[0] : undefined);
    if (match) map.set(partner.id, match.id);
    else
      errors.push({
        code: "UNKNOWN_PARTNER",
        path,
        message:
          byName.length > 1
            ? `${path}: several partners of the project are named "${partner.name}"; name it by its organization id`
            : `${path}: "${partner.name}" (${partner.id}) is not a partner of the project, by organization id or by name`,
      });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: map };
}

/** The budget with every partner reference turned into the project's organization id. */
export function withPartnerIds(budget: Budget, map: ReadonlyMap<string, string>): Budget {
  const to = <T extends { partner?: string }>(item: T): T =>
    item.partner === undefined ? item : { ...item, partner: map.get(item.partner) ?? item.partner };
  return {
    ...budget,
    partners: [],
    categories: budget.categories.map((category) => ({
      ...to(category),
      accounts: category.accounts.map((account) => ({ ...to(account), lines: account.lines.map(to) })),
    })),
  };
}
