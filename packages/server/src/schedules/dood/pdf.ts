// The day out of days as a PDF: A4 landscape pages of the codes grid — number and name on the left, one narrow
// column per day (its number over its date, days off shaded), the totals and the cost on the right — with the
// legend at the foot of every page. A long board continues on further pages: the days in blocks, each block's
// elements over as many pages as they need.
import {
  doodCodeColors,
  doodCodeNames,
  doodCodes,
  doodLabels,
  doodMoney,
  type DoodDay,
  type DoodLanguage,
  type DoodRow,
} from "@kinomost/core";
import PDFDocument from "pdfkit";
import { font, fontFiles, ink } from "../../breakdown/sheet-pdf-style.ts";
import type { DoodReport } from "./load.ts";

type Doc = PDFKit.PDFDocument;

const page = { width: 841.89, height: 595.28, margin: 28 } as const;
const grid = { number: 18, name: 112, day: 19, total: 32, cost: 78, row: 12, header: 26 } as const;
const totals = ["worked", "held", "travel", "holidays", "paid"] as const;
const legendHeight = 34;
const titleHeight = 40;
const offShade = "#eeeeee";

const daysPerPage = Math.floor(
  (page.width - 2 * page.margin - grid.number - grid.name - totals.length * grid.total - grid.cost) /
    grid.day,
);
const rowsPerPage = Math.floor(
  (page.height - 2 * page.margin - titleHeight - grid.header - legendHeight) / grid.row,
);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out.length > 0 ? out : [[]];
}

function cell(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  options: PDFKit.Mixins.TextOptions = {},
) {
  doc.text(text, x + 1.5, y + 3, {
    width: width - 3,
    height: grid.row,
    lineBreak: false,
    ellipsis: true,
    ...options,
  });
}

function drawHeader(doc: Doc, loaded: DoodReport, days: readonly DoodDay[], language: DoodLanguage) {
  const label = (key: keyof typeof doodLabels) => doodLabels[key][language];
  const project = loaded.projectTitles[language] ?? loaded.projectTitles.ru ?? "";
  doc.font(font.bold).fontSize(13).fillColor(ink.text);
  doc.text([label("title"), project].filter(Boolean).join(" — "), page.margin, page.margin, {
    lineBreak: false,
  });
  doc.font(font.regular).fontSize(9).fillColor(ink.muted);
  doc.text(`${loaded.schedule.name} · ${loaded.category.names[language]}`, page.margin, page.margin + 17, {
    lineBreak: false,
  });
  const top = page.margin + titleHeight;
  let x = page.margin;
  doc.font(font.bold).fontSize(7).fillColor(ink.text);
  doc.rect(x, top, grid.number + grid.name, grid.header).fill("#e6e6e6");
  doc.fillColor(ink.text);
  cell(doc, label("boardNumber"), x, top + grid.header / 2 - 3, grid.number);
  cell(doc, loaded.category.names[language], x + grid.number, top + grid.header / 2 - 3, grid.name);
  x += grid.number + grid.name;
  for (const day of days) {
    const shaded = day.dayOff || day.holidays.length > 0;
    doc.rect(x, top, grid.day, grid.header).fill(shaded ? "#d6d6d6" : "#e6e6e6");
    doc.fillColor(ink.text).font(font.bold).fontSize(7);
    cell(doc, day.dayNumber === null ? "" : String(day.dayNumber), x, top, grid.day, { align: "center" });
    doc.font(font.regular).fontSize(5.5);
    cell(doc, `${day.date.slice(8, 10)}.${day.date.slice(5, 7)}`, x, top + grid.header / 2, grid.day, {
      align: "center",
    });
    x += grid.day;
  }
  doc.font(font.bold).fontSize(6);
  for (const key of [...totals, "cost"] as const) {
    const width = key === "cost" ? grid.cost : grid.total;
    doc.rect(x, top, width, grid.header).fill("#e6e6e6");
    doc.fillColor(ink.text).text(label(key === "paid" ? "paidShort" : key), x + 1.5, top + 3, {
      width: width - 3,
      height: grid.header - 4,
      align: "center",
    });
    x += width;
  }
  return top + grid.header;
}

function drawRow(doc: Doc, row: DoodRow, days: readonly DoodDay[], y: number) {
  let x = page.margin;
  doc.font(font.regular).fontSize(7).fillColor(ink.text);
  cell(doc, row.boardNumber ?? "", x, y, grid.number, { align: "right" });
  cell(doc, row.name, x + grid.number, y, grid.name);
  x += grid.number + grid.name;
  doc.font(font.bold).fontSize(6);
  for (const day of days) {
    const code = row.codes[day.date];
    if (code) doc.rect(x, y, grid.day, grid.row).fill(doodCodeColors[code]);
    else if (day.dayOff) doc.rect(x, y, grid.day, grid.row).fill(offShade);
    if (code)
      doc.fillColor(ink.text).text(code, x, y + 3.5, { width: grid.day, align: "center", lineBreak: false });
    x += grid.day;
  }
  doc.font(font.regular).fontSize(7).fillColor(ink.text);
  for (const key of totals) {
    cell(doc, String(row.totals[key]), x, y, grid.total, { align: "right" });
    x += grid.total;
  }
  doc.font(font.bold);
  cell(
    doc,
    row.cost ? `${doodMoney(row.cost.minor, row.cost.currency)} ${row.cost.currency}` : "—",
    x,
    y,
    grid.cost,
    {
      align: "right",
    },
  );
  const right = x + grid.cost;
  doc
    .moveTo(page.margin, y + grid.row)
    .lineTo(right, y + grid.row)
    .lineWidth(0.3)
    .strokeColor(ink.rule)
    .stroke();
}

function drawLegend(doc: Doc, language: DoodLanguage) {
  const y = page.height - page.margin - legendHeight + 8;
  doc.font(font.bold).fontSize(7).fillColor(ink.text);
  doc.text(`${doodLabels.legend[language]}:`, page.margin, y, { lineBreak: false });
  let x = page.margin + 52;
  let line = y;
  doc.font(font.regular).fontSize(6.5);
  for (const code of doodCodes) {
    const name = doodCodeNames[code][language];
    const width = 20 + doc.widthOfString(name) + 10;
    if (x + width > page.width - page.margin) {
      x = page.margin + 52;
      line += 11;
    }
    doc.rect(x, line - 1.5, 16, 9).fill(doodCodeColors[code]);
    doc
      .fillColor(ink.text)
      .font(font.bold)
      .text(code, x, line, { width: 16, align: "center", lineBreak: false });
    doc.font(font.regular).text(name, x + 19, line, { lineBreak: false });
    x += width;
  }
}

export async function renderDoodPdf(
  loaded: DoodReport,
  days: readonly DoodDay[],
  language: DoodLanguage,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: page.margin,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${doodLabels.title[language]} — ${loaded.schedule.name}`, Creator: "Kinomost" },
  });
  const parts: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on("error", reject);
  });
  doc.registerFont(font.regular, fontFiles.regular);
  doc.registerFont(font.bold, fontFiles.bold);

  for (const block of chunks(days, daysPerPage)) {
    for (const rows of chunks(loaded.report.rows, rowsPerPage)) {
      doc.addPage();
      // Text below the bottom margin would otherwise make PDFKit start a new page.
      doc.page.margins.bottom = 0;
      let y = drawHeader(doc, loaded, block, language);
      if (rows.length === 0) {
        doc.font(font.regular).fontSize(9).fillColor(ink.muted);
        doc.text(doodLabels.noElements[language], page.margin, y + 6, { lineBreak: false });
      }
      for (const row of rows) {
        drawRow(doc, row, block, y);
        y += grid.row;
      }
      drawLegend(doc, language);
    }
  }
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const text = doodLabels.page[language]
      .replace("{page}", String(index + 1))
      .replace("{pages}", String(count));
    doc.font(font.regular).fontSize(7).fillColor(ink.muted);
    doc.text(text, page.margin, page.height - page.margin - 4, {
      width: page.width - 2 * page.margin,
      align: "right",
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
