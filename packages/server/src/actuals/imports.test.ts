import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { readAuditChain } from "../audit/log.ts";
import { belarusLedger, createActualsWorld, utf8, windows1251, type ActualsWorld } from "./testing.ts";

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(backends)("actuals imports on %s", (backend) => {
  let w: ActualsWorld;
  const ledger = { name: "belarusfilm-april.csv", bytes: utf8(belarusLedger) };

  beforeAll(async () => {
    w = await createActualsWorld(backend);
  });
  afterAll(() => w.t.close());

  it("previews a semicolon CSV with detected columns and writes nothing", async () => {
    const before = [
      await w.count("actuals"),
      await w.count("actual_imports"),
      await w.count("audit_entries"),
    ];
    const preview = await w.upload(w.belarus, "/actuals/imports/preview", ledger);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      partnerId: w.orgs.belarus,
      file: { name: "belarusfilm-april.csv", kind: "csv", encoding: "utf-8", delimiter: ";", sheet: null },
      headerRow: 1,
      columns: [
        "Дата",
        "Контрагент",
        "Статья",
        "Назначение платежа",
        "Валюта",
        "Сумма",
        "Страна",
        "№ документа",
      ],
      mapping: {
        date: 0,
        vendor: 1,
        account: 2,
        description: 3,
        currency: 4,
        amount: 5,
        country: 6,
        reference: 7,
      },
      mappingSource: "detected",
      totalRows: 3,
      validRows: 3,
      errors: [],
      errorCount: 0,
      duplicateOf: null,
    });
    expect(preview.body.rows[0]).toEqual({
      row: 2,
      cells: [
        "01.04.2026",
        "ООО «Светотехника»",
        "2100",
        "Аренда света, смена 1",
        "BYN",
        "12 500,50",
        "BY",
        "П-101",
      ],
      actual: {
        date: "2026-04-01",
        vendor: "ООО «Светотехника»",
        account: "2100",
        description: "Аренда света, смена 1",
        currency: "BYN",
        amount: "12500.50",
        amountMinor: "1250050",
        minorUnits: 2,
        partner: null,
        country: "BY",
        reference: "П-101",
      },
      errors: [],
    });
    expect(preview.body.rows[2].actual).toMatchObject({ currency: "RUB", amount: "45000.00", country: "RU" });
    expect([
      await w.count("actuals"),
      await w.count("actual_imports"),
      await w.count("audit_entries"),
    ]).toEqual(before);
  });

  it("imports the same ledger from windows-1251 and from UTF-8 with a BOM", async () => {
    const cp1251 = await w.upload(w.belarus, "/actuals/imports", {
      name: "апрель-1251.csv",
      bytes: windows1251(belarusLedger),
    });
    expect(cp1251.status).toBe(201);
    expect(cp1251.body.import).toMatchObject({
      partnerId: w.orgs.belarus,
      fileName: "апрель-1251.csv",
      rows: 3,
    });
    const bom = await w.upload(w.belarus, "/actuals/imports", {
      name: "april-bom.csv",
      bytes: utf8(belarusLedger, true),
    });
    expect(bom.status).toBe(201);
    const rows = (await w.belarus.get(w.api(`/actuals?importId=${cp1251.body.import.id}`))).body.actuals as {
      vendor: string;
      amount: string;
      importId: string;
    }[];
    const again = (await w.belarus.get(w.api(`/actuals?importId=${bom.body.import.id}`))).body
      .actuals as typeof rows;
    expect(rows.map((row) => [row.vendor, row.amount])).toEqual([
      ["ООО «Светотехника»", "12500.50"],
      ["ИП Ковалёв", "3200.00"],
      ["ООО «Кейтеринг»", "45000.00"],
    ]);
    expect(again.map((row) => [row.vendor, row.amount])).toEqual(rows.map((row) => [row.vendor, row.amount]));
    // The two uploads are different bytes: neither is the other's duplicate.
    expect(cp1251.body.import.sha256).not.toBe(bom.body.import.sha256);
    for (const id of [cp1251.body.import.id, bom.body.import.id]) {
      expect((await w.belarus.delete(w.api(`/actuals/imports/${id}`))).status).toBe(204);
    }
  });

  it("reads an XLSX built in Excel: dates, numbers, formulas, a chosen sheet", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Сводка").addRow(["не то"]);
      const sheet = book.addWorksheet("Затраты");
      sheet.addRow([
        "Date",
        "Vendor",
        "Account",
        "Description",
        "Currency",
        "Amount",
        "Country",
        "Reference",
      ]);
      sheet.addRow([
        new Date(Date.UTC(2026, 3, 5)),
        "Lights, Inc.",
        2100,
        "Generator",
        "BYN",
        12500.5,
        "BY",
        "INV-7",
      ]);
      sheet.addRow([
        "06.04.2026",
        "Кейтеринг",
        "2200",
        "",
        "KZT",
        { formula: "1000*3", result: 3000 },
        "Kazakhstan",
        null,
      ]);
      sheet.addRow([]);
      sheet.addRow(["2026-04-07", "Taxi", "2200", "", "BYN", 0.1 + 0.2, "BY", ""]);
    });
    const file = { name: "April ledger.XLSX", bytes };
    const first = await w.upload(w.belarus, "/actuals/imports/preview", file);
    expect(first.body).toMatchObject({
      file: { kind: "xlsx", sheet: "Сводка", sheets: ["Сводка", "Затраты"] },
    });
    expect(first.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "MISSING_COLUMN" })]),
    );
    const preview = await w.upload(w.belarus, "/actuals/imports/preview", file, { sheet: "Затраты" });
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(
      preview.body.rows.map((row: { row: number; actual: Record<string, unknown> }) => [
        row.row,
        row.actual.date,
        row.actual.account,
        row.actual.amount,
        row.actual.currency,
        row.actual.country,
      ]),
    ).toEqual([
      [2, "2026-04-05", "2100", "12500.50", "BYN", "BY"],
      [3, "2026-04-06", "2200", "3000.00", "KZT", "KZ"],
      [5, "2026-04-07", "2200", "0.30", "BYN", "BY"],
    ]);
    const missing = await w.upload(w.belarus, "/actuals/imports/preview", file, { sheet: "Нет такого" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([expect.objectContaining({ path: "sheet" })]);
    const committed = await w.upload(w.belarus, "/actuals/imports", file, { sheet: "Затраты" });
    expect(committed.status).toBe(201);
    expect((await w.belarus.delete(w.api(`/actuals/imports/${committed.body.import.id}`))).status).toBe(204);
  });

  it("refuses a bad CSV whole, naming every bad cell by row and column", async () => {
    const before = [await w.count("actuals"), await w.count("actual_imports")];
    const bad = [
      "Дата;Контрагент;Статья;Описание;Валюта;Сумма;Страна",
      "31.02.2026;ООО «Свет»;2100;;BYN;100,00;BY",
      "01.04.2026;ООО «Свет»;2100;;BYN;12,5.0;BY",
      "02.04.2026;ООО «Свет»;2100;;BYN;-500,00;BY",
      "03.04.2026;ООО «Свет»;2100;;RUR;100,00;BY",
      "04.04.2026;ООО «Свет»;2100;;BYN;100,00;BY",
    ].join("\n");
    const file = { name: "bad.csv", bytes: utf8(bad) };
    const response = await w.upload(w.belarus, "/actuals/imports", file);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(response.body.error.message).toContain("nothing was imported");
    expect(
      response.body.error.fields.map((field: { path: string; code: string; params: object }) => [
        field.path,
        field.code,
        field.params,
      ]),
    ).toEqual([
      ["rows.2.date", "BAD_DATE", { row: 2, column: 0 }],
      ["rows.3.amount", "NOT_A_NUMBER", { row: 3, column: 5 }],
      ["rows.4.amount", "NEGATIVE_AMOUNT", { row: 4, column: 5 }],
      ["rows.5.currency", "UNKNOWN_CURRENCY", { row: 5, column: 4 }],
    ]);
    expect(response.body.error.fields[1].message).toBe(
      'row 3, column F "Сумма": "12,5.0" is not a number: digits between "," must come in threes',
    );
    const preview = await w.upload(w.belarus, "/actuals/imports/preview", file);
    expect(preview.body).toMatchObject({ totalRows: 5, validRows: 1, errorCount: 4 });
    expect(preview.body.errors[0]).toMatchObject({
      row: 2,
      column: { index: 0, letter: "A", name: "Дата" },
      field: "date",
      value: "31.02.2026",
    });

    const wrong = await w.upload(w.belarus, "/actuals/imports", {
      name: "wrong.csv",
      bytes: utf8("Номер,Когда,Кому\n1,2026-04-01,ООО Свет\n"),
    });
    expect(wrong.status).toBe(400);
    expect(
      wrong.body.error.fields.map((field: { path: string; code: string }) => [field.path, field.code]),
    ).toEqual([
      ["rows.1.date", "MISSING_COLUMN"],
      ["rows.1.vendor", "MISSING_COLUMN"],
      ["rows.1.account", "MISSING_COLUMN"],
      ["rows.1.amount", "MISSING_COLUMN"],
      ["rows.1.currency", "MISSING_COLUMN"],
      ["rows.1.country", "MISSING_COLUMN"],
    ]);
    // With the mapping given by hand, the same file still needs the columns it lacks.
    const mapped = await w.upload(w.belarus, "/actuals/imports/preview", file, {
      mapping: JSON.stringify({
        date: 0,
        vendor: 1,
        account: 2,
        currency: 4,
        amount: 5,
        country: 6,
        reference: 99,
      }),
    });
    expect(mapped.body.errors).toEqual([
      expect.objectContaining({ row: 1, field: "reference", code: "BAD_MAPPING" }),
    ]);
    const notJson = await w.upload(w.belarus, "/actuals/imports/preview", file, { mapping: "{date: 0" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.fields).toEqual([expect.objectContaining({ path: "mapping" })]);
    const refunds = await w.upload(w.belarus, "/actuals/imports/preview", file, { allowNegative: "true" });
    expect(refunds.body.errors.map((error: { code: string }) => error.code)).not.toContain("NEGATIVE_AMOUNT");
    const pdf = await w.upload(w.belarus, "/actuals/imports", {
      name: "ledger.pdf",
      bytes: utf8("%PDF-1.7"),
    });
    expect(pdf.status).toBe(400);
    const fake = await w.upload(w.belarus, "/actuals/imports", {
      name: "ledger.xlsx",
      bytes: utf8("not a zip"),
    });
    expect(fake.status).toBe(400);
    expect(fake.body.error.fields).toEqual([expect.objectContaining({ path: "file", code: "xlsx" })]);
    expect([await w.count("actuals"), await w.count("actual_imports")]).toEqual(before);
  });

  it("checks account codes against a budget's accounts", async () => {
    const [budget] = await queryRows<{ id: string }>(
      w.t.database.db,
      sql`insert into budgets (project_id, name, document)
        values (${w.projectId}, 'Проверка статей', ${JSON.stringify({
          categories: [{ code: "2000", accounts: [{ code: "2100" }, { code: "2300" }] }],
        })}::jsonb) returning id`,
    );
    const preview = await w.upload(w.belarus, "/actuals/imports/preview", ledger, { budgetId: budget!.id });
    expect(
      preview.body.errors.map((error: { row: number; code: string }) => [error.row, error.code]),
    ).toEqual([
      [3, "UNKNOWN_ACCOUNT"],
      [4, "UNKNOWN_ACCOUNT"],
    ]);
    const unknown = await w.upload(w.belarus, "/actuals/imports/preview", ledger, {
      budgetId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([expect.objectContaining({ path: "budgetId" })]);
  });

  it("refuses a file imported before unless asked, and undoes an import with its rows", async () => {
    const first = await w.upload(w.belarus, "/actuals/imports", ledger);
    expect(first.status).toBe(201);
    const rowsBefore = await w.count("actuals");
    const again = await w.upload(w.belarus, "/actuals/imports", ledger);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "ALREADY_EXISTS", current: { id: first.body.import.id } });
    const preview = await w.upload(w.belarus, "/actuals/imports/preview", ledger);
    expect(preview.body.duplicateOf).toMatchObject({ id: first.body.import.id });
    expect(await w.count("actuals")).toBe(rowsBefore);
    w.t.clock.advance(60_000);
    const forced = await w.upload(w.belarus, "/actuals/imports", ledger, { allowDuplicate: "true" });
    expect(forced.status).toBe(201);
    expect(await w.count("actuals")).toBe(rowsBefore + 3);

    const imports = (await w.belarus.get(w.api("/actuals/imports"))).body.imports as { id: string }[];
    expect(imports.map((entry) => entry.id).slice(0, 2)).toEqual([
      forced.body.import.id,
      first.body.import.id,
    ]);
    expect((await w.kazakh.delete(w.api(`/actuals/imports/${forced.body.import.id}`))).status).toBe(404);
    expect((await w.belarus.delete(w.api(`/actuals/imports/${forced.body.import.id}`))).status).toBe(204);
    expect(await w.count("actuals")).toBe(rowsBefore);
    expect((await w.belarus.delete(w.api(`/actuals/imports/${forced.body.import.id}`))).status).toBe(404);
    const { entries, verification } = await readAuditChain(w.t.database.db, w.projectId);
    expect(verification.ok).toBe(true);
    const undone = entries.filter((entry) => entry.action === "actuals.import.undone").at(-1)!;
    expect(undone.data).toEqual({ partnerId: w.orgs.belarus, fileName: "belarusfilm-april.csv", rows: 3 });
    expect(entries.filter((entry) => entry.action === "actuals.imported").at(-1)!.data).toMatchObject({
      partnerId: w.orgs.belarus,
      rows: 3,
    });
    expect((await w.belarus.delete(w.api(`/actuals/imports/${first.body.import.id}`))).status).toBe(204);
  });

  it("lets the lead's accountant import for a partner, and nobody else import into another's books", async () => {
    const forBelarus = { partnerId: w.orgs.belarus };
    const file = { name: "for-belarus.csv", bytes: utf8(belarusLedger.replaceAll("П-1", "Л-1")) };
    expect((await w.upload(w.kazakh, "/actuals/imports/preview", file, forBelarus)).status).toBe(403);
    expect((await w.upload(w.kazakh, "/actuals/imports", file, forBelarus)).status).toBe(403);
    expect((await w.upload(w.costume, "/actuals/imports/preview", file)).status).toBe(403);
    const stranger = await w.t.newUser();
    expect((await w.upload(stranger, "/actuals/imports/preview", file)).status).toBe(404);
    const notPartner = await w.upload(w.producer, "/actuals/imports", file, {
      partnerId: stranger.organizationId,
    });
    expect(notPartner.status).toBe(400);
    expect(notPartner.body.error.fields).toEqual([expect.objectContaining({ path: "partnerId" })]);

    const byLead = await w.upload(w.producer, "/actuals/imports", file, forBelarus);
    expect(byLead.status).toBe(201);
    expect(byLead.body.import.partnerId).toBe(w.orgs.belarus);
    const seen = await w.belarus.get(w.api(`/actuals?importId=${byLead.body.import.id}`));
    expect(seen.body.actuals).toHaveLength(3);
    expect(seen.body.actuals.every((row: { partnerId: string }) => row.partnerId === w.orgs.belarus)).toBe(
      true,
    );
    // The lead made the import and may undo it, but does not read Belarusfilm's books unless they are shared.
    expect((await w.producer.get(w.api("/actuals/imports"))).body.imports).toEqual([
      expect.objectContaining({ id: byLead.body.import.id }),
    ]);
    expect((await w.producer.get(w.api(`/actuals?importId=${byLead.body.import.id}`))).body.actuals).toEqual(
      [],
    );
    // A file naming another partner in its partner column is not these books.
    const named = await w.upload(w.belarus, "/actuals/imports/preview", {
      name: "named.csv",
      bytes: utf8(
        `${belarusLedger
          .split("\r\n")
          .map(
            (line, index) =>
              `${line};${index === 0 ? "Партнёр" : index === 1 ? "Беларусьфильм" : "Таджикфильм"}`,
          )
          .join("\n")}`,
      ),
    });
    expect(named.body.errors.map((error: { row: number; code: string }) => [error.row, error.code])).toEqual([
      [3, "OTHER_PARTNER"],
      [4, "OTHER_PARTNER"],
    ]);
    expect((await w.producer.delete(w.api(`/actuals/imports/${byLead.body.import.id}`))).status).toBe(204);
  });
});
