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

export type ScreenplayElement =
  | (ElementBase & { readonly kind: "heading"; readonly heading: SceneHeading })
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
  | "REPLACEMENT_CHARACTERS";

/** A problem found while reading; the script is still read, the warning says where and what. */
export interface ScreenplayWarning {
  readonly code: ScreenplayWarningCode;
  readonly line: number;
  /** Names the thing that failed; the line is carried apart (see formatScreenplayWarning). */
  readonly message: string;
}

export interface ParsedScreenplay {
  readonly format: string;
  readonly title: string | null;
  readonly titlePage: readonly TitlePageEntry[];
  readonly elements: readonly ScreenplayElement[];
  readonly warnings: readonly ScreenplayWarning[];
  /** How many lines the source has, so consumers can check line numbers. */
  readonly lineCount: number;
}
