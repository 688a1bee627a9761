// The words of a document's PDF in Russian and English, and how amounts, dates and instants are written there.
export type PdfLanguage = "ru" | "en";

export const pdfLabels = {
  version: { ru: "Версия {number} от {date}", en: "Version {number} of {date}" },
  versionShort: { ru: "версия {number}", en: "version {number}" },
  termsHash: { ru: "Хеш условий (SHA-256)", en: "Terms hash (SHA-256)" },
  statusDraft: { ru: "Проект: не подписан ни одной стороной", en: "Draft: signed by no party" },
  statusPartly: {
    ru: "Подписан {signed} из {total} сторон; редакция заморожена",
    en: "Signed by {signed} of {total} parties; the version is frozen",
  },
  statusSigned: { ru: "Подписан всеми сторонами", en: "Signed by every party" },
  note: { ru: "Изменения этой версии", en: "What this version changes" },
  parties: { ru: "Стороны", en: "Parties" },
  share: { ru: "доля", en: "share" },
  territories: { ru: "Территории", en: "Territories" },
  contributions: { ru: "Вклады", en: "Contributions" },
  due: { ru: "срок", en: "due" },
  deadlines: { ru: "Сроки", en: "Deadlines" },
  governingTreaty: { ru: "Применимый договор", en: "Governing treaty" },
  languageVersions: { ru: "Языковые версии", en: "Language versions" },
  notes: { ru: "Примечания", en: "Notes" },
  files: { ru: "Приложения", en: "Attachments" },
  none: { ru: "не указаны", en: "none" },
  signaturePage: { ru: "Подписи сторон", en: "Signatures of the parties" },
  signatureIntro: {
    ru:
      "Каждая сторона подписывает версию в Kinomost через своего уполномоченного подписанта, повторно вводя " +
      "пароль. Подпись относится к условиям с указанным хешем; каждая подпись записана в журнал аудита проекта.",
    en:
      "Each party signs the version in Kinomost through its authorized signatory, who enters their password " +
      "again. A signature covers the terms with the hash shown; every signature is recorded in the project's " +
      "audit log.",
  },
  signatory: { ru: "Подписант", en: "Signatory" },
  noSignatory: { ru: "подписант не назначен", en: "no signatory named" },
  signedBy: { ru: "Подписал(а)", en: "Signed by" },
  signedAt: { ru: "Дата и время подписи", en: "Signed at" },
  signedHash: { ru: "Хеш подписанных условий", en: "Hash of the terms signed" },
  awaiting: { ru: "Ожидает подписи", en: "Awaiting signature" },
  page: { ru: "Страница {page} из {pages}", en: "Page {page} of {pages}" },
} as const satisfies Record<string, Record<PdfLanguage, string>>;

export const documentKindLabels = {
  memorandum: { ru: "Меморандум о намерениях", en: "Memorandum of understanding" },
  agreement: { ru: "Соглашение о совместном производстве", en: "Co-production agreement" },
  amendment: { ru: "Дополнительное соглашение", en: "Amendment" },
  other: { ru: "Документ", en: "Document" },
} as const;

export const partyRoleLabels: Record<string, Record<PdfLanguage, string>> = {
  lead_producer: { ru: "ведущий продюсер", en: "lead producer" },
  co_producer: { ru: "сопродюсер", en: "co-producer" },
  financier: { ru: "финансовый партнёр", en: "financier" },
  service: { ru: "сервисная компания", en: "service company" },
};

export const contributionKindLabels = {
  cash: { ru: "денежный вклад", en: "cash" },
  "in-kind": { ru: "вклад в натуральной форме", en: "in kind" },
} as const;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

/** "2027-03-01" as 01.03.2027 in Russian; as written in English. */
export function formatDate(date: string, language: PdfLanguage): string {
  const [year, month, day] = date.slice(0, 10).split("-");
  return language === "ru" ? `${day}.${month}.${year}` : date.slice(0, 10);
}

/** An instant in UTC to the second: "2026-11-27 09:00:00 UTC". */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** An exact decimal amount with its digits grouped: "150 000 000,00 RUB", "150,000,000.00 RUB". No floats. */
export function formatAmount(amount: string, currency: string, language: PdfLanguage): string {
  const [whole = "0", fraction] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === "ru" ? "\u00a0" : ",");
  const decimal = fraction === undefined ? "" : `${language === "ru" ? "," : "."}${fraction}`;
  return `${grouped}${decimal}\u00a0${currency}`;
}

/** The share as a percentage: "12,5 %" / "12.5%". */
export function formatShare(share: string, language: PdfLanguage): string {
  return language === "ru" ? `${share.replace(".", ",")}\u00a0%` : `${share}%`;
}

export function formatBytes(size: number, language: PdfLanguage): string {
  const units = language === "ru" ? ["Б", "КБ", "МБ"] : ["B", "KB", "MB"];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1);
  return `${language === "ru" ? text.replace(".", ",") : text}\u00a0${units[unit]}`;
}
