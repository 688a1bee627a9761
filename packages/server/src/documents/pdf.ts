// A document version as a PDF: the title, the terms laid out as numbered sections, and a signature page that
// lists each party, its signatory, the instant it signed (UTC) and the hash of the terms it signed; parties that
// have not signed show as awaiting. A4, PT Sans (Cyrillic and Latin), "page x of y" in every footer.
import { countryName, findBuiltinRulePack, pickLocalized } from "@kinomost/core";
import PDFDocument from "pdfkit";
import { contentWidth, font, fontFiles, ink, page } from "../breakdown/sheet-pdf-style.ts";
import {
  contributionKindLabels,
  documentKindLabels,
  fill,
  formatAmount,
  formatBytes,
  formatDate,
  formatInstant,
  formatShare,
  partyRoleLabels,
  pdfLabels as labels,
  type PdfLanguage,
} from "./pdf-labels.ts";
import type { PartyStatus, VersionView } from "./queries.ts";

type Doc = PDFKit.PDFDocument;

const bottom = page.height - page.margin - 24;

function partyName(party: PartyStatus | undefined, organizationId: string, language: PdfLanguage): string {
  return party ? pickLocalized(party.names, [language]) || organizationId : organizationId;
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom) doc.addPage();
}

function heading(doc: Doc, text: string) {
  ensureRoom(doc, 40);
  doc.moveDown(0.8);
  doc
    .font(font.bold)
    .fontSize(12)
    .fillColor(ink.text)
    .text(text, page.margin, doc.y, { width: contentWidth });
  doc.moveDown(0.3);
}

function paragraph(
  doc: Doc,
  text: string,
  options: { muted?: boolean; size?: number; indent?: number } = {},
) {
  doc
    .font(font.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.muted ? ink.muted : ink.text)
    .text(text, page.margin + (options.indent ?? 0), doc.y, {
      width: contentWidth - (options.indent ?? 0),
      lineGap: 1.5,
    });
}

/** A list item: "1.2." in the margin, the text beside it. */
function item(doc: Doc, marker: string, text: string) {
  ensureRoom(doc, 16);
  const y = doc.y;
  doc.font(font.regular).fontSize(10).fillColor(ink.muted).text(marker, page.margin, y, { width: 28 });
  doc.fillColor(ink.text).text(text, page.margin + 30, y, { width: contentWidth - 30, lineGap: 1.5 });
  doc.moveDown(0.2);
}

function rule(doc: Doc) {
  doc
    .moveTo(page.margin, doc.y)
    .lineTo(page.margin + contentWidth, doc.y)
    .lineWidth(0.5)
    .strokeColor(ink.rule)
    .stroke();
}

function drawTitle(doc: Doc, view: VersionView, projectTitle: string, language: PdfLanguage) {
  const signed = view.parties.filter((party) => party.signature !== null).length;
  const status = view.fullySigned
    ? labels.statusSigned[language]
    : signed === 0
      ? labels.statusDraft[language]
      : fill(labels.statusPartly[language], { signed, total: view.parties.length });
  doc.font(font.regular).fontSize(10).fillColor(ink.muted);
  doc.text(`${projectTitle} · ${documentKindLabels[view.kind][language]}`, page.margin, page.margin, {
    width: contentWidth,
  });
  doc.moveDown(0.3);
  doc.font(font.bold).fontSize(18).fillColor(ink.text).text(view.title, { width: contentWidth });
  doc.moveDown(0.3);
  paragraph(
    doc,
    fill(labels.version[language], { number: view.number, date: formatDate(view.createdAt, language) }),
  );
  paragraph(doc, status);
  paragraph(doc, `${labels.termsHash[language]}: ${view.termsHash}`, { muted: true, size: 8.5 });
  if (view.note) {
    doc.moveDown(0.4);
    paragraph(doc, `${labels.note[language]}: ${view.note}`, { muted: true });
  }
  doc.moveDown(0.5);
  rule(doc);
}

function drawTerms(doc: Doc, view: VersionView, language: PdfLanguage) {
  const { terms } = view;
  const byId = new Map(view.parties.map((party) => [party.organizationId, party]));
  const name = (organizationId: string) => partyName(byId.get(organizationId), organizationId, language);
  const none = () => paragraph(doc, labels.none[language], { muted: true, indent: 30 });
  let section = 0;
  const next = (title: string) => {
    section += 1;
    heading(doc, `${section}. ${title}`);
    return section;
  };

  const parties = next(labels.parties[language]);
  view.parties.forEach((party, index) => {
    const details = [
      party.legalName,
      party.country ? countryName(party.country, language) : null,
      partyRoleLabels[party.role]?.[language] ?? party.role,
      `${labels.share[language]} ${formatShare(party.share, language)}`,
    ].filter((part) => part);
    item(doc, `${parties}.${index + 1}.`, `${name(party.organizationId)} — ${details.join(", ")}`);
  });

  const territories = next(labels.territories[language]);
  if (terms.territories.length === 0) none();
  terms.territories.forEach((territory, index) => {
    const countries = territory.countries.map((code) => countryName(code, language)).join(", ");
    item(doc, `${territories}.${index + 1}.`, `${name(territory.organizationId)}: ${countries}`);
  });

  const contributions = next(labels.contributions[language]);
  if (terms.contributions.length === 0) none();
  terms.contributions.forEach((contribution, index) => {
    const parts = [
      contributionKindLabels[contribution.kind][language],
      formatAmount(contribution.amount, contribution.currency, language),
      `${labels.due[language]} ${formatDate(contribution.due, language)}`,
    ];
    const description = contribution.description ? ` (${contribution.description})` : "";
    item(
      doc,
      `${contributions}.${index + 1}.`,
      `${name(contribution.organizationId)} — ${parts.join(", ")}${description}`,
    );
  });

  const deadlines = next(labels.deadlines[language]);
  if (terms.deadlines.length === 0) none();
  terms.deadlines.forEach((deadline, index) => {
    item(doc, `${deadlines}.${index + 1}.`, `${deadline.what} — ${formatDate(deadline.date, language)}`);
  });

  next(labels.governingTreaty[language]);
  if (terms.governingTreaty === null) none();
  else {
    const pack = findBuiltinRulePack(terms.governingTreaty);
    paragraph(doc, pack ? `${pack.name}. ${pack.source.title}` : terms.governingTreaty, { indent: 30 });
  }

  next(labels.languageVersions[language]);
  if (terms.languageVersions.length === 0) none();
  else {
    const languageNames = new Intl.DisplayNames([language], { type: "language" });
    paragraph(doc, terms.languageVersions.map((code) => languageNames.of(code) ?? code).join(", "), {
      indent: 30,
    });
  }

  if (terms.notes) {
    next(labels.notes[language]);
    paragraph(doc, terms.notes, { indent: 30 });
  }

  if (view.files.length > 0) {
    const files = next(labels.files[language]);
    view.files.forEach((file, index) => {
      item(
        doc,
        `${files}.${index + 1}.`,
        `${file.name} (${formatBytes(file.size, language)}), SHA-256 ${file.sha256}`,
      );
    });
  }
}

function drawSignaturePage(doc: Doc, view: VersionView, language: PdfLanguage) {
  doc.addPage();
  doc
    .font(font.bold)
    .fontSize(16)
    .fillColor(ink.text)
    .text(labels.signaturePage[language], page.margin, page.margin);
  doc.moveDown(0.3);
  paragraph(
    doc,
    `${view.title} · ${fill(labels.version[language], { number: view.number, date: formatDate(view.createdAt, language) })}`,
  );
  paragraph(doc, `${labels.termsHash[language]}: ${view.termsHash}`, { muted: true, size: 8.5 });
  doc.moveDown(0.4);
  paragraph(doc, labels.signatureIntro[language], { muted: true, size: 9 });
  doc.moveDown(0.6);
  for (const party of view.parties) {
    ensureRoom(doc, 80);
    rule(doc);
    doc.moveDown(0.5);
    doc
      .font(font.bold)
      .fontSize(11)
      .fillColor(ink.text)
      .text(partyName(party, party.organizationId, language), page.margin, doc.y, { width: contentWidth });
    if (party.legalName) paragraph(doc, party.legalName, { muted: true, size: 9 });
    doc.moveDown(0.2);
    if (party.signature) {
      paragraph(doc, `${labels.signedBy[language]}: ${party.signature.name}`);
      paragraph(doc, `${labels.signedAt[language]}: ${formatInstant(party.signature.signedAt)}`);
      paragraph(doc, `${labels.signedHash[language]}: ${party.signature.termsHash}`, { size: 8.5 });
    } else {
      const signatory = party.signatory ? party.signatory.name : labels.noSignatory[language];
      paragraph(doc, `${labels.signatory[language]}: ${signatory}`);
      paragraph(doc, labels.awaiting[language], { muted: true });
    }
    doc.moveDown(0.6);
  }
}

function drawFooters(doc: Doc, view: VersionView, language: PdfLanguage) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    // Text below the bottom margin would otherwise make PDFKit start a new page.
    doc.page.margins.bottom = 0;
    const y = page.height - page.margin - 10;
    doc
      .moveTo(page.margin, y - 4)
      .lineTo(page.margin + contentWidth, y - 4)
      .lineWidth(0.5)
      .strokeColor(ink.rule)
      .stroke();
    doc.font(font.regular).fontSize(8).fillColor(ink.muted);
    doc.text(
      `${view.title} · ${fill(labels.versionShort[language], { number: view.number })}`,
      page.margin,
      y,
      {
        width: contentWidth * 0.7,
        height: 10,
        ellipsis: true,
        lineBreak: false,
      },
    );
    const pageText = fill(labels.page[language], { page: index + 1, pages: count });
    doc.text(pageText, page.margin, y, { width: contentWidth, align: "right", lineBreak: false });
  }
}

export async function renderDocumentPdf(
  view: VersionView,
  projectTitle: string,
  language: PdfLanguage,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.height - bottom },
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${view.title} — ${view.number}`, Creator: "Kinomost" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont(font.regular, fontFiles.regular);
  doc.registerFont(font.bold, fontFiles.bold);
  doc.addPage();
  drawTitle(doc, view, projectTitle, language);
  drawTerms(doc, view, language);
  drawSignaturePage(doc, view, language);
  drawFooters(doc, view, language);
  doc.end();
  return done;
}
