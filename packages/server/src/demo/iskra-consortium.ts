// The demo's consortium: the deal of «Искра» as its core fixture describes it (shares RU 40, BY 20, KZ 20,
// TJ 10, KG 10; cash and in-kind contributions, partly delivered; key crew and cast with citizenships;
// shooting and post-production places; agreed rates), written into the project through the same tables the
// API uses, with audit entries for the money events.
import { and, eq } from "drizzle-orm";
import { validateConsortium, type CurrencyCode } from "@kinomost/core";
import iskra from "@kinomost/core/fixtures/iskra-consortium.json" with { type: "json" };
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";

/** The version each studio's home audience is owed besides the Russian original (ISO 639-1). */
const versionLanguage: Record<string, string> = {
  RU: "en",
  BY: "be",
  KZ: "kk",
  TJ: "tg",
  KG: "ky",
  UZ: "uz",
};

/** Who plays whom among the characters the pilot's cues made. */
const characters: Record<string, string> = { "Иван Светлов": "ЛЕБЕДЕВ", "Янина Кравец": "ВЕРА" };

export async function seedIskraConsortium(
  db: Database,
  input: { projectId: string; producerUserId: string; now: Date },
): Promise<void> {
  const read = validateConsortium(iskra);
  if (!read.ok) throw new Error(`the demo consortium fixture is invalid: ${read.errors[0]?.message}`);
  const fixture = read.value;
  const { projectId, now } = input;
  const partners = await db
    .select({
      organizationId: schema.partners.organizationId,
      country: schema.organizations.country,
      names: schema.organizations.names,
    })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(eq(schema.partners.projectId, projectId));
  const organizationOf = (country: string) =>
    partners.find((partner) => partner.country === country)?.organizationId;
  const russianNameOf = (country: string) =>
    partners.find((partner) => partner.country === country)?.names.ru;
  const cast = await db
    .select({ id: schema.breakdownElements.id, name: schema.breakdownElements.name })
    .from(schema.breakdownElements)
    .where(
      and(eq(schema.breakdownElements.projectId, projectId), eq(schema.breakdownElements.category, "cast")),
    );

  await db.transaction(async (tx) => {
    await tx
      .update(schema.projects)
      .set({
        workKind: fixture.kind,
        reportingCurrency: fixture.currency,
        rulePacks: ["european-convention-1992", "russia-national-film"],
        languageVersions: ["ru", "be", "kk", "tg", "ky", "en"],
      })
      .where(eq(schema.projects.id, projectId));
    await tx.insert(schema.agreedRates).values(
      fixture.rates.map((rate) => ({
        projectId,
        currency: rate.currency,
        perUnit: rate.perUnit,
        date: rate.date ?? null,
        source: rate.source ?? "agreement",
      })),
    );
    for (const partner of fixture.partners) {
      const organizationId = organizationOf(partner.country);
      if (!organizationId) continue;
      await tx
        .update(schema.partners)
        .set({
          share: partner.share,
          homeTerritories: [...partner.homeTerritories],
          obligations: {
            credit: `при участии «${russianNameOf(partner.country) ?? partner.name}»`,
            languageVersions: ["ru", versionLanguage[partner.country] ?? "en"],
          },
        })
        .where(
          and(eq(schema.partners.projectId, projectId), eq(schema.partners.organizationId, organizationId)),
        );
      for (const contribution of partner.contributions) {
        const [row] = await tx
          .insert(schema.contributions)
          .values({
            projectId,
            organizationId,
            kind: contribution.kind,
            category: contribution.category ?? null,
            description: contribution.description ?? null,
            currency: contribution.currency,
            fxDate: contribution.fxDate ?? null,
            territory: partner.country,
            source: "private",
            createdAt: now,
          })
          .returning({ id: schema.contributions.id });
        await tx.insert(schema.instalments).values(
          contribution.instalments.map((instalment, position) => ({
            contributionId: row!.id,
            position,
            due: instalment.due,
            amountMinor: instalment.amount.minor,
            deliveredMinor: instalment.delivered?.minor ?? null,
            deliveredOn: instalment.deliveredOn ?? null,
          })),
        );
        await appendAudit(tx, {
          projectId,
          actor: input.producerUserId,
          action: "contribution.committed",
          subject: `contribution:${row!.id}`,
          data: { organizationId, kind: contribution.kind, currency: contribution.currency as CurrencyCode },
          at: now,
        });
      }
    }
    for (const person of fixture.people) {
      const [row] = await tx
        .insert(schema.people)
        .values({
          projectId,
          name: person.name,
          citizenship: [...person.citizenship],
          residence: person.residence ?? person.citizenship[0] ?? null,
          organizationId: organizationOf(person.citizenship[0] ?? "") ?? null,
          createdAt: now,
        })
        .returning({ id: schema.people.id });
      await tx.insert(schema.personRoles).values({
        personId: row!.id,
        role: person.role,
        elementId: cast.find((element) => element.name === characters[person.name])?.id ?? null,
        daysWorked: person.daysWorked ?? null,
      });
    }
    await tx.insert(schema.productionPlaces).values(
      fixture.places.map((place) => ({
        projectId,
        kind: place.kind,
        country: place.country,
        days: place.days ?? null,
        spendMinor: place.spend?.minor ?? null,
        spendCurrency: place.spend?.currency ?? null,
      })),
    );
  });
}
