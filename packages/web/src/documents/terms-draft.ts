// The terms of a document as a form edits them (every value a string, lists in the order typed) and the two
// ways in and out: from a version's terms or from the consortium, and back to the terms the server validates.
// Rows are never dropped on the way out, so "terms.contributions.3.amount" in an answer is the fourth row here.
import type { Consortium, Contribution, DocumentTerms, PartnerRole } from "../api/types.ts";

export interface PartyDraft {
  organizationId: string;
  role: PartnerRole;
  share: string;
}

export interface TerritoryDraft {
  organizationId: string;
  /** ISO 3166-1 codes as typed: "KZ, UZ". */
  countries: string;
}

export interface ContributionDraft {
  organizationId: string;
  kind: "cash" | "in-kind";
  description: string;
  currency: string;
  amount: string;
  due: string;
}

export interface DeadlineDraft {
  what: string;
  date: string;
}

export interface TermsDraft {
  parties: PartyDraft[];
  territories: TerritoryDraft[];
  contributions: ContributionDraft[];
  deadlines: DeadlineDraft[];
  /** A rule pack's id or the treaty in words; "" for none. */
  governingTreaty: string;
  /** Language codes as typed: "ru, kk". */
  languageVersions: string;
  notes: string;
}

export const emptyTermsDraft: TermsDraft = {
  parties: [],
  territories: [],
  contributions: [],
  deadlines: [],
  governingTreaty: "",
  languageVersions: "",
  notes: "",
};

/** The codes in a typed list: "kz, uz;RU" → ["kz", "uz", "RU"]. */
export function splitCodes(text: string): string[] {
  return text.split(/[\s,;]+/u).filter((code) => code !== "");
}

export function draftFromTerms(terms: DocumentTerms): TermsDraft {
  return {
    parties: terms.parties.map((party) => ({ ...party })),
    territories: terms.territories.map((territory) => ({
      organizationId: territory.organizationId,
      countries: territory.countries.join(", "),
    })),
    contributions: terms.contributions.map((contribution) => ({
      ...contribution,
      description: contribution.description ?? "",
    })),
    deadlines: terms.deadlines.map((deadline) => ({ ...deadline })),
    governingTreaty: terms.governingTreaty ?? "",
    languageVersions: terms.languageVersions.join(", "),
    notes: terms.notes ?? "",
  };
}

/** A decimal as people type it ("12,5 ", "1 500 000,00") as the server reads decimals ("12.5", "1500000.00"). */
function decimalText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/gu, "").replace(",", ".");
}

const nullIfBlank = (text: string) => (text.trim() === "" ? null : text.trim());

export function termsFromDraft(draft: TermsDraft): DocumentTerms {
  return {
    parties: draft.parties.map((party) => ({ ...party, share: decimalText(party.share) })),
    territories: draft.territories.map((territory) => ({
      organizationId: territory.organizationId,
      countries: splitCodes(territory.countries).map((code) => code.toUpperCase()),
    })),
    contributions: draft.contributions.map((contribution) => ({
      ...contribution,
      description: nullIfBlank(contribution.description),
      currency: contribution.currency.trim().toUpperCase(),
      amount: decimalText(contribution.amount),
    })),
    deadlines: draft.deadlines.map((deadline) => ({ what: deadline.what.trim(), date: deadline.date })),
    governingTreaty: nullIfBlank(draft.governingTreaty),
    // "RU" → "ru", but a script keeps its capital: "uz-Cyrl".
    languageVersions: splitCodes(draft.languageVersions).map((code) =>
      code.replace(/^[a-z]+/iu, (language) => language.toLowerCase()),
    ),
    notes: nullIfBlank(draft.notes),
  };
}

/**
 * The terms as the consortium already has them: every partner with its agreed share and role, its home
 * territories, each instalment of each contribution as one obligation with its due date, the language versions,
 * and the first treaty the project is checked against. Nothing is invented: a share not agreed stays blank.
 */
export function draftFromConsortium(
  consortium: Pick<Consortium, "partners" | "rulePacks" | "languageVersions">,
  contributions: readonly Contribution[],
): TermsDraft {
  const partners = consortium.partners;
  const isParty = new Set(partners.map((partner) => partner.organizationId));
  // The partners' order, so each studio's contributions read together.
  const order = new Map(partners.map((partner, index) => [partner.organizationId, index]));
  return {
    parties: partners.map((partner) => ({
      organizationId: partner.organizationId,
      role: partner.role,
      share: partner.share ?? "",
    })),
    territories: partners
      .filter((partner) => partner.homeTerritories.length > 0)
      .map((partner) => ({
        organizationId: partner.organizationId,
        countries: partner.homeTerritories.join(", "),
      })),
    contributions: contributions
      .filter((contribution) => isParty.has(contribution.organizationId))
      .toSorted((a, b) => (order.get(a.organizationId) ?? 0) - (order.get(b.organizationId) ?? 0))
      .flatMap((contribution) =>
        contribution.instalments.map((instalment) => ({
          organizationId: contribution.organizationId,
          kind: contribution.kind,
          description: contribution.description ?? "",
          currency: contribution.currency,
          amount: instalment.amount,
          due: instalment.due,
        })),
      ),
    deadlines: [],
    governingTreaty: consortium.rulePacks[0] ?? "",
    languageVersions: consortium.languageVersions.join(", "),
    notes: "",
  };
}
