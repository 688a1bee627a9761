// Reading project form fields: working-language lists and titles in several languages.
// Pure functions; the forms call them with what the user typed.
import type { LocalizedText } from "../api/types.ts";

/** "ru, en;kk  ru" → ["ru", "en", "kk"]: split on commas, semicolons or spaces, duplicates dropped. */
export function parseLanguageList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}

/** `titles` with the text for `language` set, or removed when left empty (the server wants no empty texts). */
export function withTitle(
  titles: LocalizedText,
  language: string,
  value: FormDataEntryValue | null,
): LocalizedText {
  const text = String(value ?? "").trim();
  const { [language]: _previous, ...others } = titles;
  return text ? { ...others, [language]: text } : others;
}
