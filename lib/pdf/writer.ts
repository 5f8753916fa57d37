import PDFDocument from "pdfkit";
import { fontName, measureFamilies, registerFonts, type Weight } from "./fonts";
import { toLines, type Piece } from "./pieces";
import { CONTENT_WIDTH, INK, PAGE, RULE, SIZE } from "./styles";

/**
 * A thin layer over pdfkit for the report: paragraphs of styled spans (each split into
 * font runs for the script fallback), measured blocks and page breaks. User text only ever
 * reaches pdfkit as the string of a text() call, and links only from `href` (already
 * filtered to http(s) by safeHref) or `goTo` (our own destinations), so stored input can
 * neither shape the layout nor add an action to the document.
 */
export interface Span {
  text: string;
  weight?: Weight;
  color?: string;
  size?: number;
  href?: string | null;
  goTo?: string;
}
export interface Block {
  x?: number;
  y?: number;
  width?: number;
  size?: number;
  color?: string;
  weight?: Weight;
  align?: "left" | "right" | "center";
  lineGap?: number;
  /** Space after the block, in points. */
  after?: number;
  /** A named destination at the block's start, for the table of contents. */
  destination?: string;
  /** Lines beyond this height are cut (with an ellipsis) instead of flowing on: table cells. */
  maxHeight?: number;
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  creator: string;
}

export function createDocument(info: DocumentInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    // Kept in memory to the end, so the running header, the footer's "Page n of N" and the
    // contents' page numbers can be written once every page exists.
    bufferPages: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: info.creator,
      Producer: info.creator,
    },
    lang: "en",
    displayTitle: true,
    pdfVersion: "1.7",
  });
  registerFonts(doc);
  return doc;
}

export class Writer {
  /** The page index of every named destination, for the contents. */
  readonly destinations: Record<string, number> = {};

  constructor(readonly doc: PDFKit.PDFDocument) {}

  get y() {
    return this.doc.y;
  }
  set y(v: number) {
    this.doc.y = v;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageIndex() {
    return this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1;
  }

  /** A new page unless `height` points still fit on this one. */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage() {
    this.doc.addPage();
  }

  gap(points: number) {
    this.doc.y += points;
  }

  /** One paragraph; it flows onto further pages by itself when long (unless `maxHeight`). */
  text(content: string | Span[], o: Block = {}) {
    const doc = this.doc;
    const x = o.x ?? PAGE.left;
    const width = o.width ?? CONTENT_WIDTH - (x - PAGE.left);
    if (o.y !== undefined) doc.y = o.y;
    const style = (p: Piece) =>
      doc
        .font(fontName(p.family, p.weight ?? o.weight ?? "regular"))
        .fontSize(p.size ?? o.size ?? SIZE.body)
        .fillColor(p.color ?? o.color ?? INK);
    toLines(typeof content === "string" ? [{ text: content }] : content).forEach((pieces, li) => {
      if (!pieces.length) {
        doc.fontSize(o.size ?? SIZE.body);
        doc.y += doc.currentLineHeight(true) + (o.lineGap ?? 0);
        return;
      }
      // pdfkit aligns each continued piece on its own, so pieces of a right-aligned or centred
      // line would be drawn over each other: such a line, if it fits, is placed as a whole.
      if ((o.align === "right" || o.align === "center") && pieces.length > 1) {
        const widths = pieces.map((p) => style(p).widthOfString(p.text));
        const total = widths.reduce((a, b) => a + b, 0);
        if (total <= width) {
          let at = x + (o.align === "right" ? width - total : (width - total) / 2);
          const top = doc.y;
          pieces.forEach((p, i) => {
            style(p).text(p.text, at, top, {
              lineBreak: false,
              link: p.href ?? null,
              goTo: p.goTo ?? null,
              underline: Boolean(p.href),
            } as PDFKit.Mixins.TextOptions);
            at += widths[i];
          });
          doc.y = top + doc.currentLineHeight(true) + (o.lineGap ?? 0);
          return;
        }
      }
      pieces.forEach((p, i) => {
        style(p);
        // Every option is given on every piece: pdfkit carries options over between continued
        // calls (and refills any left undefined), so a link, underline or destination would
        // otherwise run on into the next piece.
        const opts = {
          // (A multi-piece line too wide to place as a whole wraps left-aligned: see above.)
          continued: i < pieces.length - 1,
          width,
          align: pieces.length > 1 ? "left" : (o.align ?? "left"),
          lineGap: o.lineGap ?? 0,
          link: p.href ?? null,
          goTo: p.goTo ?? null,
          underline: Boolean(p.href),
          destination: li === 0 && i === 0 && o.destination ? o.destination : null,
          ...(o.maxHeight !== undefined ? { height: o.maxHeight, ellipsis: true } : {}),
        } as PDFKit.Mixins.TextOptions;
        if (i === 0) doc.text(p.text, x, doc.y, opts);
        else doc.text(p.text, opts);
      });
    });
    doc.x = PAGE.left;
    if (o.after) doc.y += o.after;
  }

  /** A heading, kept on one page with at least `keepWith` points of what follows it. */
  heading(text: string, level: 1 | 2 | 3, o: { destination?: string; keepWith?: number } = {}) {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    this.ensure(size * 1.5 + (o.keepWith ?? 30));
    if (level === 3 && this.doc.y > this.doc.page.margins.top + 1) this.gap(5);
    if (o.destination) {
      this.destinations[o.destination] = this.pageIndex;
      this.doc.outline.addItem(text);
    }
    this.text([{ text, weight: "bold" }], { size, destination: o.destination, after: level === 3 ? 2 : 6 });
  }

  /** The height `text` takes in one style at `width` (measured in the font it needs). */
  measure(text: string, o: { width: number; size?: number; weight?: Weight; lineGap?: number }) {
    if (!text) return 0;
    // Mixed text is measured in each font it is drawn in, and the taller result kept (Noto
    // Sans sets Latin wider than SC does, SC sets Han wider than Noto Sans's missing glyphs).
    return Math.max(
      ...measureFamilies(text).map((family) => {
        this.doc.font(fontName(family, o.weight ?? "regular")).fontSize(o.size ?? SIZE.body);
        return this.doc.heightOfString(
          toLines([{ text }])
            .map((l) => l.map((p) => p.text).join(""))
            .join("\n"),
          { width: o.width, lineGap: o.lineGap ?? 0 },
        );
      }),
    );
  }

  /** A horizontal hairline across `width` at the current position (or at `y`). */
  rule(o: { x?: number; y?: number; width?: number; color?: string } = {}) {
    const y = o.y ?? this.doc.y;
    const x = o.x ?? PAGE.left;
    this.doc
      .save()
      .lineWidth(0.5)
      .strokeColor(o.color ?? RULE)
      .moveTo(x, y)
      .lineTo(x + (o.width ?? CONTENT_WIDTH), y)
      .stroke()
      .restore();
  }

  /** Runs `draw` on every page from `from` on, with the bottom margin lifted (for footers). */
  eachPage(from: number, draw: (index: number, count: number) => void) {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = Math.max(from, start); i < start + count; i++) {
      this.doc.switchToPage(i);
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      draw(i, start + count);
      this.doc.page.margins.bottom = margin;
    }
  }

  /** The finished PDF's bytes. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (c: Buffer) => chunks.push(c));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.doc.end();
    return done;
  }
}

/** `text` cut to `max` characters with an ellipsis: for narrow table cells and running heads. */
export function clip(text: string, max: number) {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/**
 * Drawing is synchronous CPU work: awaited between parts of a report, this lets the event loop
 * serve other requests, so a large report delays them by one part, not the whole document.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
