// For the documents tests only: the demo's five studios signed in, and terms built from them with overrides.
import { demoPassword } from "../demo/iskra.ts";
import type { TestApp, TestClient } from "../testing/test-app.ts";
import type { DocumentTermsInput } from "./terms.ts";

export interface Studio {
  country: string;
  organizationId: string;
  userId: string;
  name: string;
  client: TestClient;
}

const logins: Record<string, string> = {
  RU: "producer@iskra.demo",
  BY: "accountant@belarusfilm.demo",
  KZ: "lineproducer@kinoliga.demo",
  TJ: "ad@tajikfilm.demo",
  KG: "costume@kyrgyzfilm.demo",
};

/** The demo project and its studios in the memorandum's order (RU, BY, KZ, TJ, KG), each user signed in. */
export async function openDemoConsortium(t: TestApp) {
  const studios: Studio[] = [];
  let projectId = "";
  for (const [country, email] of Object.entries(logins)) {
    const client = t.client();
    const login = await client.login(email, demoPassword);
    if (login.status !== 200) throw new Error(`login ${email}: ${JSON.stringify(login.body)}`);
    const [project] = (await client.get("/api/v1/projects")).body.projects as {
      id: string;
      partners: { organizationId: string; country: string }[];
    }[];
    projectId = project!.id;
    const partner = project!.partners.find((row) => row.country === country)!;
    studios.push({
      country,
      organizationId: partner.organizationId,
      userId: login.body.user.id,
      name: login.body.user.name,
      client,
    });
  }
  const byCountry = (country: string) => studios.find((studio) => studio.country === country)!;
  return { projectId, studios, byCountry, producer: byCountry("RU").client };
}

export type DemoConsortium = Awaited<ReturnType<typeof openDemoConsortium>>;

/** Memorandum terms for the studios: shares 40/20/20/10/10 unless overridden. */
export function demoTerms(
  studios: readonly Studio[],
  overrides: Partial<DocumentTermsInput> = {},
): DocumentTermsInput {
  const shares = ["40", "20", "20", "10", "10"];
  return {
    parties: studios.map((studio, index) => ({
      organizationId: studio.organizationId,
      role: index === 0 ? "lead_producer" : "co_producer",
      share: shares[index] ?? "0",
    })),
    territories: studios.map((studio) => ({
      organizationId: studio.organizationId,
      countries: [studio.country],
    })),
    contributions: [
      {
        organizationId: studios[0]!.organizationId,
        kind: "cash",
        currency: "RUB",
        amount: "150000000.00",
        due: "2027-03-01",
      },
      {
        organizationId: studios[1]!.organizationId,
        kind: "in-kind",
        description: "павильоны студии",
        currency: "BYN",
        amount: "2500000",
        due: "2027-04-01",
      },
    ],
    deadlines: [{ what: "Начало съёмок", date: "2027-06-01" }],
    governingTreaty: "Соглашение СНГ о совместном фильмопроизводстве (2008)",
    languageVersions: ["ru", "kk"],
    notes: "Стороны намерены заключить соглашение.\nМеморандум не создаёт денежных обязательств.",
    ...overrides,
  };
}

/** Names each studio's demo user as its signatory, each by themselves (every demo user is their studio's admin). */
export async function nameDemoSignatories(consortium: DemoConsortium) {
  for (const studio of consortium.studios) {
    const response = await studio.client.put(
      `/api/v1/projects/${consortium.projectId}/partners/${studio.organizationId}/signatory`,
      { userId: studio.userId },
    );
    if (response.status !== 200) throw new Error(`signatory: ${JSON.stringify(response.body)}`);
  }
}
