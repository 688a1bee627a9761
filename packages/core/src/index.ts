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
