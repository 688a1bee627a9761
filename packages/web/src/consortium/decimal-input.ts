// Amounts and rates as people type them ("1 500 000,50", "0,2") made into the decimal strings the server reads
// ("1500000.50", "0.2"): digit-group spaces dropped, a decimal comma made a point. Never through a float.

/** The decimal text without group separators and with a point; other text is returned trimmed, for the server to refuse. */
export function normalizeDecimalInput(text: string): string {
  const compact = text.replace(/[\s\u00a0\u202f\u2009']/gu, "");
  return /^\d+,\d+$/u.test(compact) ? compact.replace(",", ".") : compact;
}
