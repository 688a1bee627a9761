// Page geometry, fonts and colours of the breakdown-sheet PDF, shared by its header, boxes and pages.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// PT Sans was drawn for the Russian market (ParaType); it covers Cyrillic and Latin alphabets.
export const fontFiles = {
  regular: require.resolve("@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf"),
} as const;

export const font = { regular: "PTSans", bold: "PTSans-Bold" } as const;

// A4 in points; 15 mm margins leave room for a hole punch in a binder.
export const page = { width: 595.28, height: 841.89, margin: 42 } as const;
export const contentWidth = page.width - 2 * page.margin;
export const footerHeight = 20;
export const bodyBottom = page.height - page.margin - footerHeight;

export const ink = { text: "#1a1a1a", muted: "#666666", rule: "#bbbbbb" } as const;

/** White or near-black, whichever reads better on the colour. */
export function textColorOn(background: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(background);
  if (!match) return ink.text;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16));
  const luminance = (0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0)) / 255;
  return luminance < 0.6 ? "#ffffff" : ink.text;
}

/** A colour the PDF can use: the category's own when it is "#rrggbb", grey otherwise. */
export function safeColor(color: string): string {
  return /^#[0-9a-f]{6}$/iu.test(color) ? color : "#8c8c8c";
}
