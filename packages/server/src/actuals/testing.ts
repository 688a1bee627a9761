// The demo «Искра» signed in as the money people of its studios, with helpers to upload ledgers: what the actuals
// tests share. Only tests import this file.
import { eq, sql } from "drizzle-orm";
import { queryRows, schema } from "@kinomost/db";
import type { Backend } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

export interface ActualsWorld {
  t: TestApp;
  projectId: string;
  /** 1-2-3 Production's producer: the lead studio. */
  producer: TestClient;
  /** Belarusfilm's production accountant. */
  belarus: TestClient;
  /** The Kazakh league's line producer. */
  kazakh: TestClient;
  /** Kyrgyzfilm's costume department head: no money roles. */
  costume: TestClient;
  orgs: { lead: string; belarus: string; kazakh: string };
  api(path: string): string;
  count(table: string): Promise<number>;
  upload(
    client: TestClient,
    path: string,
    file: { name: string; bytes: Uint8Array },
    fields?: Record<string, string>,
  ): ReturnType<TestClient["request"]>;
}

export async function createActualsWorld(backend: Backend): Promise<ActualsWorld> {
  const t = await createTestApp(backend, { demo: true });
  const signIn = async (email: string) => {
    const client = t.client();
    await client.login(email, "iskra-demo");
    return client;
  };
  const producer = await signIn("producer@iskra.demo");
  const belarus = await signIn("accountant@belarusfilm.demo");
  const kazakh = await signIn("lineproducer@kinoliga.demo");
  const costume = await signIn("costume@kyrgyzfilm.demo");
  const projectId = (await producer.get("/api/v1/projects")).body.projects[0].id as string;
  // The demo comes with costs and sharing of its own; these tests start from empty books, shared with nobody.
  await t.database.db.delete(schema.actuals).where(eq(schema.actuals.projectId, projectId));
  await t.database.db.delete(schema.actualImports).where(eq(schema.actualImports.projectId, projectId));
  await t.database.db.delete(schema.actualSharing).where(eq(schema.actualSharing.projectId, projectId));
  const names = await queryRows<{ id: string; name: string }>(
    t.database.db,
    sql`select id, names->>'en' as name from organizations`,
  );
  const org = (name: string) => names.find((row) => row.name === name)!.id;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  return {
    t,
    projectId,
    producer,
    belarus,
    kazakh,
    costume,
    orgs: {
      lead: org("1-2-3 Production"),
      belarus: org("Belarusfilm"),
      kazakh: org("League of Cinematographers of Kazakhstan"),
    },
    api,
    count: async (table) =>
      (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!
        .n,
    upload: (client, path, file, fields = {}) => {
      const form = new FormData();
      form.append("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      return client.request("POST", api(path), form);
    },
  };
}

/** Text as Russian Excel saves a CSV: windows-1251, one byte a letter. */
export function windows1251(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const extra: Record<string, number> = {
      ё: 0xb8,
      Ё: 0xa8,
      "«": 0xab,
      "»": 0xbb,
      "№": 0xb9,
      "\u00a0": 0xa0,
    };
    const byte = extra[char];
    if (byte === undefined) throw new Error(`no windows-1251 byte for ${char}`);
    return byte;
  });
}

export const utf8 = (text: string, bom = false) => {
  const bytes = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
};

/** A Belarusfilm ledger as its accountant exports it: semicolons, Russian headers, spaces between thousands. */
export const belarusLedger = [
  "Дата;Контрагент;Статья;Назначение платежа;Валюта;Сумма;Страна;№ документа",
  "01.04.2026;ООО «Светотехника»;2100;Аренда света, смена 1;BYN;12 500,50;BY;П-101",
  "02.04.2026;ИП Ковалёв;2200;Транспорт группы;BYN;3\u00a0200,00;BY;П-102",
  "03.04.2026;ООО «Кейтеринг»;2200;Питание;RUB;45 000,00;Россия;П-103",
].join("\r\n");
