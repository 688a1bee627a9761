// Reads a screenplay PDF: pdf.js extracts each page's positioned text, the core's layout reader turns it into
// the screenplay model. Only the extraction lives here; every decision about the layout is in the core.
import {
  parsePdfLayout,
  type HeadingTables,
  type PdfPage,
  type PdfTextItem,
  type ReadScriptResult,
} from "@kinomost/core";
import { getDocument, Util, VerbosityLevel, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The reason pdf.js gave, in a few words the user can act on. */
function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === "PasswordException") return "it is protected by a password";
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() === "" ? "pdf.js could not read it" : message.trim();
}

// Text set at an angle (a «DRAFT» watermark, a stamp in the margin) is not part of the script.
const maxSlope = 0.05;

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  // The viewport turns PDF space (bottom-up, any page rotation) into top-down page points.
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = Util.transform(viewport.transform, item.transform);
    if (Math.abs(b) > Math.abs(a) * maxSlope || Math.abs(c) > Math.abs(d) * maxSlope) continue;
    const fontSize = Math.abs(d);
    items.push({ text: item.str, x, y, width: item.width, height: fontSize > 0 ? fontSize : item.height });
  }
  return { width: viewport.width, height: viewport.height, items };
}

/** Reads a screenplay from a PDF's bytes; a PDF pdf.js cannot open, or one of scanned pages, is an error. */
export async function readPdfScript(
  bytes: Uint8Array,
  options: { headingTables?: HeadingTables } = {},
): Promise<ReadScriptResult> {
  // pdf.js transfers the buffer it is given to its worker, so it gets a copy and the caller keeps the bytes.
  // `new Uint8Array` copies even a Node Buffer, whose slice() would share (and lose) the caller's memory.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      pages.push(await readPage(page));
      page.cleanup();
    }
    if (!pages.some((page) => page.items.length > 0))
      return { ok: false, error: { code: "NO_TEXT_LAYER", pages: document.numPages } };
    return { ok: true, script: parsePdfLayout(pages, options), format: "pdf", encoding: "utf-8" };
  } catch (error) {
    return { ok: false, error: { code: "MALFORMED_PDF", detail: describeFailure(error) } };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
