// Tables of the call-sheet PDF: a header row in a grey band, rows that wrap their cells and move to the next page
// (with the header again) when they do not fit.
import { bodyBottom, contentWidth, font, ink, page, size } from "./pdf-style.ts";

type Doc = PDFKit.PDFDocument;

export interface Column {
  readonly label: string;
  /** A share of the page's width; the shares of a table add up to 1. */
  readonly share: number;
  readonly align?: "left" | "right" | "center";
  readonly bold?: boolean;
}

const padding = 3;

/** The page's running position: where the next block starts, and a new page when a block does not fit. */
export class Flow {
  y: number = page.margin;
  constructor(
    readonly doc: Doc,
    private readonly onNewPage: () => number,
  ) {}

  /** Starts a new page when `height` does not fit below the current position. */
  ensure(height: number): void {
    if (this.y + height > bodyBottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.onNewPage();
  }

  gap(points: number): void {
    this.y += points;
  }
}

function cellHeights(doc: Doc, columns: readonly Column[], cells: readonly string[], bold: boolean): number {
  return Math.max(
    ...columns.map((column, index) => {
      doc.font(bold || column.bold ? font.bold : font.regular).fontSize(size.body);
      return doc.heightOfString(cells[index] || "—", { width: column.share * contentWidth - 2 * padding });
    }),
  );
}

function drawRow(doc: Doc, columns: readonly Column[], cells: readonly string[], y: number, header: boolean) {
  const height = cellHeights(doc, columns, cells, header) + 2 * padding;
  if (header) doc.save().rect(page.margin, y, contentWidth, height).fill(ink.band).restore();
  let x = page.margin;
  columns.forEach((column, index) => {
    const width = column.share * contentWidth;
    doc
      .font(header || column.bold ? font.bold : font.regular)
      .fontSize(header ? size.small : size.body)
      .fillColor(header ? ink.muted : ink.text)
      .text(cells[index] || "—", x + padding, y + padding, {
        width: width - 2 * padding,
        align: column.align ?? "left",
      });
    x += width;
  });
  doc
    .moveTo(page.margin, y + height)
    .lineTo(page.margin + contentWidth, y + height)
    .lineWidth(0.4)
    .strokeColor(ink.rule)
    .stroke();
  return height;
}

/** A table below the flow's position; rows that do not fit go to the next page under the header again. */
export function drawTable(
  flow: Flow,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): void {
  const { doc } = flow;
  const labels = columns.map((column) => column.label);
  const headerHeight = cellHeights(doc, columns, labels, true) + 2 * padding;
  const firstRow = rows[0] ? cellHeights(doc, columns, rows[0], false) + 2 * padding : 0;
  flow.ensure(headerHeight + firstRow);
  flow.y += drawRow(doc, columns, labels, flow.y, true);
  for (const row of rows) {
    const height = cellHeights(doc, columns, row, false) + 2 * padding;
    if (flow.y + height > bodyBottom) {
      flow.newPage();
      flow.y += drawRow(doc, columns, labels, flow.y, true);
    }
    flow.y += drawRow(doc, columns, row, flow.y, false);
  }
}

/** A section's title with a rule under it. */
export function drawSectionTitle(flow: Flow, title: string): void {
  const { doc } = flow;
  flow.gap(6);
  flow.ensure(40);
  doc
    .font(font.bold)
    .fontSize(size.heading)
    .fillColor(ink.accent)
    .text(title.toUpperCase(), page.margin, flow.y, {
      width: contentWidth,
      characterSpacing: 0.4,
    });
  flow.y = doc.y + 2;
  doc
    .moveTo(page.margin, flow.y)
    .lineTo(page.margin + contentWidth, flow.y)
    .lineWidth(0.8)
    .strokeColor(ink.accent)
    .stroke();
  flow.y += 4;
}

/** A paragraph of running text across the page. */
export function drawParagraph(flow: Flow, text: string, options: { muted?: boolean; small?: boolean } = {}) {
  const { doc } = flow;
  doc
    .font(font.regular)
    .fontSize(options.small ? size.small : size.body)
    .fillColor(options.muted ? ink.muted : ink.text);
  const height = doc.heightOfString(text, { width: contentWidth });
  flow.ensure(Math.min(height, 60));
  doc.text(text, page.margin, flow.y, { width: contentWidth });
  flow.y = doc.y + 2;
}
