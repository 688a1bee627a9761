// The shooting schedule report (КПП) as a PDF: A4 landscape with Noto Sans embedded (every partner alphabet), the
// board's header on the first page, then day by day a band with the day's number, date, unit, places, moves and
// borders, its strips filled in their stripboard colours and the day's total; days off, holidays and travel as
// banners; the summary at the end. The table's header repeats on every page, «Стр. N из M» in every footer.
import { formatScreenTime } from "@kinomost/core";
import PDFDocument from "pdfkit";
import { font, fontFiles, ink } from "../../call-sheets/pdf-style.ts";
import {
  formatBanner,
  formatDayPlaces,
  formatDayTitle,
  formatEstimate,
  formatInstant,
  formatKppDate,
  formatPages,
  formatSetting,
  formatTime,
  kppLabels,
  kppText,
  type KppLabel,
  type KppLanguage,
} from "./labels.ts";
import type { KppBanner, KppDay, KppReport, KppStrip } from "./model.ts";
import { bandFills, stripFills } from "./style.ts";
import { boardStatusLine, countryLines, summaryFacts } from "./summary.ts";

type Doc = PDFKit.PDFDocument;

const page = { width: 841.89, height: 595.28, margin: 28 } as const;
const contentWidth = page.width - 2 * page.margin;
const footerHeight = 16;
const bodyBottom = page.height - page.margin - footerHeight;
const padding = 2.5;
const size = { title: 15, project: 11, meta: 8, head: 6.8, body: 7.4, day: 8.4 } as const;

interface Column {
  readonly key: KppLabel;
  readonly width: number;
  readonly align?: "left" | "right" | "center";
  readonly bold?: boolean;
  readonly cell: (strip: KppStrip, language: KppLanguage) => string;
}

const fixed = { scene: 40, setting: 48, time: 56, set: 150, cast: 80, pages: 40, screenTime: 42 };
const columns: readonly Column[] = [
  { key: "scene", width: fixed.scene, bold: true, cell: (strip) => strip.label },
  { key: "setting", width: fixed.setting, cell: (strip, language) => formatSetting(strip.setting, language) },
  { key: "time", width: fixed.time, cell: (strip, language) => formatTime(strip, language) },
  { key: "set", width: fixed.set, cell: (strip) => strip.set || strip.heading },
  {
    key: "synopsis",
    width: contentWidth - Object.values(fixed).reduce((sum, width) => sum + width, 0),
    cell: (strip) => strip.synopsis ?? "",
  },
  { key: "cast", width: fixed.cast, cell: (strip) => strip.castBoardIds.join(", ") },
  { key: "pages", width: fixed.pages, align: "right", cell: (strip) => formatPages(strip.eighths) },
  {
    key: "screenTime",
    width: fixed.screenTime,
    align: "right",
    cell: (strip) => formatScreenTime(strip.screenSeconds),
  },
];
const columnX = columns.map((_, index) =>
  columns.slice(0, index).reduce<number>((x, column) => x + column.width, page.margin),
);
const xOf = (key: KppLabel) => columnX[columns.findIndex((column) => column.key === key)] ?? page.margin;

/** The running position on the page; a new page repeats the running header and the table's header. */
class Flow {
  y: number = page.margin;
  constructor(
    readonly doc: Doc,
    private readonly onNewPage: () => void,
  ) {}

  ensure(height: number): void {
    if (this.y + height > bodyBottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    // Text below the bottom margin would otherwise make PDFKit start a page of its own.
    this.doc.page.margins.bottom = 0;
    this.y = page.margin;
    this.onNewPage();
  }
}

function textHeight(doc: Doc, text: string, width: number, bold: boolean, fontSize: number): number {
  doc.font(bold ? font.bold : font.regular).fontSize(fontSize);
  return doc.heightOfString(text || " ", { width: width - 2 * padding });
}

function rule(doc: Doc, y: number, color: string = ink.rule) {
  doc
    .moveTo(page.margin, y)
    .lineTo(page.margin + contentWidth, y)
    .lineWidth(0.4)
    .strokeColor(color)
    .stroke();
}

function drawTableHeader(flow: Flow, language: KppLanguage) {
  const { doc } = flow;
  const labels = columns.map((column) => kppLabels[column.key][language]);
  const height =
    Math.max(
      ...columns.map((column, index) => textHeight(doc, labels[index]!, column.width, true, size.head)),
    ) +
    2 * padding;
  doc.save().rect(page.margin, flow.y, contentWidth, height).fill(bandFills.head).restore();
  columns.forEach((column, index) => {
    doc
      .font(font.bold)
      .fontSize(size.head)
      .fillColor(ink.muted)
      .text(labels[index]!, columnX[index]! + padding, flow.y + padding, {
        width: column.width - 2 * padding,
        align: column.align ?? "left",
      });
  });
  flow.y += height;
  rule(doc, flow.y);
}

function drawRunningHeader(flow: Flow, report: KppReport, language: KppLanguage) {
  const { doc } = flow;
  const line = [
    kppLabels.sheet[language],
    report.project,
    report.board.name,
    boardStatusLine(report, language),
  ]
    .filter(Boolean)
    .join(" · ");
  doc.font(font.regular).fontSize(size.meta).fillColor(ink.muted);
  doc.text(line, page.margin, flow.y, { width: contentWidth, lineBreak: false, ellipsis: true });
  flow.y += 14;
}

function drawFirstHeader(flow: Flow, report: KppReport, language: KppLanguage) {
  const { doc } = flow;
  doc.font(font.bold).fontSize(size.title).fillColor(ink.text);
  doc.text(kppLabels.title[language], page.margin, flow.y, { width: contentWidth });
  doc.font(font.bold).fontSize(size.project).fillColor(ink.text);
  doc.text(report.project, page.margin, doc.y + 1, { width: contentWidth });
  const period =
    report.summary.firstDate && report.summary.lastDate
      ? `${kppLabels.period[language]}: ${formatKppDate(report.summary.firstDate, language)} — ${formatKppDate(report.summary.lastDate, language)}`
      : "";
  const lines = [
    `${kppLabels.board[language]}: ${report.board.name} · ${boardStatusLine(report, language)}`,
    [`${kppLabels.units[language]}: ${report.units.join(", ")}`, period].filter(Boolean).join(" · "),
    kppText("printed", language, { when: formatInstant(report.printedAt, report.timeZone, language) }),
  ];
  doc
    .font(font.regular)
    .fontSize(size.meta + 0.5)
    .fillColor(ink.text);
  let y = doc.y + 3;
  for (const line of lines) {
    doc.text(line, page.margin, y, { width: contentWidth });
    y = doc.y + 1;
  }
  flow.y = y + 6;
}

function stripHeight(doc: Doc, strip: KppStrip, language: KppLanguage): number {
  return (
    Math.max(
      ...columns.map((column) =>
        textHeight(doc, column.cell(strip, language), column.width, column.bold ?? false, size.body),
      ),
    ) +
    2 * padding
  );
}

function drawStrip(flow: Flow, strip: KppStrip, language: KppLanguage) {
  const { doc } = flow;
  const height = stripHeight(doc, strip, language);
  flow.ensure(height);
  const fill = strip.color ? stripFills[strip.color] : stripFills.white;
  doc.save().rect(page.margin, flow.y, contentWidth, height).fill(fill).restore();
  columns.forEach((column, index) => {
    doc
      .font(column.bold ? font.bold : font.regular)
      .fontSize(size.body)
      .fillColor(ink.text)
      .text(column.cell(strip, language), columnX[index]! + padding, flow.y + padding, {
        width: column.width - 2 * padding,
        align: column.align ?? "left",
      });
  });
  flow.y += height;
  rule(doc, flow.y);
}

function dayBand(doc: Doc, day: KppDay, language: KppLanguage) {
  const title = formatDayTitle(day, language);
  const places = formatDayPlaces(day, language);
  const height =
    textHeight(doc, title, contentWidth, true, size.day) +
    (places ? textHeight(doc, places, contentWidth, false, size.body) : 0) +
    2 * padding +
    1;
  return { title, places, height };
}

function drawDay(flow: Flow, day: KppDay, language: KppLanguage) {
  const { doc } = flow;
  const band = dayBand(doc, day, language);
  const first = day.strips[0];
  // The band never stays alone at the foot of a page: it goes with its first strip.
  flow.ensure(band.height + (first ? stripHeight(doc, first, language) : 0));
  doc.save().rect(page.margin, flow.y, contentWidth, band.height).fill(bandFills.day).restore();
  doc.font(font.bold).fontSize(size.day).fillColor(ink.text);
  doc.text(band.title, page.margin + padding, flow.y + padding, { width: contentWidth - 2 * padding });
  if (band.places) {
    doc.font(font.regular).fontSize(size.body).fillColor(ink.text);
    doc.text(band.places, page.margin + padding, doc.y + 1, { width: contentWidth - 2 * padding });
  }
  flow.y += band.height;
  rule(doc, flow.y);
  for (const strip of day.strips) drawStrip(flow, strip, language);

  const label = `${kppText("dayTotal", language, { day: day.number, scenes: day.totals.scenes })} · ${formatEstimate(day, language)}`;
  const labelWidth = xOf("cast") + fixed.cast - xOf("set");
  const height = textHeight(doc, label, labelWidth, true, size.body) + 2 * padding;
  flow.ensure(height);
  doc.save().rect(page.margin, flow.y, contentWidth, height).fill(bandFills.total).restore();
  doc.font(font.bold).fontSize(size.body).fillColor(ink.text);
  doc.text(label, xOf("set") + padding, flow.y + padding, { width: labelWidth - 2 * padding });
  doc.text(formatPages(day.totals.eighths), xOf("pages") + padding, flow.y + padding, {
    width: fixed.pages - 2 * padding,
    align: "right",
  });
  doc.text(formatScreenTime(day.totals.screenSeconds), xOf("screenTime") + padding, flow.y + padding, {
    width: fixed.screenTime - 2 * padding,
    align: "right",
  });
  flow.y += height;
  rule(doc, flow.y, ink.muted);
  flow.y += 3;
}

function drawBanner(flow: Flow, banner: KppBanner, language: KppLanguage) {
  const { doc } = flow;
  const text = formatBanner(banner, language);
  const height = textHeight(doc, text, contentWidth, true, size.body) + 2 * padding + 2;
  flow.ensure(height);
  doc
    .save()
    .rect(page.margin, flow.y, contentWidth, height)
    .fill(banner.type === "travel" ? bandFills.travel : bandFills.banner)
    .restore();
  doc.font(font.bold).fontSize(size.body).fillColor(ink.text);
  doc.text(text, page.margin + padding, flow.y + padding + 1, {
    width: contentWidth - 2 * padding,
    align: "center",
  });
  flow.y += height + 3;
}

function drawSummary(flow: Flow, report: KppReport, language: KppLanguage) {
  const { doc } = flow;
  const facts = summaryFacts(report, language);
  const countries = countryLines(report, language);
  const lineHeight = 12;
  flow.ensure(30 + lineHeight * Math.min(facts.length, 4));
  flow.y += 6;
  doc
    .font(font.bold)
    .fontSize(size.day + 1)
    .fillColor(ink.text);
  doc.text(kppLabels.summary[language], page.margin, flow.y, { width: contentWidth });
  flow.y = doc.y + 3;
  rule(doc, flow.y, ink.muted);
  flow.y += 4;
  for (const [label, value] of facts) {
    flow.ensure(lineHeight);
    doc
      .font(font.regular)
      .fontSize(size.meta + 0.5)
      .fillColor(ink.muted);
    doc.text(label, page.margin, flow.y, { width: 220, lineBreak: false });
    doc
      .font(font.bold)
      .fillColor(ink.text)
      .text(value, page.margin + 220, flow.y, { lineBreak: false });
    flow.y += lineHeight;
  }
  if (countries.length === 0) return;
  flow.y += 4;
  flow.ensure(lineHeight * 2);
  doc
    .font(font.bold)
    .fontSize(size.meta + 0.5)
    .fillColor(ink.text);
  doc.text(kppLabels.byCountry[language], page.margin, flow.y, { lineBreak: false });
  flow.y += lineHeight;
  for (const line of countries) {
    flow.ensure(lineHeight);
    doc
      .font(font.regular)
      .fontSize(size.meta + 0.5)
      .fillColor(ink.text);
    doc.text(line, page.margin + 10, flow.y, { width: contentWidth - 10, lineBreak: false });
    flow.y += lineHeight;
  }
}

export async function renderKppPdf(report: KppReport, language: KppLanguage): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: page.margin,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${kppLabels.title[language]} — ${report.board.name}`, Creator: "Kinomost" },
  });
  const parts: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on("error", reject);
  });
  doc.registerFont(font.regular, fontFiles.regular);
  doc.registerFont(font.bold, fontFiles.bold);

  let isFirst = true;
  const flow = new Flow(doc, () => {
    if (isFirst) drawFirstHeader(flow, report, language);
    else drawRunningHeader(flow, report, language);
    isFirst = false;
    drawTableHeader(flow, language);
  });
  flow.newPage();
  if (report.rows.length === 0) {
    doc
      .font(font.regular)
      .fontSize(size.meta + 1)
      .fillColor(ink.muted);
    doc.text(kppLabels.noDays[language], page.margin, flow.y + 6, { width: contentWidth });
    flow.y = doc.y + 6;
  }
  for (const row of report.rows) {
    if (row.kind === "banner") drawBanner(flow, row.banner, language);
    else drawDay(flow, row.day, language);
  }
  drawSummary(flow, report, language);

  const printed = kppText("printed", language, {
    when: formatInstant(report.printedAt, report.timeZone, language),
  });
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const y = page.height - page.margin - 8;
    doc.font(font.regular).fontSize(7).fillColor(ink.muted);
    doc.text(`${report.project} · ${report.board.name} · ${printed}`, page.margin, y, {
      width: contentWidth * 0.75,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(kppText("page", language, { page: index + 1, pages: count }), page.margin, y, {
      width: contentWidth,
      align: "right",
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
