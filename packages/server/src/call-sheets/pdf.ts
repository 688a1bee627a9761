// A day's call sheet as a PDF: A4 portrait with Noto Sans embedded, the header with calls, sun, weather, locations,
// hospital and contacts, then the scenes, the cast, background and special requirements, crew calls by department,
// the advance schedule and notes; "page x of y" in every footer.
import {
  callSheetPhrasebook,
  departmentName,
  fillPhrase,
  formatCallSheetDate,
  formatSheetSetting,
  formatSheetTime,
  type CallSheet,
  type CallSheetLanguage,
  type CallSheetPhrases,
  type CallSheetScene,
} from "@kinomost/core";
import PDFDocument from "pdfkit";
import { drawContinuationHeader, drawSheetHeader } from "./pdf-header.ts";
import { bodyBottom, contentWidth, font, fontFiles, footerHeight, ink, page, size } from "./pdf-style.ts";
import { drawParagraph, drawSectionTitle, drawTable, Flow } from "./pdf-table.ts";

type Doc = PDFKit.PDFDocument;

/** "НАТ. · ДЕНЬ": where and when, in the sheet's language. */
function settingAndTime(
  scene: Pick<CallSheetScene, "setting" | "time" | "timeText">,
  language: CallSheetLanguage,
) {
  return [formatSheetSetting(scene.setting, language), formatSheetTime(scene, language)]
    .filter(Boolean)
    .join(" · ");
}

function sceneRows(
  scenes: readonly Omit<CallSheetScene, "synopsis" | "screenSeconds">[],
  language: CallSheetLanguage,
) {
  return scenes.map((scene) => [
    scene.label,
    `${scene.set}\n${settingAndTime(scene, language)}${scene.location ? `\n${scene.location}` : ""}`,
    scene.castBoardIds.join(", "),
    scene.pages,
  ]);
}

function drawScenes(flow: Flow, sheet: CallSheet, words: CallSheetPhrases, language: CallSheetLanguage) {
  drawSectionTitle(flow, words.scenes);
  if (sheet.scenes.length === 0) return drawParagraph(flow, words.noScenes, { muted: true });
  const rows = sheetScenesWithSynopsis(sheet, language);
  drawTable(
    flow,
    [
      { label: words.scene, share: 0.08, bold: true },
      { label: words.heading, share: 0.34 },
      { label: words.castNumbers, share: 0.12 },
      { label: words.pages, share: 0.08, align: "right" },
      { label: words.synopsis, share: 0.38 },
    ],
    [...rows, [" ", words.total, " ", sheet.totals.pages, " "]],
  );
}

function sheetScenesWithSynopsis(sheet: CallSheet, language: CallSheetLanguage) {
  return sceneRows(sheet.scenes, language).map((row, index) => [...row, sheet.scenes[index]?.synopsis ?? ""]);
}

function drawCast(flow: Flow, sheet: CallSheet, words: CallSheetPhrases) {
  if (sheet.cast.length === 0) return;
  drawSectionTitle(flow, words.cast);
  drawTable(
    flow,
    [
      { label: words.boardNumber, share: 0.06, bold: true },
      { label: words.character, share: 0.2 },
      { label: words.actor, share: 0.24 },
      { label: words.status, share: 0.08, align: "center" },
      { label: words.pickup, share: 0.1, align: "center" },
      { label: words.makeup, share: 0.1, align: "center" },
      { label: words.onSet, share: 0.1, align: "center" },
      { label: words.note, share: 0.12 },
    ],
    sheet.cast.map((member) => [
      member.boardId ?? "",
      member.character,
      member.actor ?? "",
      member.status,
      member.pickup ?? "",
      member.makeup ?? "",
      member.onSet ?? "",
      member.note ?? " ",
    ]),
  );
  drawParagraph(flow, words.statusLegend, { muted: true, small: true });
}

function drawRequirements(
  flow: Flow,
  sheet: CallSheet,
  words: CallSheetPhrases,
  categoryName: (key: string) => string,
) {
  if (sheet.requirements.length === 0) return;
  drawSectionTitle(flow, words.requirements);
  drawTable(
    flow,
    [
      { label: words.category, share: 0.2, bold: true },
      { label: words.item, share: 0.3 },
      { label: words.scene, share: 0.14 },
      { label: words.count, share: 0.08, align: "right" },
      { label: words.call, share: 0.08, align: "center" },
      { label: words.note, share: 0.2 },
    ],
    sheet.requirements.flatMap((group) =>
      group.items.map((item, index) => [
        index === 0 ? categoryName(group.category) : " ",
        item.name,
        item.scenes.join(", "),
        item.count === null ? "" : String(item.count),
        item.call ?? "",
        item.note ?? " ",
      ]),
    ),
  );
}

function drawCrewCalls(flow: Flow, sheet: CallSheet, words: CallSheetPhrases, language: CallSheetLanguage) {
  if (sheet.crewCalls.length === 0) return;
  drawSectionTitle(flow, words.crewCalls);
  drawTable(
    flow,
    [
      { label: words.department, share: 0.26, bold: true },
      { label: words.call, share: 0.1, align: "center" },
      { label: words.people, share: 0.44 },
      { label: words.note, share: 0.2 },
    ],
    sheet.crewCalls.map((call) => [
      departmentName(call.department, language),
      call.call,
      call.people
        .map((person) => (person.phone ? `${person.name}, ${person.phone}` : person.name))
        .join("\n") || " ",
      call.note ?? " ",
    ]),
  );
}

function drawAdvance(flow: Flow, sheet: CallSheet, words: CallSheetPhrases, language: CallSheetLanguage) {
  if (sheet.advance.length === 0) return;
  drawSectionTitle(flow, words.advance);
  for (const day of sheet.advance) {
    const shift = day.shift === "night" ? words.shift.night : words.shift.day;
    const title = [
      fillPhrase(words.dayOf, { day: day.dayNumber, days: sheet.dayCount }),
      formatCallSheetDate(day.date, language),
      `${day.unit}, ${shift}`,
      ...day.locations,
      `${words.pages} ${day.pages}`,
    ].join(" · ");
    flow.ensure(40);
    flow.doc.font(font.bold).fontSize(size.body).fillColor(ink.text).text(title, page.margin, flow.y, {
      width: contentWidth,
    });
    flow.y = flow.doc.y + 2;
    drawTable(
      flow,
      [
        { label: words.scene, share: 0.08, bold: true },
        { label: words.heading, share: 0.62 },
        { label: words.castNumbers, share: 0.2 },
        { label: words.pages, share: 0.1, align: "right" },
      ],
      sceneRows(day.scenes, language),
    );
    flow.gap(6);
  }
}

function drawFooters(doc: Doc, sheet: CallSheet, words: CallSheetPhrases, language: CallSheetLanguage) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    // Text below the bottom margin would otherwise make PDFKit start a new page.
    doc.page.margins.bottom = 0;
    const y = page.height - page.margin - footerHeight + 8;
    doc
      .moveTo(page.margin, y - 4)
      .lineTo(page.margin + contentWidth, y - 4)
      .lineWidth(0.5)
      .strokeColor(ink.rule)
      .stroke();
    doc.font(font.regular).fontSize(size.small).fillColor(ink.muted);
    const left = [
      sheet.project,
      fillPhrase(words.dayOf, { day: sheet.dayNumber, days: sheet.dayCount }),
      formatCallSheetDate(sheet.date, language),
    ].join(" · ");
    doc.text(left, page.margin, y, {
      width: contentWidth * 0.75,
      height: 10,
      ellipsis: true,
      lineBreak: false,
    });
    doc.text(fillPhrase(words.page, { page: index + 1, pages: count }), page.margin, y, {
      width: contentWidth,
      align: "right",
      lineBreak: false,
    });
  }
}

export async function renderCallSheetPdf(
  sheet: CallSheet,
  language: CallSheetLanguage,
  categoryName: (key: string) => string,
): Promise<Uint8Array> {
  const words = callSheetPhrasebook[language];
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.height - bodyBottom },
    bufferPages: true,
    info: {
      Title: `${words.title} — ${sheet.project} — ${fillPhrase(words.dayOf, { day: sheet.dayNumber, days: sheet.dayCount })}`,
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

  const flow = new Flow(doc, () => drawContinuationHeader(doc, sheet, words, language));
  drawSheetHeader(flow, sheet, words, language);
  drawScenes(flow, sheet, words, language);
  drawCast(flow, sheet, words);
  drawRequirements(flow, sheet, words, categoryName);
  drawCrewCalls(flow, sheet, words, language);
  drawAdvance(flow, sheet, words, language);
  if (sheet.notes) {
    drawSectionTitle(flow, words.notes);
    drawParagraph(flow, sheet.notes);
  }
  drawFooters(doc, sheet, words, language);
  doc.end();
  return done;
}
