import { byReadingOrder } from '../../shared/geometry/noteGrid';
import { rankVotes, type BoardVotes } from '../../shared/model/Votes';
import type { Note, NoteColor } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { PdfCtx } from './context';
import { Flow } from './flow';
import { otherLang, pick } from '../../shared/i18n';
import { NOTE_EDGE, NOTE_STYLE } from './noteColors';
import { drawLines, lineHeightOf, wrap, type TextStyle } from './textBlock';

export interface NoteGroups {
  /** Block id → its notes in reading order (top to bottom, then left to right). */
  byBlock: Map<string, Note[]>;
  /** Notes in no block (or in a block the layout no longer has). */
  tray: Note[];
}

export function groupNotes(layout: CanvasLayout, notes: readonly Note[]): NoteGroups {
  const ids = new Set(layout.blocks.map((b) => b.id));
  const byBlock = new Map<string, Note[]>();
  const tray: Note[] = [];
  for (const n of notes) {
    if (n.blockId !== null && ids.has(n.blockId)) {
      const list = byBlock.get(n.blockId);
      if (list) list.push(n);
      else byBlock.set(n.blockId, [n]);
    } else tray.push(n);
  }
  for (const list of byBlock.values()) list.sort(byReadingOrder);
  tray.sort(byReadingOrder);
  return { byBlock, tray };
}

/** A small coloured tag with the colour's letter, in front of a listed note and in legends. */
export function drawChip(ctx: PdfCtx, color: NoteColor, x: number, y: number, h: number): number {
  const st = NOTE_STYLE[color] ?? NOTE_STYLE.yellow;
  const w = h * 1.5;
  ctx.doc
    .save()
    .roundedRect(x, y, w, h, h * 0.25)
    .lineWidth(0.5)
    .fillAndStroke(st.fill, NOTE_EDGE)
    .restore();
  const size = h * 0.72;
  const lw = ctx.measure('bold', size)(st.mark);
  drawLines(ctx, [st.mark], x + (w - lw) / 2, y + h / 2 - size * 0.72, lw, { font: 'bold', size, color: '#111111' });
  return w;
}

/**
 * Every note's full text, block by block, flowing over as many portrait pages as it takes.
 * A note is split between pages only between lines; a block continuing on a new page repeats
 * its title marked "(continued)".
 */
export function drawNoteList(ctx: PdfCtx, boardTitle: string, groups: NoteGroups, layout: CanvasLayout, votes?: BoardVotes | null): void {
  const flow = new Flow(ctx, 'portrait');
  const h1: TextStyle = { font: 'bold', size: ctx.pt(13) };
  const h2: TextStyle = { font: 'bold', size: ctx.pt(11.5) };
  const sub: TextStyle = { size: ctx.pt(8.5), color: '#5a5a5a' };
  const body: TextStyle = { size: ctx.pt(10.5) };
  const grey: TextStyle = { size: ctx.pt(10), color: '#6a6a6a' };
  const lh = lineHeightOf(body);
  const chipH = body.size * 1.05;
  const indent = chipH * 1.5 + ctx.pt(6);
  flow.paragraph(ctx.t('print.noteListOf', { title: boardTitle }), h1, { after: ctx.pt(4) });
  drawVoteRanking(ctx, flow, votes, [...[...groups.byBlock.values()].flat(), ...groups.tray], { h2, body, sub, indent });

  const sections = layout.blocks.map((b) => ({
    title: pick(ctx.lang, b.label_th, b.label_en),
    other: otherLang(ctx.lang, b.label_th, b.label_en),
    notes: groups.byBlock.get(b.id) ?? [],
  }));
  if (groups.tray.length > 0) sections.push({ title: ctx.t('unplaced'), other: '', notes: groups.tray });

  for (const s of sections) {
    flow.onNewPage = null;
    flow.ensure(lineHeightOf(h2) + lh * 2);
    flow.paragraph(`${s.title} (${ctx.t('notesCount', { n: s.notes.length })})`, h2);
    if (s.other) flow.paragraph(s.other, sub);
    flow.space(ctx.pt(2));
    if (s.notes.length === 0) {
      flow.paragraph(ctx.t('print.noNotes'), grey, { indent, after: ctx.pt(6) });
      continue;
    }
    flow.onNewPage = (f) => f.paragraph(`${s.title} ${ctx.t('print.continued')}`, h2, { after: ctx.pt(2) });
    for (const note of s.notes) {
      const text = note.text.trim();
      const lines = text === '' ? [ctx.t('print.emptyNote')] : wrap(ctx, text, flow.box.w - indent, body);
      flow.ensure(lh);
      drawChip(ctx, note.color, flow.box.x, flow.y + body.size * 0.8 - chipH / 2, chipH);
      flow.lines(lines, text === '' ? grey : body, { indent });
      flow.space(ctx.pt(3.5));
    }
    flow.space(ctx.pt(6));
  }
  flow.onNewPage = null;
}

/** The vote's ranked list: rank, count and the note's text, most votes first. */
function drawVoteRanking(
  ctx: PdfCtx,
  flow: Flow,
  votes: BoardVotes | null | undefined,
  notes: readonly Note[],
  st: { h2: TextStyle; body: TextStyle; sub: TextStyle; indent: number },
): void {
  const ranked = rankVotes(votes, notes);
  if (ranked.length === 0) return;
  const lh = lineHeightOf(st.body);
  flow.ensure(lineHeightOf(st.h2) + lh * 2);
  flow.paragraph(ctx.t('votePanel'), st.h2);
  if (votes?.open) flow.paragraph(ctx.t('print.voteOpenNote'), st.sub);
  flow.space(ctx.pt(2));
  ranked.forEach(({ note, count }, i) => {
    const text = note.text.trim() || ctx.t('print.emptyNote');
    const lead = `${i + 1}. ${ctx.t('print.votesOf', { n: count })} — `;
    const lines = wrap(ctx, lead + text.replace(/\s*\n\s*/g, ' '), flow.box.w - st.indent, st.body);
    flow.ensure(lh);
    flow.lines(lines, st.body, { indent: st.indent });
    flow.space(ctx.pt(2));
  });
  flow.space(ctx.pt(8));
}
