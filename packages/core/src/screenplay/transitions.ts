// Transitions: Fountain's capitals ending in «TO:» plus a table of the trade's fixed ones, English and Russian
// (ИЗ ЗТМ: fade in, В ЗТМ fade out, СКЛЕЙКА: cut). The table is data a project may extend; no logic reads a file.
import { isCapitalizedName } from "./cues.ts";

// Compared without case, repeated spaces and final punctuation, so «В ЗТМ.» and «в ЗТМ» are one entry.
export const defaultTransitions: readonly string[] = [
  "FADE IN:",
  "FADE OUT.",
  "FADE TO BLACK.",
  "CUT TO BLACK.",
  "CUT TO:",
  "SMASH CUT TO:",
  "MATCH CUT TO:",
  "DISSOLVE TO:",
  "ИЗ ЗТМ:",
  "ИЗ ЗАТЕМНЕНИЯ:",
  "В ЗТМ.",
  "ЗТМ.",
  "ЗАТЕМНЕНИЕ.",
  "СКЛЕЙКА:",
  "НАПЛЫВ:",
];

function normalizeTransition(text: string): string {
  return text
    .toUpperCase()
    .replace(/\s+/gu, " ")
    .replace(/[.:\s]+$/u, "")
    .trim();
}

const compiled = new WeakMap<readonly string[], { entries: ReadonlySet<string>; longest: number }>();

/** True when the line is a transition: a table entry, or capitals ending in «TO:» (fountain.io). */
export function isTransitionLine(line: string, transitions: readonly string[] = defaultTransitions): boolean {
  const text = line.trim();
  if (text === "" || text.length > 60) return false;
  let table = compiled.get(transitions);
  if (!table) {
    const entries = new Set(transitions.map(normalizeTransition));
    table = { entries, longest: Math.max(0, ...[...entries].map((entry) => entry.length)) };
    compiled.set(transitions, table);
  }
  // Most lines are longer than any table entry; they skip the normalising.
  if (text.length <= table.longest + 4 && table.entries.has(normalizeTransition(text))) return true;
  return text.endsWith("TO:") && isCapitalizedName(text);
}
