// Page geometry, fonts and colours of the call-sheet PDF, shared by its header, tables and pages.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// Noto Sans covers every partner alphabet a call sheet carries in names, addresses and notes: Cyrillic with the
// Kazakh (ә ғ қ ң ө ұ ү һ і), Belarusian (ў) and Tajik (ҷ ӣ ӯ ҳ) letters, and Uzbek Latin with its turned comma
// (oʻ gʻ, U+02BB), which PT Sans lacks. PDFKit embeds the subset of glyphs the sheet uses.
export const fontFiles = {
  regular: require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
} as const;

export const font = { regular: "NotoSans", bold: "NotoSans-Bold" } as const;

// A4 in points with 12 mm margins: a call sheet is dense, and is read on a phone as often as on paper.
export const page = { width: 595.28, height: 841.89, margin: 34 } as const;
export const contentWidth = page.width - 2 * page.margin;
export const footerHeight = 18;
export const bodyBottom = page.height - page.margin - footerHeight;

export const ink = {
  text: "#1a1a1a",
  muted: "#5f6368",
  rule: "#b8b8b8",
  band: "#f1f3f4",
  link: "#1a56b8",
  accent: "#8a1c1c",
} as const;

export const size = { title: 18, heading: 10.5, body: 8.5, small: 7.5, call: 20 } as const;
