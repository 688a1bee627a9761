// How Russian writes numbers, counts, money, dates, lists and language versions in the engine's messages:
// decimal comma, a no-break space before "%", plural forms by Intl.PluralRules("ru"). Exact decimals stay strings.
import { formatMoneyDecimal, type Money } from "../../money/money.ts";

/** A noun's forms after a number: 1 балл, 2 балла, 5 баллов, 1,5 балла. */
export interface PluralForms {
  readonly one: string;
  readonly few: string;
  readonly many: string;
  /** After a fraction. */
  readonly other: string;
}

const pluralRules = new Intl.PluralRules("ru");
const noBreakSpace = "\u00a0";

/** The form of `forms` that goes after `value` (a number or an exact decimal such as "2.5"). */
export function pluralRu(value: number | string, forms: PluralForms): string {
  const category = pluralRules.select(Number(value));
  return category === "one" || category === "few" || category === "many" ? forms[category] : forms.other;
}

/**
 * "12,5", "16,67", "30 000 000,00": a decimal comma, and no-break spaces between thousands from five digits on
 * (a four-digit number stays whole, as Russian typesetting has it). Exact: the digits are never rounded here.
 */
export function numberRu(value: number | string): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction] = match;
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, noBreakSpace) : whole;
  return `${sign}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}

/** "15 баллов", "2,5 процентного пункта". */
export function countRu(value: number | string, forms: PluralForms): string {
  return `${numberRu(value)} ${pluralRu(value, forms)}`;
}

/** "12,5 %" with a no-break space. */
export function percentRu(value: number | string): string {
  return `${numberRu(value)}${noBreakSpace}%`;
}

/** "от 5 до 80 %". */
export function rangeRu(min: number, max: number): string {
  return `от ${numberRu(min)} до ${percentRu(max)}`;
}

/** "30 000 000,00 RUB": the amount exactly, then the ISO code (deals mix currencies; symbols would hide that). */
export function moneyRu(money: Money): string {
  return `${numberRu(formatMoneyDecimal(money))}${noBreakSpace}${money.currency}`;
}

/** "2025-03-03" → "03.03.2025". */
export function dateRu(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate;
}

/** "А, Б и В" (or "А, Б или В"). */
export function listRu(items: readonly string[], conjunction: "и" | "или" = "и"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

const languageNames = new Intl.DisplayNames("ru", { type: "language", fallback: "code" });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    // A code that is not even well-formed BCP 47: cite it as written.
    return code;
  }
}

/** "на русском и узбекском языках", "на узбекском языке"; "на языках: иврит, хинди" for names that do not decline. */
export function onLanguagesRu(codes: readonly string[]): string {
  const names = codes.map(languageName);
  // Language names that are adjectives (русский, узбекский) take the prepositional: на русском языке.
  const adjectives = names.map((name) =>
    /[а-яё](?:ий|ый|ой)$/.test(name) ? `${name.slice(0, -2)}ом` : null,
  );
  if (adjectives.every((adjective) => adjective !== null)) {
    return `на ${listRu(adjectives as string[])} ${names.length === 1 ? "языке" : "языках"}`;
  }
  return `${names.length === 1 ? "на языке" : "на языках"}: ${names.join(", ")}`;
}
