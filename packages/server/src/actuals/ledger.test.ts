import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import type { ProjectAccess } from "../projects/access.ts";
import { belarusLedger, createActualsWorld, utf8, type ActualsWorld } from "./testing.ts";
import { visibleActualPartners } from "./visibility.ts";

interface ActualJson {
  id: string;
  partnerId: string;
  date: string;
  vendor: string;
  amount: string;
  currency: string;
  version: number;
}

describe.each(backends)("the actuals ledger on %s", (backend) => {
  let w: ActualsWorld;
  let belarusRows: ActualJson[];

  beforeAll(async () => {
    w = await createActualsWorld(backend);
    const imported = await w.upload(w.belarus, "/actuals/imports", {
      name: "april.csv",
      bytes: utf8(belarusLedger),
    });
    expect(imported.status).toBe(201);
    belarusRows = (await w.belarus.get(w.api("/actuals"))).body.actuals;
  });
  afterAll(() => w.t.close());

  const list = async (client: ActualsWorld["belarus"], query = "") => {
    const response = await client.get(w.api(`/actuals${query}`));
    expect(response.status).toBe(200);
    return response.body as {
      actuals: ActualJson[];
      nextCursor: string | null;
      totals: { currency: string; amount: string; amountMinor: string; minorUnits: number; count: number }[];
      partners: string[];
    };
  };

  it("keeps Belarusfilm's actuals from Kazakhstan until shared, and shows them to 1-2-3 Production when shared", async () => {
    expect(belarusRows).toHaveLength(3);
    expect((await list(w.kazakh)).actuals).toEqual([]);
    expect((await list(w.kazakh, `?partner=${w.orgs.belarus}`)).totals).toEqual([]);
    expect((await list(w.producer)).actuals).toEqual([]);

    const share = await w.belarus.put(w.api("/actuals/sharing"), { viewers: [w.orgs.lead] });
    expect(share.status).toBe(200);
    expect(share.body.sharing).toMatchObject({
      organizationId: w.orgs.belarus,
      viewers: [w.orgs.lead],
      sharedWithUs: [],
    });
    const lead = await list(w.producer);
    expect(lead.partners.sort()).toEqual([w.orgs.lead, w.orgs.belarus].sort());
    expect(lead.actuals.map((row) => row.id)).toEqual(belarusRows.map((row) => row.id));
    expect((await list(w.kazakh)).actuals).toEqual([]);
    const leadSharing = (await w.producer.get(w.api("/actuals/sharing"))).body.sharing;
    expect(leadSharing).toMatchObject({
      viewers: [],
      sharedWithUs: [w.orgs.belarus],
      organization: { id: w.orgs.lead, name: "1-2-3 Продакшн", country: "RU", role: "lead_producer" },
    });
    // Every other partner, named as the screen shows it, with which way the books are open.
    const named = leadSharing.partners as {
      id: string;
      name: string;
      viewer: boolean;
      sharesWithUs: boolean;
    }[];
    expect(named.map((partner) => partner.id)).not.toContain(w.orgs.lead);
    expect(named.find((partner) => partner.id === w.orgs.belarus)).toMatchObject({
      name: "Беларусьфильм",
      names: { en: "Belarusfilm" },
      country: "BY",
      viewer: false,
      sharesWithUs: true,
    });
    expect(named.find((partner) => partner.id === w.orgs.kazakh)).toMatchObject({
      viewer: false,
      sharesWithUs: false,
    });

    const both = await w.belarus.put(w.api("/actuals/sharing"), { viewers: [w.orgs.kazakh, w.orgs.lead] });
    expect(both.body.sharing.viewers.sort()).toEqual([w.orgs.lead, w.orgs.kazakh].sort());
    expect((await list(w.kazakh)).actuals).toHaveLength(3);
    expect((await w.belarus.put(w.api("/actuals/sharing"), { viewers: [w.orgs.lead] })).status).toBe(200);
    expect((await list(w.kazakh)).actuals).toEqual([]);

    const access = (organizationId: string): ProjectAccess => ({
      projectId: w.projectId,
      role: "line_producer",
      organizationId,
      isLeadOrganization: false,
      permissions: ["actuals.read"],
    });
    expect((await visibleActualPartners(w.t.database.db, access(w.orgs.lead))).sort()).toEqual(
      [w.orgs.lead, w.orgs.belarus].sort(),
    );
    expect(await visibleActualPartners(w.t.database.db, access(w.orgs.kazakh))).toEqual([w.orgs.kazakh]);
    expect(await visibleActualPartners(w.t.database.db, { ...access(w.orgs.lead), permissions: [] })).toEqual(
      [],
    );
  });

  it("refuses sharing with itself or an outsider, and to those without the money roles", async () => {
    const self = await w.belarus.put(w.api("/actuals/sharing"), { viewers: [w.orgs.belarus] });
    expect(self.status).toBe(400);
    expect(self.body.error.fields).toEqual([expect.objectContaining({ path: "viewers.0", code: "own" })]);
    const outsider = await w.t.newUser();
    const stranger = await w.belarus.put(w.api("/actuals/sharing"), { viewers: [outsider.organizationId] });
    expect(stranger.body.error.fields).toEqual([
      expect.objectContaining({ path: "viewers.0", code: "not_a_partner" }),
    ]);
    expect((await w.costume.put(w.api("/actuals/sharing"), { viewers: [] })).status).toBe(403);
    expect((await w.costume.get(w.api("/actuals"))).status).toBe(403);
    expect((await outsider.get(w.api("/actuals"))).status).toBe(404);
    expect((await outsider.get(w.api("/actuals/sharing"))).status).toBe(404);
    expect((await w.belarus.get(w.api("/actuals/sharing"))).body.sharing.viewers).toEqual([w.orgs.lead]);
  });

  it("pages in date order with totals per currency for the whole filter", async () => {
    for (const [index, date] of ["2026-03-30", "2026-04-02", "2026-04-10", "2026-05-01"].entries()) {
      const added = await w.belarus.post(w.api("/actuals"), {
        date,
        vendor: `Поставщик ${index}`,
        account: "2300",
        currency: index === 3 ? "USD" : "BYN",
        amount: index === 3 ? "-10.5" : "100.05",
        country: "BY",
      });
      expect(added.status).toBe(201);
    }
    const pages: ActualJson[][] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await list(w.belarus, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      pages.push(page.actuals);
      expect(page.totals).toEqual([
        { currency: "BYN", amount: "16000.65", amountMinor: "1600065", minorUnits: 2, count: 5 },
        { currency: "RUB", amount: "45000.00", amountMinor: "4500000", minorUnits: 2, count: 1 },
        { currency: "USD", amount: "-10.50", amountMinor: "-1050", minorUnits: 2, count: 1 },
      ]);
      cursor = page.nextCursor;
    }
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    const dates = pages.flat().map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(pages.flat().map((row) => row.id)).size).toBe(7);

    const april = await list(w.belarus, "?from=2026-04-01&to=2026-04-30&account=2300");
    expect(april.actuals.map((row) => row.date)).toEqual(["2026-04-02", "2026-04-10"]);
    expect(april.totals).toEqual([expect.objectContaining({ currency: "BYN", amount: "200.10", count: 2 })]);
    expect((await list(w.belarus, "?country=RU")).actuals.map((row) => row.currency)).toEqual(["RUB"]);
    const badCursor = await w.belarus.get(w.api("/actuals?cursor=bm9wZQ"));
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.fields).toEqual([expect.objectContaining({ path: "cursor" })]);
    expect((await w.belarus.get(w.api("/actuals?from=2026-02-31"))).status).toBe(400);
  });

  it("keeps single costs in one's own books: 404 unseen, 403 another's, 409 stale", async () => {
    const mine = belarusRows[0]!;
    const outsider = await w.t.newUser();
    expect((await outsider.patch(w.api(`/actuals/${mine.id}`), { version: 1, vendor: "x" })).status).toBe(
      404,
    );
    expect((await w.kazakh.patch(w.api(`/actuals/${mine.id}`), { version: 1, vendor: "x" })).status).toBe(
      404,
    );
    expect((await w.kazakh.delete(w.api(`/actuals/${mine.id}?version=1`))).status).toBe(404);
    // Shared with the lead: visible to its producer, and still not theirs to change.
    expect((await w.producer.patch(w.api(`/actuals/${mine.id}`), { version: 1, vendor: "x" })).status).toBe(
      403,
    );
    expect((await w.producer.delete(w.api(`/actuals/${mine.id}?version=1`))).status).toBe(403);
    expect((await w.costume.patch(w.api(`/actuals/${mine.id}`), { version: 1, vendor: "x" })).status).toBe(
      403,
    );

    const changed = await w.belarus.patch(w.api(`/actuals/${mine.id}`), {
      version: 1,
      vendor: "ООО «Светотехника Плюс»",
      amount: "12600.00",
    });
    expect(changed.status).toBe(200);
    expect(changed.body.actual).toMatchObject({
      vendor: "ООО «Светотехника Плюс»",
      amount: "12600.00",
      version: 2,
    });
    const stale = await w.belarus.patch(w.api(`/actuals/${mine.id}`), { version: 1, vendor: "Другой" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.actual).toMatchObject({ version: 2, vendor: "ООО «Светотехника Плюс»" });
    expect((await w.belarus.delete(w.api(`/actuals/${mine.id}?version=1`))).status).toBe(409);

    const decimals = await w.belarus.patch(w.api(`/actuals/${mine.id}`), { version: 2, amount: "1.005" });
    expect(decimals.status).toBe(400);
    expect(decimals.body.error.fields).toEqual([expect.objectContaining({ path: "amount" })]);
    const currencyAlone = await w.belarus.patch(w.api(`/actuals/${mine.id}`), {
      version: 2,
      currency: "JPY",
    });
    expect(currencyAlone.body.error.fields).toEqual([
      expect.objectContaining({ path: "amount", code: "required" }),
    ]);
    const yen = await w.belarus.patch(w.api(`/actuals/${mine.id}`), {
      version: 2,
      currency: "JPY",
      amount: "1500",
    });
    expect(yen.body.actual).toMatchObject({
      currency: "JPY",
      amount: "1500",
      amountMinor: "1500",
      minorUnits: 0,
    });

    const bad = await w.belarus.post(w.api("/actuals"), {
      date: "2026-02-31",
      vendor: "",
      account: "2100",
      currency: "RUR",
      amount: "12,5.0",
      country: "XX",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(
      ["amount", "country", "currency", "date", "vendor"].sort(),
    );

    // Against a chosen budget, as the import checks: an account the budget does not have is refused by name.
    const budgets = (await w.belarus.get(w.api("/budgets"))).body.budgets as { id: string }[];
    const budget = (await w.belarus.get(w.api(`/budgets/${budgets[0]!.id}`))).body;
    const known = budget.document.categories[0].accounts[0].code as string;
    const before = await w.count("actuals");
    const cost = {
      date: "2026-04-20",
      vendor: "ИП Петров",
      currency: "BYN",
      amount: "10.00",
      country: "BY",
      budgetId: budgets[0]!.id,
    };
    const unknown = await w.belarus.post(w.api("/actuals"), { ...cost, account: "9999" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([
      expect.objectContaining({ path: "account", code: "unknown_account" }),
    ]);
    const otherBudget = await w.belarus.post(w.api("/actuals"), {
      ...cost,
      account: known,
      budgetId: "00000000-0000-4000-8000-000000000000",
    });
    expect(otherBudget.body.error.fields).toEqual([expect.objectContaining({ path: "budgetId" })]);
    expect(await w.count("actuals")).toBe(before);
    const knownCost = await w.belarus.post(w.api("/actuals"), { ...cost, account: known });
    expect(knownCost.status).toBe(201);
    const moved = await w.belarus.patch(w.api(`/actuals/${knownCost.body.actual.id}`), {
      version: 1,
      account: "9999",
      budgetId: budgets[0]!.id,
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields).toEqual([expect.objectContaining({ path: "account" })]);

    expect((await w.belarus.delete(w.api(`/actuals/${mine.id}?version=3`))).status).toBe(204);
    expect((await w.belarus.delete(w.api(`/actuals/${mine.id}?version=3`))).status).toBe(404);
    const audit = (await w.producer.get(w.api("/audit"))).body.entries as { action: string; data: object }[];
    const edits = audit.filter((entry) => entry.action.startsWith("actual."));
    expect(edits.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["actual.created", "actual.edited", "actual.deleted"]),
    );
    // Every partner's money people read the log: it names the books and the fields, never the amounts.
    expect(JSON.stringify(edits)).not.toContain("12600");
    expect(edits.find((entry) => entry.action === "actual.edited")!.data).toEqual({
      partnerId: w.orgs.belarus,
      version: 2,
      fields: ["amount", "vendor"],
    });
  });
});
