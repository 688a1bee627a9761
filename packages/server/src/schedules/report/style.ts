// The colours of the shooting schedule report, shared by its PDF and its workbook so both read alike.
import type { StripColor } from "./model.ts";

// The stripboard convention, softened to print: INT/DAY white, EXT/DAY yellow, INT/NIGHT blue, EXT/NIGHT green.
export const stripFills: Readonly<Record<StripColor, string>> = {
  white: "#ffffff",
  yellow: "#fff59d",
  blue: "#bbdefb",
  green: "#c8e6c9",
};

/** Column headings, a day's band, its total, and the banners of days off and of travel. */
export const bandFills = {
  head: "#e6e6e6",
  day: "#d5dde3",
  total: "#f1f3f4",
  banner: "#cfd8dc",
  travel: "#e1f0f7",
} as const;
