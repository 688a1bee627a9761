// Breakdown sheets as a PDF: A4 portrait, one scene per page — a scene whose boxes do not fit continues on
// the next — with the header band, category boxes in two columns and "page x of y" in every footer.
import {
  breakdownSheetFieldLabels as labels,
  buildBreakdownSheetSections,
  type BreakdownCategory,
  type BreakdownSheet,
  type SheetLanguage,
} from "@kinomost/core";
import PDFDocument from "pdfkit";
import { drawBox, layoutBoxes, type SheetBox } from "./sheet-pdf-boxes.ts";
import { drawContinuationHeader, drawSheetHeader } from "./sheet-pdf-header.ts";
import { bodyBottom, contentWidth, font, fontFiles, ink, page } from "./sheet-pdf-style.ts";

type Doc = PDFKit.PDFDocument;

const columnGap = 10;
const rowGap = 10;
const boxWidth = (contentWidth - columnGap) / 2;
// A continuation page's header is one or two lines; boxes are cut to fit below the tallest.
const continuationHeaderHeight = 40;

function pairs<T>(items: readonly T[]): T[][] {
  const rows: T[][] = [];
  for (let index = 0; index < items.length; index += 2) rows.push(items.slice(index, index + 2));
  return rows;
}

function drawSheet(
  doc: Doc,
  sheet: BreakdownSheet,
  categories: readonly BreakdownCategory[],
  language: SheetLanguage,
) {
  doc.addPage();
  let y = drawSheetHeader(doc, sheet, language, page.margin) + rowGap;
  const sections = buildBreakdownSheetSections(sheet, categories, language);
  if (sections.length === 0) {
    doc
      .font(font.regular)
      .fontSize(10)
      .fillColor(ink.muted)
      .text(labels.noElements[language], page.margin, y);
    return;
  }
  const maxBoxHeight = bodyBottom - page.margin - continuationHeaderHeight - rowGap;
  const boxes: SheetBox[] = layoutBoxes(doc, sections, boxWidth, maxBoxHeight, language);
  for (const row of pairs(boxes)) {
    const height = Math.max(...row.map((box) => box.height));
    if (y + height > bodyBottom) {
      doc.addPage();
      y = drawContinuationHeader(doc, sheet, language, page.margin) + rowGap;
    }
    row.forEach((box, column) =>
      drawBox(doc, box, page.margin + column * (boxWidth + columnGap), y, boxWidth, height),
    );
    y += height + rowGap;
  }
}

function drawFooters(doc: Doc, language: SheetLanguage, pageSheets: readonly BreakdownSheet[]) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    // Text below the bottom margin would otherwise make PDFKit start a new page.
    doc.page.margins.bottom = 0;
    const y = page.height - page.margin - 10;
    const sheet = pageSheets[index];
    const pageText = labels.page[language]
      .replace("{page}", String(index + 1))
      .replace("{pages}", String(count));
    doc
      .moveTo(page.margin, y - 4)
      .lineTo(page.margin + contentWidth, y - 4)
      .lineWidth(0.5)
      .strokeColor(ink.rule)
      .stroke();
    doc.font(font.regular).fontSize(8).fillColor(ink.muted);
    if (sheet) {
      const episode = sheet.episode === null ? null : `${labels.episode[language]} ${sheet.episode}`;
      const left = [sheet.project, episode, sheet.draft].filter((part) => part).join(" · ");
      doc.text(left, page.margin, y, {
        width: contentWidth * 0.7,
        height: 10,
        ellipsis: true,
        lineBreak: false,
      });
    }
    doc.text(pageText, page.margin, y, { width: contentWidth, align: "right", lineBreak: false });
  }
}

/** One page (or more, for a long scene) per sheet, in the given order. */
export async function renderBreakdownSheetsPdf(
  sheets: readonly BreakdownSheet[],
  categories: readonly BreakdownCategory[],
  language: SheetLanguage,
): Promise<Uint8Array> {
  const project = sheets[0]?.project;
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margin: page.margin,
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: project ? `${labels.sheet[language]} — ${project}` : labels.sheet[language],
      Creator: "Kinomost",
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont(font.regular, fontFiles.regular);
  doc.registerFont(font.bold, fontFiles.bold);

  const pageSheets: BreakdownSheet[] = [];
  for (const sheet of sheets) {
    const before = doc.bufferedPageRange().count;
    drawSheet(doc, sheet, categories, language);
    const added = doc.bufferedPageRange().count - before;
    for (let index = 0; index < added; index += 1) pageSheets.push(sheet);
  }
  if (sheets.length === 0) {
    doc.addPage();
    doc
      .font(font.regular)
      .fontSize(10)
      .fillColor(ink.muted)
      .text(labels.noScenes[language], page.margin, page.margin);
  }
  drawFooters(doc, language, pageSheets);
  doc.end();
  return done;
}
