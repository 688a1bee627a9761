// The screenplay model every importer produces: elements in reading order with 1-based line numbers.
// Plain data only; nothing here parses, measures or knows a file format.

export type Setting = "INT" | "EXT" | "INT/EXT";

export type TimeOfDay = "DAY" | "NIGHT" | "MORNING" | "EVENING" | "DAWN" | "DUSK" | "CONTINUOUS" | "LATER";

/** A recognised scene heading; the original words are kept beside their normalised meaning. */
export interface SceneHeading {
  /** The heading as written, without a forcing dot and without the scene number. */
  readonly text: string;
  /** The prefix as written ("ИНТ.", "I/E"), or null for a forced heading. */
  readonly prefix: string | null;
  readonly setting: Setting | null;
  readonly location: string;
  readonly time: TimeOfDay | null;
  /** The time-of-day words as written ("НЕМНОГО ПОЗЖЕ"), null when the heading names none. */
  readonly timeText: string | null;
  /** The story day ("3" from «ДЕНЬ 3» or «…, 3»), null when absent. */
  readonly storyDay: string | null;
  /** The scene number from `#12А#`, null when absent. */
  readonly number: string | null;
  readonly isForced: boolean;
}

/** What a character extension means, when the table knows it. */
export type ExtensionKind = "VOICE_OVER" | "OFF_SCREEN" | "CONTINUED";

export interface CueExtension {
  /** The words inside the parentheses as written ("З.К.", "V.O.", "по телефону"). */
  readonly text: string;
  readonly kind: ExtensionKind | null;
}

export interface CharacterCue {
  /** The character's name without extensions ("ИВАН"). */
  readonly name: string;
  readonly extensions: readonly CueExtension[];
  readonly isForced: boolean;
}

export type DualSide = "left" | "right";

interface ElementBase {
  /** 1-based line of the element's first line in the source. */
  readonly line: number;
}

/** Final Draft's SceneProperties of a scene heading, kept as the file gives them. */
export interface SceneProperties {
  /** The writer's length as written ("1 3/8"), null when absent. */
  readonly length: string | null;
  /** The same length in eighths of a page (11), null when absent or not a length. */
  readonly eighths: number | null;
  readonly page: string | null;
  readonly title: string | null;
  /** Final Draft's colour as written ("#FFFF00000000"), null when absent. */
  readonly color: string | null;
}

export type ScreenplayElement =
  | (ElementBase & {
      readonly kind: "heading";
      readonly heading: SceneHeading;
      /** Only formats that store them (FDX) set this. */
      readonly properties?: SceneProperties;
    })
  | (ElementBase & {
      readonly kind: "sceneCharacters";
      readonly text: string;
      readonly names: readonly string[];
    })
  | (ElementBase & { readonly kind: "action"; readonly text: string; readonly isForced: boolean })
  | (ElementBase & {
      readonly kind: "character";
      readonly text: string;
      readonly cue: CharacterCue;
      readonly dual: DualSide | null;
    })
  | (ElementBase & { readonly kind: "dialogue"; readonly text: string })
  | (ElementBase & { readonly kind: "parenthetical"; readonly text: string })
  | (ElementBase & { readonly kind: "lyrics"; readonly text: string })
  | (ElementBase & { readonly kind: "transition"; readonly text: string; readonly isForced: boolean })
  | (ElementBase & { readonly kind: "centered"; readonly text: string })
  | (ElementBase & { readonly kind: "section"; readonly text: string; readonly depth: number })
  | (ElementBase & { readonly kind: "synopsis"; readonly text: string })
  | (ElementBase & { readonly kind: "note"; readonly text: string })
  | (ElementBase & { readonly kind: "pageBreak" });

export type ScreenplayElementKind = ScreenplayElement["kind"];

export interface TitlePageEntry {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

export type ScreenplayWarningCode =
  | "UNCLOSED_BONEYARD"
  | "UNCLOSED_NOTE"
  | "HEADING_WITHOUT_TIME"
  | "HEADING_WITHOUT_LOCATION"
  | "UNKNOWN_TIME_OF_DAY"
  | "DUPLICATE_SCENE_NUMBER"
  | "DUAL_WITHOUT_PARTNER"
  | "CUE_WITHOUT_DIALOGUE"
  | "MIXED_ALPHABETS"
  | "TEXT_BEFORE_FIRST_SCENE"
  | "NO_SCENES"
  | "EMPTY_SCRIPT"
  | "REPLACEMENT_CHARACTERS"
  // Final Draft FDX: the first two mean the file could not be read at all and come alone.
  | "MALFORMED_XML"
  | "NOT_FDX"
  | "UNKNOWN_PARAGRAPH_TYPE"
  | "UNKNOWN_TAG"
  // PDF: the lines did not fall into a screenplay's indentation columns, so element kinds are guesses.
  | "LOW_LAYOUT_CONFIDENCE";

/** A problem found while reading; the script is still read, the warning says where and what. */
export interface ScreenplayWarning {
  readonly code: ScreenplayWarningCode;
  readonly line: number;
  /** Names the thing that failed; the line is carried apart (see formatScreenplayWarning). */
  readonly message: string;
}

/** An element the script's own file tagged for breakdown (Final Draft Tagger), for a person to confirm. */
export interface BreakdownSuggestion {
  /** The category as the file names it ("Props", "Реквизит"). */
  readonly category: string;
  readonly label: string;
  /** The scene the tag sits in: its number, and its heading's line (null when before the first heading). */
  readonly sceneNumber: string | null;
  readonly sceneLine: number | null;
  /** 1-based line of the paragraph holding the tagged words. */
  readonly line: number;
}

export interface ParsedScreenplay {
  readonly format: string;
  readonly title: string | null;
  readonly titlePage: readonly TitlePageEntry[];
  readonly elements: readonly ScreenplayElement[];
  readonly warnings: readonly ScreenplayWarning[];
  /** How many lines the source has, so consumers can check line numbers. */
  readonly lineCount: number;
  /** Breakdown tags the file carried (FDX Tagger); absent for formats without them. */
  readonly breakdownSuggestions?: readonly BreakdownSuggestion[];
  /** How sure a layout-reading importer (PDF) is of the element kinds, from 0 to 1; absent when the format marks kinds. */
  readonly confidence?: number;
}
