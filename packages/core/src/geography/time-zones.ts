// Time zones of shooting locations: IANA names, checked against what the runtime's Intl knows, and the
// zone a location in a country most likely uses when nobody has said otherwise.

let known: ReadonlySet<string> | null = null;

/** Whether `name` is an IANA time zone ("Europe/Minsk", "Asia/Almaty", "UTC"). */
export function isTimeZone(name: string): boolean {
  known ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  if (known.has(name)) return true;
  // Aliases ("Asia/Alma-Ata") are valid zones that supportedValuesOf leaves out.
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name);
  } catch {
    return false;
  }
}

// The capital's zone of the countries co-productions here shoot in; a location elsewhere names its own.
const capitalZones: Readonly<Record<string, string>> = {
  RU: "Europe/Moscow",
  BY: "Europe/Minsk",
  KZ: "Asia/Almaty",
  UZ: "Asia/Tashkent",
  TJ: "Asia/Dushanbe",
  KG: "Asia/Bishkek",
  AM: "Asia/Yerevan",
  AZ: "Asia/Baku",
  GE: "Asia/Tbilisi",
  MD: "Europe/Chisinau",
  TM: "Asia/Ashgabat",
  MN: "Asia/Ulaanbaatar",
  RS: "Europe/Belgrade",
  TR: "Europe/Istanbul",
  AE: "Asia/Dubai",
  CN: "Asia/Shanghai",
  IN: "Asia/Kolkata",
};

/** The zone of the country's capital, or null when the country spans zones we do not guess. */
export function defaultTimeZone(country: string): string | null {
  return capitalZones[country.toUpperCase()] ?? null;
}
