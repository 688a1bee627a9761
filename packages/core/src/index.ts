export { isCurrencyCode, minorUnitDigits, type CurrencyCode } from "./money/currency.ts";
export { parseMoney, formatMoneyDecimal, type Money, type ParseMoneyError } from "./money/money.ts";
export { allocateLargestRemainder } from "./money/allocate.ts";
export { isCountryCode, countryName, type CountryCode } from "./geography/countries.ts";
export { pickLocalized, type LocalizedText } from "./language/localized.ts";
export {
  projectRoles,
  organizationRoles,
  projectActions,
  canPerform,
  isProjectRole,
  type ProjectRole,
  type OrganizationRole,
  type ProjectAction,
} from "./access/roles.ts";
export {
  solveTalentSchedule,
  type SolveTalentOptions,
  type TalentScheduleResult,
} from "./schedule/talent/solve.ts";
export {
  validateTalentInstance,
  evaluateHoldingCost,
  checkSceneOrder,
  TalentInstanceError,
  type TalentInstance,
  type TalentInstanceProblem,
  type TalentInstanceField,
} from "./schedule/talent/instance.ts";
export { parseFountain, type ParseFountainOptions } from "./screenplay/fountain.ts";
export {
  readScript,
  guessScriptFormat,
  describeReadScriptError,
  scriptFormats,
  type ScriptFormat,
  type ReadScriptError,
  type ReadScriptResult,
} from "./screenplay/read-script.ts";
export {
  parseFdx,
  defaultFdxParagraphTypes,
  type ParseFdxOptions,
  type FdxParagraphRole,
} from "./screenplay/fdx.ts";
export {
  parseSceneHeading,
  splitSceneNumber,
  type ParsedHeading,
  type HeadingIssue,
  type HeadingIssueCode,
} from "./screenplay/heading.ts";
export {
  defaultHeadingTables,
  extendHeadingTables,
  type HeadingTables,
  type HeadingPrefix,
  type TimeOfDayWord,
} from "./screenplay/heading-tables.ts";
export {
  parseCharacterCue,
  classifyExtension,
  defaultExtensionWords,
  type ExtensionWord,
} from "./screenplay/cues.ts";
export { defaultTransitions } from "./screenplay/transitions.ts";
export { parseEmphasis, stripEmphasis, type EmphasisSpan } from "./screenplay/emphasis.ts";
export {
  usLetterLayout,
  russianA4Layout,
  measureEighths,
  estimateScreenSeconds,
  formatScreenTime,
  formatEighths,
  parseEighths,
  type PageLayout,
} from "./screenplay/length.ts";
export { collectScenes, type ScreenplayScene, type CollectScenesOptions } from "./screenplay/scenes.ts";
export {
  buildScriptParseResult,
  formatScreenplayWarning,
  type ScriptParseResult,
  type ScriptParseScene,
} from "./screenplay/script-parse.ts";
export {
  decodeScriptBytes,
  type DecodeScriptResult,
  type DecodeScriptError,
  type ScriptEncoding,
} from "./screenplay/decode.ts";
export type {
  ParsedScreenplay,
  ScreenplayElement,
  ScreenplayElementKind,
  SceneHeading,
  Setting,
  TimeOfDay,
  CharacterCue,
  CueExtension,
  ExtensionKind,
  DualSide,
  TitlePageEntry,
  ScreenplayWarning,
  ScreenplayWarningCode,
  SceneProperties,
  BreakdownSuggestion,
} from "./screenplay/types.ts";
export { parseRateFile } from "./rates/parse.ts";
export type {
  RateFile,
  Rate,
  RateSource,
  RateFileError,
  RateFileErrorCode,
  RateWarning,
  RateWarningCode,
  ParseRateFileResult,
} from "./rates/types.ts";
