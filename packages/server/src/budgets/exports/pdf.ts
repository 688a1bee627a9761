// A report document as a PDF: A4 landscape, PT Sans (Cyrillic and Latin), a header on every page naming the
// project, the budget, its version, the currency, the rates and the day it was made, each sheet from a new page,
// tables that carry their header row over page breaks, and "page x of y" in every footer.
import PDFDocument from "pdfkit";
import { font, fontFiles } from "../../breakdown/sheet-pdf-style.ts";
import { cellText, columnCurrencies, columnLabel } from "./cells.ts";
import type { Column, ReportDocument, Row, Table } from "./document.ts";
import { formatDay, label, type ReportLanguage } from "./labels.ts";

type Doc = PDFKit.PDFDocument;

// A4 landscape in points; 12.7 mm margins leave the wide tables room.
const page = { width: 841.89, height: 595.28, margin: 36 } as const;
const contentWidth = page.width - 2 * page.margin;
const headerBottom = page.margin + 30;
const bodyBottom = page.height - page.margin - 18;
const rowHeight = 13;
const cellPadding = 3;
const ink = { text: "#1a1a1a", muted: "#777777", rule: "#bbbbbb", band: "#eeeeee", heading: "#f6f6f6" };

function drawPageHeader(doc: Doc, report: ReportDocument) {
  const { header, language } = report;
  const t = (key: Parameters<typeof label>[0]) => label(key, language);
  const left = `${header.project} — ${header.budget}`;
  const right = [
    `${t("version")} ${header.version} (${t(header.status)})`,
    `${t("currency")}: ${header.currency}`,
    `${t("rates")} ${header.rates.source} ${t("ratesOf")} ${formatDay(header.rates.date, language)}`,
    `${t("printedOn")} ${formatDay(header.printedOn, language)}`,
  ].join(" · ");
  doc.font(font.bold).fontSize(10).fillColor(ink.text);
  doc.text(left, page.margin, page.margin, { width: contentWidth * 0.45, lineBreak: false, ellipsis: true });
  doc.font(font.regular).fontSize(8).fillColor(ink.muted);
  doc.text(right, page.margin + contentWidth * 0.45, page.margin + 2, {
    width: contentWidth * 0.55,
    align: "right",
    lineBreak: false,
    ellipsis: true,
  });
  if (header.scope) doc.text(header.scope, page.margin, page.margin + 14, { width: contentWidth });
  doc
    .moveTo(page.margin, headerBottom - 4)
    .lineTo(page.margin + contentWidth, headerBottom - 4)
    .lineWidth(0.5)
    .strokeColor(ink.rule)
    .stroke();
}

function columnLayout(columns: readonly Column[]) {
  const weight = columns.reduce((sum, column) => sum + column.width, 0);
  let x = page.margin;
  return columns.map((column) => {
    const width = (column.width / weight) * contentWidth;
    const placed = { column, x, width };
    x += width;
    return placed;
  });
}

/** The widest text column: the one a row's indentation moves. */
function nameColumn(columns: readonly Column[]): number {
  return columns.reduce(
    (best, column, index) =>
      column.kind === "text" && column.width > (columns[best]?.width ?? 0) ? index : best,
    0,
  );
}

class TableWriter {
  y = headerBottom;

  constructor(
    private readonly doc: Doc,
    private readonly report: ReportDocument,
  ) {}

  newPage() {
    this.doc.addPage();
    drawPageHeader(this.doc, this.report);
    this.y = headerBottom;
  }

  ensureRoom(height: number, table?: Table) {
    if (this.y + height <= bodyBottom) return;
    this.newPage();
    if (table) this.headerRow(table);
  }

  title(text: string, size = 12) {
    this.ensureRoom(size + rowHeight * 3);
    this.doc.font(font.bold).fontSize(size).fillColor(ink.text);
    this.doc.text(text, page.margin, this.y, { width: contentWidth });
    this.y = this.doc.y + 4;
  }

  headerRow(table: Table) {
    // Two lines, so that a long column name ("Доля по соглашению, %") wraps instead of being cut.
    const height = 2 * rowHeight;
    this.doc.rect(page.margin, this.y, contentWidth, height).fill(ink.band);
    this.doc.font(font.bold).fontSize(7).fillColor(ink.text);
    const currencies = columnCurrencies(table);
    for (const [index, { column, x, width }] of columnLayout(table.columns).entries()) {
      const text = columnLabel(column, currencies[index] ?? null, this.report.header.currency);
      this.doc.text(text, x + cellPadding, this.y + 3, {
        width: width - 2 * cellPadding,
        height: height - 3,
        align: column.kind === "text" ? "left" : "right",
        ellipsis: true,
      });
    }
    this.y += height;
  }

  row(table: Table, row: Row) {
    this.ensureRoom(rowHeight, table);
    const style = row.style ?? "normal";
    const doc = this.doc;
    if (style === "heading") doc.rect(page.margin, this.y, contentWidth, rowHeight).fill(ink.heading);
    if (style === "total") {
      doc
        .moveTo(page.margin, this.y)
        .lineTo(page.margin + contentWidth, this.y)
        .lineWidth(0.75)
        .strokeColor(ink.text)
        .stroke();
    }
    const bold = style === "heading" || style === "subtotal" || style === "total";
    doc
      .font(bold ? font.bold : font.regular)
      .fontSize(7.5)
      .fillColor(style === "muted" ? ink.muted : ink.text);
    const named = nameColumn(table.columns);
    const currencies = columnCurrencies(table);
    columnLayout(table.columns).forEach(({ column, x, width }, index) => {
      const text = cellText(row.cells[index] ?? null, this.report.language, currencies[index] ?? null);
      if (text === "") return;
      const indent = index === named ? (row.indent ?? 0) * 8 : 0;
      doc.text(text, x + cellPadding + indent, this.y + 3, {
        width: width - 2 * cellPadding - indent,
        height: rowHeight,
        align: column.kind === "text" ? "left" : "right",
        lineBreak: false,
        ellipsis: true,
      });
    });
    this.y += rowHeight;
  }

  table(table: Table) {
    if (table.title) this.title(table.title, 10);
    this.ensureRoom(rowHeight * 3);
    this.headerRow(table);
    if (table.rows.length === 0) {
      this.doc.font(font.regular).fontSize(8).fillColor(ink.muted);
      this.doc.text(label("noRows", this.report.language), page.margin + cellPadding, this.y + 3);
      this.y += rowHeight;
    }
    for (const row of table.rows) this.row(table, row);
    for (const note of table.notes ?? []) {
      this.ensureRoom(rowHeight);
      this.doc.font(font.regular).fontSize(7.5).fillColor(ink.muted);
      this.doc.text(note, page.margin, this.y + 3, { width: contentWidth });
      this.y = this.doc.y;
    }
    this.y += rowHeight;
  }
}

function drawFooters(doc: Doc, language: ReportLanguage) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    // Text below the bottom margin would otherwise make PDFKit start a new page.
    doc.page.margins.bottom = 0;
    const text = label("page", language, { page: String(index + 1), pages: String(count) });
    doc.font(font.regular).fontSize(7.5).fillColor(ink.muted);
    doc.text(text, page.margin, page.height - page.margin - 8, {
      width: contentWidth,
      align: "right",
      lineBreak: false,
    });
  }
}

/** Every sheet of the document, each from a new page. */
export async function renderReportPdf(report: ReportDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: page.margin,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${report.title} — ${report.header.project}`, Creator: "Kinomost" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont(font.regular, fontFiles.regular);
  doc.registerFont(font.bold, fontFiles.bold);
  const writer = new TableWriter(doc, report);
  for (const sheet of report.sheets) {
    writer.newPage();
    writer.title(sheet.title, 14);
    for (const table of sheet.tables) writer.table(table);
  }
  if (report.sheets.length === 0) writer.newPage();
  drawFooters(doc, report.language);
  doc.end();
  return done;
}
