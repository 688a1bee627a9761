// Groups a parsed screenplay into scenes — heading, elements, characters, length in eighths, хронометраж —
// ready for breakdown and scheduling. Works on any importer's model; reads no file and no clock.
import { normalizeCharacterName } from "./scene-characters.ts";
import { measureEighths, russianA4Layout, estimateScreenSeconds, type PageLayout } from "./length.ts";
import type { ParsedScreenplay, SceneHeading, ScreenplayElement } from "./types.ts";

export interface ScreenplayScene {
  readonly heading: SceneHeading;
  readonly line: number;
  /** The scene's elements, heading first, up to the next heading. */
  readonly elements: readonly ScreenplayElement[];
  /** Speaking characters and the scene-characters line, without extensions, sorted. */
  readonly characters: readonly string[];
  readonly speakingCharacters: readonly string[];
  readonly eighths: number;
  /** Estimated хронометраж in seconds from the pages-to-minutes factor. */
  readonly screenSeconds: number;
}

export interface CollectScenesOptions {
  readonly layout?: PageLayout;
  /** Minutes of screen time per page; the project's own factor, 1 by default. */
  readonly minutesPerPage?: number;
  /** Locale whose alphabetical order sorts names; "ru" by default. */
  readonly locale?: string;
}

/** Alphabetical order for names in the project's locale, stable across runs. */
export function compareNames(locale = "ru"): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: "variant", numeric: true });
  return (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function collectCharacters(elements: readonly ScreenplayElement[], order: (a: string, b: string) => number) {
  const speaking = new Set<string>();
  const listed = new Set<string>();
  for (const element of elements) {
    if (element.kind === "character") speaking.add(normalizeCharacterName(element.cue.name));
    if (element.kind === "sceneCharacters") element.names.forEach((name) => listed.add(name));
  }
  return {
    characters: [...new Set([...speaking, ...listed])].sort(order),
    speakingCharacters: [...speaking].sort(order),
  };
}

/** Splits the elements into scenes at each heading; elements before the first heading belong to none. */
export function collectScenes(
  script: ParsedScreenplay,
  options: CollectScenesOptions = {},
): ScreenplayScene[] {
  const layout = options.layout ?? russianA4Layout;
  const order = compareNames(options.locale);
  const starts: number[] = [];
  script.elements.forEach((element, index) => {
    if (element.kind === "heading") starts.push(index);
  });
  return starts.flatMap((start, position) => {
    const headingElement = script.elements[start];
    if (headingElement?.kind !== "heading") return [];
    const elements = script.elements.slice(start, starts[position + 1] ?? script.elements.length);
    // A length the writer's software stored (Final Draft's SceneProperties) wins over our estimate.
    const eighths = headingElement.properties?.eighths ?? measureEighths(elements, layout);
    return [
      {
        heading: headingElement.heading,
        line: headingElement.line,
        elements,
        ...collectCharacters(elements, order),
        eighths,
        screenSeconds: estimateScreenSeconds(eighths, options.minutesPerPage),
      },
    ];
  });
}
