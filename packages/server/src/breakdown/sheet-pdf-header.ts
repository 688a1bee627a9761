// The header band of a breakdown-sheet page: project, episode and draft, the scene number in its stripboard
// colour, and the scene's facts. Draws with PDFKit and returns where the band ends.
import {
  breakdownSheetFieldLabels as labels,
  formatEighths,
  formatScreenTime,
  formatSheetLocation,
  formatSheetSetting,
  formatSheetTime,
  type BreakdownSheet,
  type SheetLanguage,
} from "@kinomost/core";
import { contentWidth, font, ink, page } from "./sheet-pdf-style.ts";

type Doc = PDFKit.PDFDocument;

// The stripboard convention: INT/DAY white, EXT/DAY yellow, INT/NIGHT blue, EXT/NIGHT green (softened to print).
function stripColor(scene: BreakdownSheet["scene"]): string {
  const isNight = scene.time === "NIGHT";
  const isExterior = scene.setting === "EXT" || scene.setting === "INT/EXT";
  if (isExterior) return isNight ? "#a5d6a7" : "#fff59d";
  return isNight ? "#90caf9" : "#ffffff";
}

const numberBoxWidth = 86;
const padding = 8;

interface Field {
  readonly label: string;
  readonly value: string;
}

function drawField(doc: Doc, field: Field, x: number, y: number, width: number): number {
  doc.font(font.regular).fontSize(7).fillColor(ink.muted).text(field.label.toUpperCase(), x, y, { width });
  const valueTop = y + doc.currentLineHeight(true);
  const value = field.value === "" ? "—" : field.value;
  doc.font(font.bold).fontSize(10).fillColor(ink.text);
  const height = doc.heightOfString(value, { width });
  doc.text(value, x, valueTop, { width });
  return valueTop + height;
}

/** The project line and the band with the scene's facts; returns the y below the band. */
export function drawSheetHeader(
  doc: Doc,
  sheet: BreakdownSheet,
  language: SheetLanguage,
  top: number,
): number {
  const { scene } = sheet;
  const left = page.margin;
  const title = labels.sheet[language];
  doc.font(font.regular).fontSize(9).fillColor(ink.muted);
  doc.text(sheet.draft, left, top + 4, { width: contentWidth, align: "right" });
  doc.font(font.bold).fontSize(14).fillColor(ink.text);
  doc.text(sheet.project, left, top, { width: contentWidth * 0.65 });
  const episode = sheet.episode === null ? "" : `${labels.episode[language]} ${sheet.episode} · `;
  doc.font(font.regular).fontSize(9).fillColor(ink.muted).text(`${episode}${title}`, left, doc.y);
  const bandTop = doc.y + 6;

  const factsLeft = left + numberBoxWidth + padding;
  const factsWidth = contentWidth - numberBoxWidth - 2 * padding;
  const column = factsWidth / 3;
  let y = bandTop + padding;
  doc
    .font(font.bold)
    .fontSize(12)
    .fillColor(ink.text)
    .text(scene.heading, factsLeft, y, { width: factsWidth });
  y = doc.y + 4;
  const grid: Field[] = [
    { label: labels.setting[language], value: formatSheetSetting(scene.setting, language) },
    { label: labels.time[language], value: formatSheetTime(scene, language) },
    { label: labels.storyDay[language], value: scene.storyDay ?? "" },
    { label: labels.pages[language], value: formatEighths(scene.eighths) },
    { label: labels.screenTime[language], value: formatScreenTime(scene.screenSeconds) },
  ];
  for (let row = 0; row < grid.length; row += 3) {
    const bottoms = grid
      .slice(row, row + 3)
      .map((field, index) => drawField(doc, field, factsLeft + index * column, y, column - 6));
    y = Math.max(...bottoms) + 4;
  }
  y = drawField(doc, { label: labels.set[language], value: scene.set }, factsLeft, y, factsWidth) + 4;
  const location = formatSheetLocation(scene.location);
  y = drawField(doc, { label: labels.location[language], value: location }, factsLeft, y, factsWidth) + 4;
  if (scene.synopsis) {
    doc
      .font(font.regular)
      .fontSize(7)
      .fillColor(ink.muted)
      .text(labels.synopsis[language].toUpperCase(), factsLeft, y);
    doc
      .font(font.regular)
      .fontSize(9)
      .fillColor(ink.text)
      .text(scene.synopsis, factsLeft, doc.y, { width: factsWidth });
    y = doc.y + 4;
  }
  const bandBottom = Math.max(y + padding - 4, bandTop + 80);

  // Drawn after the facts because its height depends on them: outlines only, so nothing drawn is covered.
  doc.save();
  doc
    .rect(left, bandTop, contentWidth, bandBottom - bandTop)
    .lineWidth(0.75)
    .strokeColor(ink.rule)
    .stroke();
  doc.rect(left, bandTop, numberBoxWidth, bandBottom - bandTop).fillAndStroke(stripColor(scene), ink.rule);
  doc.restore();
  doc.font(font.regular).fontSize(8).fillColor(ink.muted);
  doc.text(labels.scene[language].toUpperCase(), left, bandTop + padding, {
    width: numberBoxWidth,
    align: "center",
  });
  doc
    .font(font.bold)
    .fontSize(scene.number !== null && scene.number.length > 4 ? 18 : 28)
    .fillColor(ink.text);
  doc.text(scene.number ?? "—", left + 4, doc.y + 2, { width: numberBoxWidth - 8, align: "center" });
  return bandBottom;
}

/** A one-line header for the pages a long scene continues on; returns the y below it. */
export function drawContinuationHeader(
  doc: Doc,
  sheet: BreakdownSheet,
  language: SheetLanguage,
  top: number,
): number {
  const number = sheet.scene.number === null ? "" : ` ${sheet.scene.number}`;
  const text = `${labels.scene[language]}${number} (${labels.continued[language]}) — ${sheet.scene.heading}`;
  doc.font(font.bold).fontSize(11).fillColor(ink.text).text(text, page.margin, top, { width: contentWidth });
  const bottom = doc.y + 4;
  doc
    .moveTo(page.margin, bottom)
    .lineTo(page.margin + contentWidth, bottom)
    .lineWidth(0.75)
    .strokeColor(ink.rule)
    .stroke();
  return bottom;
}
