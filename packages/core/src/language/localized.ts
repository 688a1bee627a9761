// Text written in several languages: organization names, project titles, episode titles.
// Keys are BCP 47 language tags ("ru", "en", "kk", "uz-Cyrl").

export type LocalizedText = Readonly<Record<string, string>>;

/** The text in the first of `languages` it has, else in Russian, else in English, else any. */
export function pickLocalized(text: LocalizedText, languages: readonly string[]): string {
  for (const language of [...languages, "ru", "en"]) {
    const value = text[language];
    if (value) return value;
  }
  return Object.values(text)[0] ?? "";
}
