// Picks the phrasebook for an interface language. A tag with a region ("ru-RU") takes its language; anything
// unknown or absent gets English, the default of the CLI and the API. Adding a language is one file and one line.
import { en } from "./en.ts";
import type { MessageLocale, Phrasebook } from "./phrasebook.ts";
import { ru } from "./ru.ts";

const phrasebooks: Readonly<Record<MessageLocale, Phrasebook>> = { ru, en };

/** "ru", "ru-RU", "RU" → "ru"; "en-GB", "kk", "", undefined → "en". */
export function resolveMessageLocale(locale?: string): MessageLocale {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return Object.hasOwn(phrasebooks, language) ? (language as MessageLocale) : "en";
}

export function selectPhrasebook(locale?: string): Phrasebook {
  return phrasebooks[resolveMessageLocale(locale)];
}
