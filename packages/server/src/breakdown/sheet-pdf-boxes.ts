// The category boxes of a breakdown-sheet page: a title strip in the category's colour over the elements.
// Measures with the document's fonts; a category too long for one page is split into boxes that say so.
import {
  breakdownSheetFieldLabels as labels,
  type BreakdownSheetSection,
  type SheetLanguage,
} from "@kinomost/core";
import { font, ink, safeColor, textColorOn } from "./sheet-pdf-style.ts";

type Doc = PDFKit.PDFDocument;

export interface SheetBox {
  readonly title: string;
  readonly color: string;
  readonly items: readonly { readonly text: string; readonly height: number }[];
  readonly height: number;
}

const stripHeight = 16;
const padding = 5;
const itemGap = 2;
const itemSize = 9;

function measureItem(doc: Doc, text: string, textWidth: number, maxHeight: number) {
  doc.font(font.regular).fontSize(itemSize);
  return { text, height: Math.min(doc.heightOfString(text, { width: textWidth }), maxHeight) + itemGap };
}

/** Boxes for the sections, each no taller than maxHeight. */
export function layoutBoxes(
  doc: Doc,
  sections: readonly BreakdownSheetSection[],
  width: number,
  maxHeight: number,
  language: SheetLanguage,
): SheetBox[] {
  const frame = stripHeight + 2 * padding;
  const textWidth = width - 2 * padding;
  return sections.flatMap((section) => {
    const items = section.items.map((item) => measureItem(doc, item, textWidth, maxHeight - frame - itemGap));
    const parts: SheetBox["items"][number][][] = [[]];
    let used = frame;
    for (const item of items) {
      const current = parts.at(-1) ?? [];
      if (current.length > 0 && used + item.height > maxHeight) {
        parts.push([item]);
        used = frame + item.height;
      } else {
        current.push(item);
        used += item.height;
      }
    }
    const color = safeColor(section.color);
    return parts.map((part, index) => ({
      title: index === 0 ? section.title : `${section.title} (${labels.continued[language]})`,
      color,
      items: part,
      height: frame + part.reduce((sum, item) => sum + item.height, 0),
    }));
  });
}

export function drawBox(doc: Doc, box: SheetBox, x: number, y: number, width: number, height: number): void {
  doc.save();
  doc.rect(x, y, width, height).lineWidth(0.75).strokeColor(box.color).stroke();
  doc.rect(x, y, width, stripHeight).fill(box.color);
  doc.restore();
  doc.font(font.bold).fontSize(9).fillColor(textColorOn(box.color));
  doc.text(box.title, x + padding, y + 3.5, {
    width: width - 2 * padding,
    height: stripHeight - 3,
    ellipsis: true,
  });
  let itemTop = y + stripHeight + padding;
  doc.font(font.regular).fontSize(itemSize).fillColor(ink.text);
  for (const item of box.items) {
    doc.text(item.text, x + padding, itemTop, {
      width: width - 2 * padding,
      height: item.height,
      ellipsis: true,
    });
    itemTop += item.height;
  }
}
