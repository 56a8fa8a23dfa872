import type { PdfCtx } from './context';
import { addPage, type Box, type Orientation } from './pageFrame';
import { drawLines, lineHeightOf, wrap, type Align, type TextStyle } from './textBlock';

/**
 * Text flowing down pages: paragraphs are laid out into lines and split between pages only
 * between lines, never inside one. `onNewPage` runs at the top of every page after the first
 * (e.g. to repeat a heading marked "continued").
 */
export class Flow {
  box: Box;
  y: number;
  onNewPage: ((flow: Flow) => void) | null = null;

  constructor(
    readonly ctx: PdfCtx,
    readonly orientation: Orientation = 'portrait',
  ) {
    this.box = addPage(ctx, orientation);
    this.y = this.box.y;
  }

  get bottom(): number {
    return this.box.y + this.box.h;
  }

  remaining(): number {
    return this.bottom - this.y;
  }

  atTop(): boolean {
    return this.y <= this.box.y + 0.01;
  }

  newPage(): void {
    this.box = addPage(this.ctx, this.orientation);
    this.y = this.box.y;
    this.onNewPage?.(this);
  }

  /** Starts a new page unless `h` still fits (a page that is still empty always counts as fitting). */
  ensure(h: number): void {
    if (h > this.remaining() && !this.atTop()) this.newPage();
  }

  space(h: number): void {
    this.y = Math.min(this.y + h, this.bottom);
  }

  /**
   * Draws lines, moving to a new page whenever the next line would not fit.
   * `keep` lines at least stay together with what comes before them on a page.
   */
  lines(lines: readonly string[], style: TextStyle, opts: { indent?: number; align?: Align; keep?: number } = {}): void {
    const lh = lineHeightOf(style);
    const indent = opts.indent ?? 0;
    const keep = Math.min(opts.keep ?? 1, lines.length);
    this.ensure(keep * lh);
    let i = 0;
    while (i < lines.length) {
      const fit = Math.max(1, Math.floor((this.remaining() + 0.01) / lh));
      const chunk = lines.slice(i, i + fit);
      this.y += drawLines(this.ctx, chunk, this.box.x + indent, this.y, this.box.w - indent, style, opts.align);
      i += chunk.length;
      if (i < lines.length) this.newPage();
    }
  }

  /** Wraps text to the flow's width (less the indent) and draws it. */
  paragraph(text: string, style: TextStyle, opts: { indent?: number; align?: Align; keep?: number; after?: number } = {}): void {
    const lines = wrap(this.ctx, text, this.box.w - (opts.indent ?? 0), style);
    this.lines(lines, style, opts);
    if (opts.after) this.space(opts.after);
  }
}
