// The columns of a ledger of costs and how a file's header names them, in Russian and English: "Дата", "Контрагент",
// "Статья", "Сумма, руб." … Proposing a mapping never decides for the user: the preview shows it and they may change it.

/** What each cost carries; `partner`, `description` and `reference` may be left out of a file. */
export const actualFields = [
  "date",
  "vendor",
  "account",
  "description",
  "currency",
  "amount",
  "partner",
  "country",
  "reference",
] as const;
export type ActualField = (typeof actualFields)[number];

/** Which column (0-based, A = 0) holds each field; a field left out is not in the file. */
export type ActualColumnMapping = Partial<Record<ActualField, number>>;

/** A column as the user sees it: its letter in a spreadsheet and its header. */
export interface ActualColumn {
  readonly index: number;
  readonly letter: string;
  readonly name: string;
}

// Header words after `normalizeHeader`: lower case, ё as е, "№" as "номер", punctuation as spaces.
// A header matches a word when it is that word or starts with it ("сумма руб" is an amount).
const headerWords: Record<ActualField, readonly string[]> = {
  date: ["дата", "дата платежа", "дата операции", "date", "payment date", "transaction date"],
  vendor: ["контрагент", "поставщик", "получатель", "исполнитель", "vendor", "supplier", "payee"],
  account: [
    "статья",
    "статья бюджета",
    "статья затрат",
    "код статьи",
    "счет",
    "account",
    "account code",
    "budget account",
  ],
  description: [
    "описание",
    "назначение",
    "назначение платежа",
    "комментарий",
    "description",
    "details",
    "memo",
  ],
  currency: ["валюта", "currency", "ccy"],
  amount: ["сумма", "amount", "sum"],
  partner: ["партнер", "партнер плательщик", "плательщик", "partner", "paying partner", "payer"],
  country: ["страна", "страна расходов", "страна затрат", "country", "country of spend"],
  reference: [
    "документ",
    "номер документа",
    "номер платежного поручения",
    "счет фактура",
    "reference",
    "ref",
    "document",
    "document number",
    "document no",
    "doc no",
    "invoice",
  ],
};

/** "Сумма, руб." → "сумма руб"; "№ документа" → "номер документа". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ё", "е")
    .replaceAll("№", " номер ")
    .replace(/[\s.,:;()[\]/\\"'#*_-]+/gu, " ")
    .trim();
}

function matches(header: string, word: string): boolean {
  return header === word || header.startsWith(`${word} `);
}

/** Proposes which column holds which field from the header row; each column serves one field at most. */
export function detectColumns(header: readonly string[]): ActualColumnMapping {
  const normalized = header.map((name) => normalizeHeader(name ?? ""));
  const mapping: ActualColumnMapping = {};
  const taken = new Set<number>();
  // Exact names first, so that "Дата" wins the date over "Дата документа" and "Документ" keeps the reference.
  for (const exact of [true, false]) {
    for (const field of actualFields) {
      if (mapping[field] !== undefined) continue;
      const index = normalized.findIndex(
        (name, position) =>
          !taken.has(position) &&
          headerWords[field].some((word) => (exact ? name === word : matches(name, word))),
      );
      if (index === -1) continue;
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** 0 → "A", 25 → "Z", 26 → "AA": the column as a spreadsheet names it. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function describeColumn(index: number, header: readonly string[]): ActualColumn {
  return { index, letter: columnLetter(index), name: (header[index] ?? "").trim() };
}
