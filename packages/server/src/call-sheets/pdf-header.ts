// The top of a call sheet's first page: the production, the day and its date, the calls in large type, sun and
// weather, then the locations (address, map link, time zone), the nearest hospital and the key contacts.
import {
  fillPhrase,
  formatCallSheetDate,
  zonedInstant,
  zoneOffsetMinutes,
  type CallSheet,
  type CallSheetLanguage,
  type CallSheetPhrases,
} from "@kinomost/core";
import type { Flow } from "./pdf-table.ts";
import { contentWidth, font, ink, page, size } from "./pdf-style.ts";

type Doc = PDFKit.PDFDocument;

/** "Europe/Minsk (UTC+03:00)": the zone's name and its offset that day. */
export function zoneLabel(timeZone: string, date: string): string {
  const offset = zoneOffsetMinutes(zonedInstant(date, "12:00", timeZone), timeZone);
  const sign = offset < 0 ? "−" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${timeZone} (UTC${sign}${hours}:${minutes})`;
}

function dayLine(sheet: CallSheet, words: CallSheetPhrases) {
  return fillPhrase(words.dayOf, { day: sheet.dayNumber, days: sheet.dayCount });
}

/** The one-line header of the pages after the first; returns the y below it. */
export function drawContinuationHeader(
  doc: Doc,
  sheet: CallSheet,
  words: CallSheetPhrases,
  language: CallSheetLanguage,
) {
  const text = [
    sheet.project,
    words.title,
    dayLine(sheet, words),
    formatCallSheetDate(sheet.date, language),
  ].join(" · ");
  doc.font(font.bold).fontSize(size.body).fillColor(ink.muted).text(text, page.margin, page.margin, {
    width: contentWidth,
  });
  return doc.y + 6;
}

function drawCallBoxes(flow: Flow, sheet: CallSheet, words: CallSheetPhrases) {
  const { doc } = flow;
  const allDay = sheet.locations.find((location) => location.latitude !== null)?.allDay ?? null;
  const sun = (time: string | null) =>
    time ?? (allDay === "light" ? words.polarDay : allDay === "dark" ? words.polarNight : "—");
  const boxes: { label: string; value: string; big?: boolean }[] = [
    { label: words.crewCall, value: sheet.crewCall, big: true },
    { label: words.shootingCall, value: sheet.shootingCall ?? "—", big: true },
    { label: words.estimatedWrap, value: sheet.estimatedWrap },
    { label: words.sunrise, value: sun(sheet.sunrise) },
    { label: words.sunset, value: sun(sheet.sunset) },
    { label: words.weather, value: sheet.weather ?? "—" },
  ];
  const shares = [0.15, 0.16, 0.18, 0.1, 0.1, 0.31];
  const widths = shares.map((share) => share * contentWidth - 12);
  doc.font(font.regular).fontSize(size.small);
  const labelHeight = Math.max(
    ...boxes.map((box, index) => doc.heightOfString(box.label.toUpperCase(), { width: widths[index]! })),
  );
  const height = labelHeight + 35;
  flow.ensure(height);
  const valueTop = flow.y + 5 + labelHeight + 2;
  let x = page.margin;
  doc.save().rect(page.margin, flow.y, contentWidth, height).fill(ink.band).restore();
  boxes.forEach((box, index) => {
    const width = widths[index]!;
    doc
      .font(font.regular)
      .fontSize(size.small)
      .fillColor(ink.muted)
      .text(box.label.toUpperCase(), x + 6, flow.y + 5, {
        width,
      });
    // Weather and other words run to two smaller lines; times stand large.
    const valueSize = box.big ? size.call : box.value.length > 12 ? size.heading : 13;
    doc
      .font(font.bold)
      .fontSize(valueSize)
      .fillColor(box.big ? ink.accent : ink.text)
      .text(box.value, x + 6, valueTop, { width, height: height - (valueTop - flow.y) - 2, ellipsis: true });
    x += width + 12;
  });
  flow.y += height + 8;
}

function drawFact(
  doc: Doc,
  label: string,
  lines: readonly { text: string; link?: string }[],
  x: number,
  y: number,
  width: number,
) {
  doc.font(font.regular).fontSize(size.small).fillColor(ink.muted).text(label.toUpperCase(), x, y, { width });
  for (const line of lines) {
    doc
      .font(font.regular)
      .fontSize(size.body)
      .fillColor(line.link ? ink.link : ink.text)
      .text(line.text, x, doc.y, { width, ...(line.link ? { link: line.link, underline: true } : {}) });
  }
  return doc.y + 5;
}

function locationLines(sheet: CallSheet, words: CallSheetPhrases) {
  return sheet.locations.flatMap((location) => {
    const sun =
      location.latitude === null
        ? null
        : location.allDay
          ? location.allDay === "light"
            ? words.polarDay
            : words.polarNight
          : `${words.sunrise} ${location.sunrise} · ${words.sunset} ${location.sunset}`;
    return [
      {
        text: `${location.name}${location.scenes.length > 0 ? ` (${words.scene} ${location.scenes.join(", ")})` : ""}`,
      },
      ...(location.address ? [{ text: `${words.address}: ${location.address}` }] : []),
      { text: `${words.timeZone}: ${zoneLabel(location.timeZone, sheet.date)}${sun ? ` · ${sun}` : ""}` },
      ...(location.mapUrl
        ? [
            {
              text: `${words.map}: ${location.latitude}, ${location.longitude} — openstreetmap.org`,
              link: location.mapUrl,
            },
          ]
        : []),
    ];
  });
}

/** The first page's header: returns nothing, moves the flow below it. */
export function drawSheetHeader(
  flow: Flow,
  sheet: CallSheet,
  words: CallSheetPhrases,
  language: CallSheetLanguage,
) {
  const { doc } = flow;
  const top = flow.y;
  const rightWidth = contentWidth * 0.4;
  doc
    .font(font.bold)
    .fontSize(size.title)
    .fillColor(ink.text)
    .text(sheet.project, page.margin, top, {
      width: contentWidth - rightWidth,
    });
  const shift = sheet.shift === "night" ? words.shift.night : words.shift.day;
  doc
    .font(font.bold)
    .fontSize(size.heading)
    .fillColor(ink.accent)
    .text(`${words.title.toUpperCase()} · ${sheet.unit} · ${shift}`, page.margin, doc.y, {
      width: contentWidth - rightWidth,
    });
  const leftBottom = doc.y;
  const right = page.margin + contentWidth - rightWidth;
  doc.font(font.bold).fontSize(14).fillColor(ink.text).text(dayLine(sheet, words), right, top, {
    width: rightWidth,
    align: "right",
  });
  doc
    .font(font.regular)
    .fontSize(size.heading)
    .fillColor(ink.text)
    .text(formatCallSheetDate(sheet.date, language), right, doc.y, {
      width: rightWidth,
      align: "right",
    });
  flow.y = Math.max(leftBottom, doc.y) + 8;
  drawCallBoxes(flow, sheet, words);

  const gap = 14;
  const leftWidth = contentWidth * 0.58;
  const infoRight = page.margin + leftWidth + gap;
  const infoRightWidth = contentWidth - leftWidth - gap;
  let left = flow.y;
  const lines = locationLines(sheet, words);
  left = drawFact(
    doc,
    words.locations,
    lines.length > 0 ? lines : [{ text: "—" }],
    page.margin,
    left,
    leftWidth,
  );
  if (sheet.parking)
    left = drawFact(doc, words.parking, [{ text: sheet.parking }], page.margin, left, leftWidth);
  if (sheet.basecamp)
    left = drawFact(doc, words.basecamp, [{ text: sheet.basecamp }], page.margin, left, leftWidth);

  let rightY = flow.y;
  const hospitals = sheet.locations.flatMap((location) =>
    location.hospital
      ? [
          {
            text: [location.hospital.name, location.hospital.address, location.hospital.phone]
              .filter(Boolean)
              .join(", "),
          },
        ]
      : [],
  );
  rightY = drawFact(
    doc,
    words.hospital,
    hospitals.length > 0 ? hospitals : [{ text: "—" }],
    infoRight,
    rightY,
    infoRightWidth,
  );
  const contacts = sheet.keyContacts.map((contact) => ({
    text: `${contact.role}: ${contact.name}${contact.phone ? `, ${contact.phone}` : ""}`,
  }));
  rightY = drawFact(
    doc,
    words.keyContacts,
    contacts.length > 0 ? contacts : [{ text: "—" }],
    infoRight,
    rightY,
    infoRightWidth,
  );
  flow.y = Math.max(left, rightY) + 4;
}
