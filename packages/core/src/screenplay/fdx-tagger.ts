// Final Draft Tagger data: <TagData> categories, definitions and tags, resolved for the text runs that carry a
// TagNumber, into breakdown suggestions per scene. It suggests only; nothing here confirms an element or throws.
import { childElements, ownText, type XmlElement } from "./fdx-xml.ts";
import type { BreakdownSuggestion, ScreenplayWarning } from "./types.ts";

/** Tagged words found in the script: `<Text TagNumber="3">танк</Text>` inside a scene. */
export interface TagOccurrence {
  readonly tagNumber: string;
  readonly text: string;
  readonly line: number;
  readonly sceneNumber: string | null;
  readonly sceneLine: number | null;
}

interface ResolvedTag {
  readonly category: string | null;
  readonly label: string;
  readonly problem: string | null;
}

// Final Draft's own catch-all category, for a tag whose category the file does not define.
const fallbackCategory = "Miscellaneous";

/** Reads <TagData> into tag number → category and label. The three tables refer to each other by Id. */
export function readTagData(tagData: XmlElement | undefined): ReadonlyMap<string, ResolvedTag> {
  const resolved = new Map<string, ResolvedTag>();
  if (tagData === undefined) return resolved;
  const section = (name: string, item: string) =>
    childElements(tagData, name).flatMap((element) => childElements(element, item));
  const categories = new Map<string, string>();
  for (const category of section("TagCategories", "TagCategory")) {
    const id = category.attributes["Id"];
    const name = category.attributes["Name"]?.trim();
    if (id !== undefined && name) categories.set(id, name);
  }
  const definitions = new Map<string, { catId: string | null; label: string }>();
  for (const definition of section("TagDefinitions", "TagDefinition")) {
    const id = definition.attributes["Id"];
    if (id === undefined) continue;
    definitions.set(id, {
      catId: definition.attributes["CatId"] ?? null,
      label: (definition.attributes["Label"] ?? "").trim(),
    });
  }
  for (const tag of section("Tags", "Tag")) {
    const number = tag.attributes["Number"]?.trim();
    if (!number || resolved.has(number)) continue;
    const defId = childElements(tag, "DefId").map(ownText).join("").trim();
    const definition = definitions.get(defId);
    if (definition === undefined) {
      resolved.set(number, { category: null, label: "", problem: `its definition "${defId}" is missing` });
      continue;
    }
    const category = definition.catId === null ? undefined : categories.get(definition.catId);
    resolved.set(number, {
      category: category ?? null,
      label: definition.label,
      problem: category === undefined ? `its category "${definition.catId ?? ""}" is missing` : null,
    });
  }
  return resolved;
}

/**
 * One suggestion per element and scene, at its first tagged place. A tag the file cannot resolve still
 * becomes a suggestion (label from the tagged words, category Miscellaneous) beside an UNKNOWN_TAG warning.
 */
export function collectBreakdownSuggestions(
  occurrences: readonly TagOccurrence[],
  tags: ReadonlyMap<string, ResolvedTag>,
): { suggestions: BreakdownSuggestion[]; warnings: ScreenplayWarning[] } {
  const suggestions: BreakdownSuggestion[] = [];
  const warnings: ScreenplayWarning[] = [];
  const seen = new Set<string>();
  for (const occurrence of occurrences) {
    const words = occurrence.text.replace(/\s+/gu, " ").trim();
    const tag = tags.get(occurrence.tagNumber);
    if (tag === undefined || tag.problem !== null) {
      const reason = tag?.problem ?? "it is not in the file's <TagData>";
      warnings.push({
        code: "UNKNOWN_TAG",
        line: occurrence.line,
        message: `Tagger tag ${occurrence.tagNumber} on "${words}" cannot be resolved: ${reason}`,
      });
    }
    const label = tag?.label || words;
    if (label === "") continue;
    const category = tag?.category ?? fallbackCategory;
    const key = JSON.stringify([category, label, occurrence.sceneLine]);
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({
      category,
      label,
      sceneNumber: occurrence.sceneNumber,
      sceneLine: occurrence.sceneLine,
      line: occurrence.line,
    });
  }
  return { suggestions, warnings };
}
