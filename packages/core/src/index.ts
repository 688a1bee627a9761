export { isCurrencyCode, minorUnitDigits, type CurrencyCode } from "./money/currency.ts";
export { parseMoney, formatMoneyDecimal, type Money, type ParseMoneyError } from "./money/money.ts";
export { allocateLargestRemainder } from "./money/allocate.ts";
export { isCountryCode, countryName, type CountryCode } from "./geography/countries.ts";
export { isTimeZone, defaultTimeZone } from "./geography/time-zones.ts";
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
  matchRevisionScenes,
  sceneContent,
  contentSimilarity,
  type RevisionScene,
  type SceneRevision,
  type MatchOptions,
} from "./screenplay/revisions.ts";
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
export {
  buildRateTable,
  rateTableFromRateFile,
  findRate,
  invertRate,
  minorUnitRate,
  convertMoney,
  convertWithTable,
  type ExchangeRate,
  type RateTable,
  type RateError,
  type RateResult,
} from "./money/convert.ts";
export {
  parseDecimalRatio,
  roundRatio,
  divideRounded,
  formatRatio,
  roundingModes,
  type Ratio,
  type RoundingMode,
} from "./money/ratio.ts";
export { computeBudget, type ComputeBudgetOptions, type ComputeBudgetResult } from "./budget/compute.ts";
export { readBudgetFile, budgetFormat, budgetFormatVersion, type ReadBudgetResult } from "./budget/format.ts";
export {
  parseExpression,
  evaluateExpression,
  evaluateFormula,
  type Expression,
  type ExpressionError,
  type ExpressionErrorCode,
} from "./budget/expression.ts";
export { lockOriginal } from "./budget/variance.ts";
export {
  computeCostReport,
  type Actual,
  type EstimateToComplete,
  type CostReportInput,
  type CostReport,
  type CostReportRow,
} from "./budget/cost-report.ts";
export {
  estimateRebates,
  findRebatePack,
  type RebateContext,
  type RebateEstimate,
  type RebateShortfall,
  type RebateProblem,
} from "./budget/rebates.ts";
export { defaultRebatePacks } from "./budget/rebate-packs.ts";
export { defaultUnits } from "./budget/units.ts";
export { budgetTerms, type BudgetTerm, type TermLanguage } from "./budget/terms.ts";
export type { RebatePack, RebateTier, RebateRequirement, IndexUnitValue } from "./budget/rebate-types.ts";
export type {
  Budget,
  BudgetLine,
  BudgetAccount,
  BudgetCategory,
  BudgetSide,
  Fringe,
  UnitDefinition,
  BudgetGroup,
  Contingency,
  BudgetPartner,
  LockedOriginal,
  RebateFacts,
  ProjectKind,
  BudgetError,
  BudgetErrorCode,
} from "./budget/types.ts";
export type {
  Amounts,
  BudgetTotals,
  LineTotal,
  AccountTotal,
  CategoryTotal,
  PartnerTotal,
  CountryTotal,
  CurrencyTotal,
  FringeTotal,
  BudgetVariance,
  VarianceRow,
} from "./budget/totals.ts";
export {
  validateConsortium,
  consortiumFormat,
  partnerRoles,
  personRoles,
  placeKinds,
  workKinds,
  inKindCategories,
  fundingSources,
  type Consortium,
  type Partner,
  type Contribution,
  type Person,
  type Place,
  type Financing,
  type CompanyWork,
  type PartnerRole,
  type PersonRole,
  type PlaceKind,
  type WorkKind,
  type InKindCategory,
  type FundingSource,
  type ConsortiumProblem,
  type ValidateConsortiumResult,
} from "./coproduction/consortium.ts";
export type { JsonProblem, JsonProblemCode } from "./coproduction/json-reader.ts";
export {
  checkAgreedShares,
  computeActualShares,
  findLateInstalments,
  describeShareError,
  daysBetween,
  type ShareError,
  type ActualShare,
  type ActualShares,
  type LateInstalment,
  type LedgerPartner,
  type LedgerContribution,
  type LedgerInstalment,
} from "./coproduction/shares.ts";
export {
  convertAtAgreedRate,
  describeConversionError,
  type AgreedRate,
  type ConversionError,
} from "./coproduction/conversion.ts";
export {
  evaluateQualification,
  evaluatePack,
  pickPackName,
  toQualificationContract,
  type EvaluateOptions,
  type Qualification,
  type PackQualification,
} from "./coproduction/engine.ts";
export { selectPhrasebook, resolveMessageLocale } from "./coproduction/messages/index.ts";
export { messageLocales, type MessageLocale, type Phrasebook } from "./coproduction/messages/phrasebook.ts";
export type {
  RulePack,
  Rule,
  RuleKind,
  RuleOutcome,
  RulePackSource,
  PointsTable,
  PointsElement,
  PercentRange,
} from "./coproduction/rule-pack.ts";
export { builtinRulePacks, findBuiltinRulePack } from "./coproduction/packs/builtin.ts";
export {
  rulePackSchema,
  generateRulePackJsonSchema,
  isLanguageCode,
  ruleKinds,
  type RulePackCheckCode,
  type RulePackInput,
} from "./coproduction/pack-schema.ts";
export {
  readRulePack,
  writeRulePackYaml,
  writeRulePackJson,
  guessRulePackFormat,
  maxRulePackBytes,
  type ReadRulePackResult,
  type RulePackError,
  type RulePackErrorCode,
  type RulePackFormat,
  type WriteRulePackOptions,
} from "./coproduction/pack-reader.ts";
/** The rule pack's JSON Schema for editors, as committed (a test keeps it equal to the zod schema's). */
export { default as rulePackJsonSchema } from "./coproduction/rule-pack.schema.json" with { type: "json" };
export {
  appendAuditEntry,
  auditEntryAfter,
  verifyAuditChain,
  genesisHash,
  type AuditEntry,
  type AuditEvent,
  type HashFunction,
  type AuditChainProblem,
  type VerifyAuditChainResult,
} from "./coproduction/audit-chain.ts";
export { canonicalJson, type JsonValue } from "./coproduction/canonical-json.ts";
export {
  diffTerms,
  formatTermsPath,
  type TermsChange,
  type TermsPathSegment,
  type DiffTermsOptions,
} from "./coproduction/terms-diff.ts";
export {
  validateWaterfall,
  parseWaterfallJson,
  waterfallFormat,
  type ValidateWaterfallResult,
} from "./waterfall/validate.ts";
export type { WaterfallDefinitionError, WaterfallErrorCode } from "./waterfall/json-reader.ts";
export {
  parseReceiptsCsv,
  receiptColumns,
  type ParseReceiptsResult,
  type ReceiptError,
  type ReceiptErrorCode,
  type ReceiptColumn,
} from "./waterfall/receipts-csv.ts";
export {
  readRateBook,
  emptyRateBook,
  findReceiptRate,
  type RateBook,
  type RateBookTable,
  type ReadRateBookResult,
  type FoundRate,
} from "./waterfall/rates.ts";
export { runWaterfall, type RunWaterfallOptions } from "./waterfall/engine.ts";
export {
  toWaterfallRunJson,
  type WaterfallRunJson,
  type WaterfallReceiptJson,
  type WaterfallStepJson,
} from "./waterfall/result-json.ts";
export {
  buildStatements,
  type PartyStatement,
  type PartyPosition,
  type StatementLine,
} from "./waterfall/statements.ts";
export { statementPeriods, type StatementPeriod } from "./waterfall/dates.ts";
export { waterfallMedia, worldwideTerritory } from "./waterfall/types.ts";
export type {
  Fraction,
  WaterfallMedia,
  WaterfallParty,
  WaterfallInvestment,
  WaterfallTier,
  WaterfallTierKind,
  WaterfallPot,
  WaterfallRoute,
  WaterfallDefinition,
  Receipt,
  AppliedRate,
  TracePayment,
  TraceStep,
  ReceiptTrace,
  WaterfallRun,
  WaterfallRunError,
  WaterfallRunResult,
  FeeTier,
  CorridorTier,
  ExpensesTier,
  RecoupTier,
  DefermentTier,
  SplitTier,
} from "./waterfall/types.ts";
export {
  parseKitScenarioXml,
  parseStarcScreenplayXml,
  type ParseKitScenarioOptions,
} from "./screenplay/kit-scenario.ts";
export { kitBlockRoles, type KitBlockRole } from "./screenplay/kit-blocks.ts";
export {
  alignTranslation,
  type AlignableScene,
  type TranslationAlignment,
} from "./screenplay/translations.ts";
export {
  breakdownCategoryKeys,
  standardBreakdownCategories,
  customCategoryKey,
  matchCategoryName,
  isStandardCategoryKey,
  isCustomCategoryKey,
  type BreakdownCategoryKey,
  type BreakdownCategory,
} from "./breakdown/categories.ts";
export {
  validateElementLinks,
  withLinkedElements,
  nextBoardId,
  assignCastBoardIds,
  type BreakdownElementRules,
  type LinkedElement,
  type ElementLinkProblem,
} from "./breakdown/elements.ts";
export {
  createDictionaryMatcher,
  suggestSceneElements,
  type DictionaryEntry,
  type DictionaryMatch,
  type DictionaryMatcher,
  type SceneDictionarySuggestion,
} from "./breakdown/dictionary.ts";
export {
  buildBreakdownSheetSections,
  groupSheetElements,
  formatSheetElement,
  formatSheetLocation,
  formatSheetSetting,
  formatSheetTime,
  breakdownTimeLabels,
  breakdownSettingLabels,
  breakdownSheetFieldLabels,
  type SheetLanguage,
  type BreakdownSheet,
  type BreakdownSheetScene,
  type BreakdownSheetElement,
  type BreakdownSheetSection,
} from "./breakdown/sheet.ts";
export { breakdownSheetsCsv, type BreakdownCsvOptions } from "./breakdown/sheet-csv.ts";
export {
  parsePdfLayout,
  type ParsePdfLayoutOptions,
  type PdfPage,
  type PdfTextItem,
} from "./screenplay/pdf-layout.ts";
export {
  createProductionOptimizer,
  type ProductionOptimizer,
  type ProductionOptimizerOptions,
  type ProductionProgress,
} from "./schedule/production/optimize.ts";
export {
  evaluateSchedule,
  type ScheduleEvaluation,
  type ScheduleViolation,
  type ScheduleViolationCode,
  type CastCostLine,
  type UnitLine,
} from "./schedule/production/evaluate.ts";
export { explainInfeasibility } from "./schedule/production/feasibility.ts";
export {
  constructSchedule,
  type ConstructionStrategy,
  type ConstructScheduleResult,
} from "./schedule/production/construct.ts";
export {
  generateSeriesInstance,
  generateSeriesCase,
  seriesSizes,
  type SeriesSize,
  type SeriesSizeName,
} from "./schedule/production/generate.ts";
export {
  publicHolidays,
  holidaysFor,
  holidayCountries,
  type PublicHoliday,
} from "./schedule/production/holidays.ts";
export {
  defaultLabourRules,
  russianLabourRules,
  productionDefaults,
} from "./schedule/production/defaults.ts";
export type { ProductionProblem, ProductionProblemCode } from "./schedule/production/problems.ts";
export type {
  ProductionInstance,
  ProductionCalendar,
  ProductionUnit,
  ProductionScene,
  ProductionLocation,
  ProductionCast,
  ProductionCosts,
  ProductionRules,
  LabourRules,
  MoneyAmount,
  DateWindow,
  IsoDate,
  SceneSetting,
  SceneTime,
  ShiftKind,
  Schedule,
  ScheduledDay,
  ScheduleCost,
} from "./schedule/production/types.ts";
export { expressionNames } from "./budget/expression.ts";
export { dayOutOfDays, doodColumns } from "./schedule/dood/day-out-of-days.ts";
export { dayOutOfDaysCsv, doodMoney, type DoodCsvOptions } from "./schedule/dood/csv.ts";
export {
  doodCodeNames,
  doodCodeColors,
  doodDayHeading,
  doodLabels,
  doodTotalKeys,
  type DoodLanguage,
} from "./schedule/dood/labels.ts";
export {
  doodCodes,
  doodWorkCodes,
  type DayOutOfDays,
  type DoodCalendar,
  type DoodCode,
  type DoodColumns,
  type DoodDay,
  type DoodElement,
  type DoodHoliday,
  type DoodInput,
  type DoodRow,
  type DoodShootingDay,
  type DoodTotals,
} from "./schedule/dood/types.ts";
export {
  actualFields,
  detectColumns,
  columnLetter,
  type ActualField,
  type ActualColumnMapping,
  type ActualColumn,
} from "./actuals/columns.ts";
export {
  parseLedgerAmount,
  readWrittenAmount,
  type AmountProblem,
  type AmountProblemCode,
  type LedgerAmountResult,
} from "./actuals/amount.ts";
export { readLedgerDate, readLedgerCurrency, readLedgerCountry } from "./actuals/cells.ts";
export { readActualRows, inspectActualRows, locateHeader } from "./actuals/read-rows.ts";
export type {
  LedgerActual,
  ActualRowError,
  ActualRowErrorCode,
  ReadActualsOptions,
  ReadActualRowsResult,
  InspectedRow,
  ActualsInspection,
} from "./actuals/types.ts";
export {
  readActualsCsv,
  detectCsvDelimiter,
  type ReadActualsCsvResult,
  type ActualsFileError,
  type ActualsFileErrorCode,
  type CsvDelimiter,
} from "./actuals/csv.ts";
export {
  budgetTemplate,
  templateChart,
  templateFringes,
  templateGlobals,
  templateKinds,
  templateLanguages,
  type BudgetTemplateOptions,
  type TemplateKind,
  type TemplateLanguage,
} from "./budget/templates/template.ts";
export {
  chartCategories,
  chartFormat,
  chartFormatVersion,
  exportChart,
  readChart,
  type Chart,
  type ChartAccount,
  type ChartCategory,
  type ReadChartResult,
} from "./budget/templates/chart.ts";
export {
  assembleCallSheet,
  callSheetRequirementCategories,
  mapLink,
} from "./schedule/call-sheet/assemble.ts";
export type {
  CallSheet,
  CallSheetInput,
  CallSheetDetails,
  CallSheetPlace,
  CallSheetHospital,
  CallSheetSceneInput,
  CallSheetCastInput,
  CallSheetCrewInput,
  CallSheetAdvanceInput,
  CallSheetLocation,
  CallSheetScene,
  CallSheetCastMember,
  CallSheetRequirement,
  CallSheetCrewCall,
  CallSheetAdvanceDay,
} from "./schedule/call-sheet/model.ts";
export { castDayStatus, type CallSheetDoodStatus } from "./schedule/call-sheet/dood-status.ts";
export {
  sunTimes,
  sunInstants,
  type SunPlace,
  type SunTimes,
  type SunInstants,
} from "./schedule/call-sheet/sun.ts";
export { isClockTime, parseClockTime, formatClockTime } from "./schedule/call-sheet/clock-time.ts";
export { zoneOffsetMinutes, zonedInstant, formatZonedTime } from "./schedule/call-sheet/time-zone.ts";
export {
  callSheetLanguages,
  callSheetPhrasebook,
  callSheetLanguage,
  fillPhrase,
  departmentName,
  formatCallSheetDate,
  type CallSheetLanguage,
  type CallSheetPhrases,
} from "./schedule/call-sheet/phrases.ts";
export { shootingCalendar } from "./schedule/calendar/shooting-calendar.ts";
export {
  namedPublicHolidays,
  type HolidayNames,
  type NamedHoliday,
} from "./schedule/calendar/holiday-names.ts";
export type {
  CalendarCell,
  CalendarCellKind,
  CalendarCountry,
  CalendarInput,
  CalendarLocation,
  CalendarShift,
  CalendarShooting,
  CalendarUnit,
  ShootingCalendar,
} from "./schedule/calendar/types.ts";
export {
  ussVersion,
  type UssBody,
  type UssBoard,
  type UssBreakdown,
  type UssCalendar,
  type UssCategory,
  type UssDocument,
  type UssElement,
  type UssError,
  type UssErrorCode,
  type UssEvent,
  type UssHeader,
  type UssStripboard,
} from "./schedule/uss/document.ts";
export { readUss, readUssText, type UssReadResult } from "./schedule/uss/reader.ts";
export { ussToInterchange, type UssLocations } from "./schedule/uss/to-model.ts";
export { interchangeToUss, ussSyntheticId } from "./schedule/uss/from-model.ts";
export { ussCategoryKey, ussCategoryNumbers } from "./schedule/uss/categories.ts";
export type {
  InterchangeBoard,
  InterchangeCalendar,
  InterchangeCategory,
  InterchangeElement,
  InterchangeEvent,
  InterchangeHeader,
  InterchangeNote,
  InterchangeScene,
  InterchangeStrip,
  InterchangeStripboard,
  ScheduleInterchange,
} from "./schedule/uss/model.ts";
export {
  planUssImport,
  ussMaxCalendarDays,
  type UssImportOptions,
  type UssImportPlan,
  type UssImportResult,
  type UssPlannedDay,
  type UssProject,
  type UssProjectScene,
  type UssUnmatchedScene,
} from "./schedule/uss/plan.ts";
export type { UssPlannedElement, UssProjectElement } from "./schedule/uss/plan-elements.ts";
