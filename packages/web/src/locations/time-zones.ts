// Time zones offered for a location: every zone the browser knows, and the country's capital zone as the
// suggestion when the country changes (the same table the server uses).
export { defaultTimeZone as suggestedTimeZone } from "@kinomost/core/time-zones";

let zones: string[] | null = null;

export function timeZones(): string[] {
  zones ??= [...Intl.supportedValuesOf("timeZone"), "UTC"];
  return zones;
}
