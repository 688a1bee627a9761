// The project's consortium as the core's qualification engine reads it, assembled from the database: the
// accepted partners with their agreed shares and contributions, people with citizenship and days worked,
// production places, money by partner and territory, the work partners do in kind, and the agreed rates.
import { and, asc, count, eq, inArray } from "drizzle-orm";
import {
  isCountryCode,
  isCurrencyCode,
  type AgreedRate,
  type CompanyWork,
  type Consortium,
  type CountryCode,
  type CurrencyCode,
  type Financing,
  type Partner,
  type PartnerRole,
  type Person,
  type PersonRole,
  type Place,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";

const country = (code: string) => code.toUpperCase() as CountryCode;
const currency = (code: string) => code.toUpperCase() as CurrencyCode;

export interface AssembledConsortium {
  consortium: Consortium;
  /** Partners whose share is not agreed yet (by organization id): the engine needs every share. */
  missingShares: string[];
  names: Map<string, string>;
}

/**
 * A co-producer with the largest agreed share is the majority partner (the lead producer wins a tie); other
 * co-producers are minority partners; financiers are financial-only partners.
 */
function consortiumRole(
  partner: { role: string; share: string | null; organizationId: string },
  largest: { organizationId: string } | undefined,
): PartnerRole {
  if (partner.role === "financier") return "financial";
  if (partner.role === "service") return "service";
  return partner.organizationId === largest?.organizationId ? "majority" : "minority";
}

export async function assembleConsortium(db: Database, projectId: string): Promise<AssembledConsortium> {
  const [project] = await db.select().from(schema.projects).where(eq(schema.projects.id, projectId));
  if (!project) throw new Error(`project ${projectId} not found`);
  const partners = await db
    .select({
      organizationId: schema.partners.organizationId,
      role: schema.partners.role,
      share: schema.partners.share,
      homeTerritories: schema.partners.homeTerritories,
      country: schema.organizations.country,
      names: schema.organizations.names,
    })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")))
    .orderBy(asc(schema.partners.invitedAt));
  const names = new Map(
    partners.map((partner) => [
      partner.organizationId,
      partner.names.ru ?? partner.names.en ?? Object.values(partner.names)[0] ?? "",
    ]),
  );
  const contributions = await loadContributions(db, projectId);
  const coProducers = partners.filter(
    (partner) => partner.role === "lead_producer" || partner.role === "co_producer",
  );
  const largest = [...coProducers].sort(
    (a, b) =>
      Number(b.share ?? 0) - Number(a.share ?? 0) ||
      Number(b.role === "lead_producer") - Number(a.role === "lead_producer"),
  )[0];

  const consortiumPartners: Partner[] = partners.map((partner) => ({
    id: partner.organizationId,
    name: names.get(partner.organizationId) ?? "",
    country: country(partner.country),
    role: consortiumRole(partner, largest),
    share: partner.share ?? "0",
    homeTerritories: partner.homeTerritories.filter(isCountryCode),
    contributions: contributions
      .filter((contribution) => contribution.organizationId === partner.organizationId)
      .map((contribution) => ({
        kind: contribution.kind,
        ...(contribution.category ? { category: contribution.category } : {}),
        ...(contribution.description ? { description: contribution.description } : {}),
        currency: currency(contribution.currency),
        ...(contribution.fxDate ? { fxDate: contribution.fxDate } : {}),
        instalments: contribution.instalments.map((instalment) => ({
          due: instalment.due,
          amount: { minor: instalment.amountMinor, currency: currency(contribution.currency) },
          ...(instalment.deliveredMinor !== null
            ? { delivered: { minor: instalment.deliveredMinor, currency: currency(contribution.currency) } }
            : {}),
          ...(instalment.deliveredOn ? { deliveredOn: instalment.deliveredOn } : {}),
        })),
      })),
  }));

  const financing: Financing[] = contributions
    .filter((contribution) => contribution.kind === "cash")
    .map((contribution) => ({
      partnerId: contribution.organizationId,
      territory: country(
        contribution.territory ??
          partners.find((partner) => partner.organizationId === contribution.organizationId)?.country ??
          "RU",
      ),
      source: contribution.source,
      amount: {
        minor: contribution.instalments.reduce((sum, instalment) => sum + instalment.amountMinor, 0n),
        currency: currency(contribution.currency),
      },
    }));

  const companies: CompanyWork[] = contributions
    .filter((contribution) => contribution.kind === "in-kind")
    .map((contribution) => ({
      name: names.get(contribution.organizationId) ?? "",
      country: country(
        partners.find((partner) => partner.organizationId === contribution.organizationId)?.country ?? "RU",
      ),
      amount: {
        minor: contribution.instalments.reduce((sum, instalment) => sum + instalment.amountMinor, 0n),
        currency: currency(contribution.currency),
      },
    }));

  const rates: AgreedRate[] = (
    await db.select().from(schema.agreedRates).where(eq(schema.agreedRates.projectId, projectId))
  ).map((rate) => ({
    currency: currency(rate.currency),
    perUnit: rate.perUnit,
    ...(rate.date ? { date: rate.date } : {}),
    source: rate.source,
  }));

  const consortium: Consortium = {
    title: project.titles.ru ?? project.titles.en ?? Object.values(project.titles)[0] ?? "",
    kind: project.workKind,
    currency: isCurrencyCode(project.reportingCurrency) ? project.reportingCurrency : currency("RUB"),
    rates,
    partners: consortiumPartners,
    people: await loadPeople(db, projectId),
    places: await loadPlaces(db, projectId),
    financing,
    companies,
    languageVersions: project.languageVersions,
  };
  return {
    consortium,
    missingShares: partners
      .filter((partner) => partner.share === null)
      .map((partner) => partner.organizationId),
    names,
  };
}

export async function loadContributions(db: Database, projectId: string) {
  const rows = await db
    .select()
    .from(schema.contributions)
    .where(eq(schema.contributions.projectId, projectId))
    .orderBy(asc(schema.contributions.createdAt), asc(schema.contributions.id));
  const instalments =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(schema.instalments)
          .where(
            inArray(
              schema.instalments.contributionId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(schema.instalments.position));
  return rows.map((row) => ({
    ...row,
    instalments: instalments.filter((instalment) => instalment.contributionId === row.id),
  }));
}

async function loadPeople(db: Database, projectId: string): Promise<Person[]> {
  const people = await db.select().from(schema.people).where(eq(schema.people.projectId, projectId));
  if (people.length === 0) return [];
  const roles = await db
    .select()
    .from(schema.personRoles)
    .where(
      inArray(
        schema.personRoles.personId,
        people.map((person) => person.id),
      ),
    );
  const scenes = await scenesByElement(
    db,
    roles.flatMap((role) => (role.elementId ? [role.elementId] : [])),
  );
  return people.flatMap((person) =>
    roles
      .filter((role) => role.personId === person.id)
      .map((role) => {
        const sceneCount = role.elementId ? scenes.get(role.elementId) : undefined;
        return {
          name: person.name,
          role: role.role as PersonRole,
          citizenship: person.citizenship.filter(isCountryCode),
          ...(person.residence && isCountryCode(person.residence) ? { residence: person.residence } : {}),
          ...(role.daysWorked !== null ? { daysWorked: role.daysWorked } : {}),
          ...(sceneCount !== undefined ? { scenes: sceneCount } : {}),
        };
      }),
  );
}

/**
 * How many scenes each cast element is confirmed in: what ranks the lead roles of actors whose shooting days are
 * not entered yet.
 */
async function scenesByElement(db: Database, elementIds: readonly string[]): Promise<Map<string, number>> {
  if (elementIds.length === 0) return new Map();
  const rows = await db
    .select({ elementId: schema.sceneElements.elementId, scenes: count() })
    .from(schema.sceneElements)
    .where(
      and(
        inArray(schema.sceneElements.elementId, [...elementIds]),
        eq(schema.sceneElements.status, "confirmed"),
      ),
    )
    .groupBy(schema.sceneElements.elementId);
  return new Map(rows.map((row) => [row.elementId, row.scenes]));
}

async function loadPlaces(db: Database, projectId: string): Promise<Place[]> {
  const places = await db
    .select()
    .from(schema.productionPlaces)
    .where(eq(schema.productionPlaces.projectId, projectId));
  return places.map((place) => ({
    kind: place.kind,
    country: country(place.country),
    ...(place.days !== null ? { days: place.days } : {}),
    ...(place.spendMinor !== null && place.spendCurrency
      ? { spend: { minor: place.spendMinor, currency: currency(place.spendCurrency) } }
      : {}),
  }));
}
