import { cachedMeasure, type Measure } from '../../shared/text';
import type { Paper } from '../../shared/contract/pdfRequest';
import { FONT_NAMES, type FontKey } from './fonts';
import { translate, type Lang, type MessageKey, type MessageVars } from '../../shared/i18n';

/** Something drawn, for tests that check nothing overlaps and nothing leaves the page. */
export interface TraceItem {
  page: number;
  kind: 'page' | 'text' | 'note' | 'block';
  x: number;
  y: number;
  w: number;
  h: number;
  text?: string;
}

/** One entry of the table of contents / PDF outline. */
export interface Section {
  title: string;
  level: number;
  page: number;
  /** False for bookmarks that are not listed in the contents (the contents page itself). */
  inToc: boolean;
}

/** Per page: whether it gets the running header and page number, and what the header says. */
export interface PageInfo {
  framed: boolean;
  section: string;
}

/** Everything a drawing function needs: the pdfkit document, paper, language and bookkeeping. */
export class PdfCtx {
  /** Font scale: A3 pages get larger type so a wall-sized sheet reads from a distance. */
  readonly scale: number;
  readonly pages: PageInfo[] = [];
  readonly sections: Section[] = [];
  /** Left part of the running header (workshop or template name). */
  docTitle = '';
  /** Right part of the running header for pages added from now on. */
  section = '';
  /** Date printed in the footer. */
  printedOn = '';
  trace: TraceItem[] | null = null;
  /** Board id → page where it starts (0-based), for "see page n" references. */
  readonly boardPages = new Map<string, number>();
  private readonly measures = new Map<FontKey, Measure>();
  private readonly outlineStack: PDFKit.PDFOutline[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly paper: Paper,
    readonly lang: Lang,
  ) {
    this.scale = paper === 'A3' ? 1.3 : 1;
  }

  /** Type size scaled for the paper. */
  pt(size: number): number {
    return size * this.scale;
  }

  t(key: MessageKey, vars?: MessageVars): string {
    return translate(this.lang, key, vars);
  }

  /** Width of a string in a font at a size; word widths are cached (widths scale with size). */
  measure(font: FontKey, size: number): Measure {
    let base = this.measures.get(font);
    if (!base) {
      const doc = this.doc;
      base = cachedMeasure((s) => {
        doc.font(FONT_NAMES[font]).fontSize(1000);
        return doc.widthOfString(s);
      });
      this.measures.set(font, base);
    }
    const m = base;
    return (s) => (m(s) * size) / 1000;
  }

  private current = -1;

  /** Index of the page being drawn (0-based, in the whole document). */
  get pageIndex(): number {
    return this.current;
  }

  /** Call after adding a page. */
  pageAdded(): void {
    this.current = this.doc.bufferedPageRange().count - 1;
  }

  /** Goes back to an earlier page (pdfkit bufferPages) to draw on it. */
  switchTo(index: number): void {
    this.doc.switchToPage(this.doc.bufferedPageRange().start + index);
    this.current = index;
  }

  /**
   * Adds a bookmark (PDF outline item) and a contents entry at the current page.
   * Level 0 is top level; level n nests under the last item of level n-1.
   */
  bookmark(title: string, level: number, inToc = true): void {
    const lvl = Math.max(0, Math.min(level, this.outlineStack.length));
    const parent = lvl === 0 ? this.doc.outline : this.outlineStack[lvl - 1]!;
    const item = parent.addItem(title);
    this.outlineStack.length = lvl;
    this.outlineStack.push(item);
    this.sections.push({ title, level: lvl, page: this.pageIndex, inToc });
  }

  record(item: Omit<TraceItem, 'page'>): void {
    if (this.trace) this.trace.push({ page: this.pageIndex, ...item });
  }
}
