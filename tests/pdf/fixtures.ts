import type { Board } from '../../shared/model/Board';
import type { BoardId, NoteId, RowId, WorkshopId } from '../../shared/model/ids';
import { NOTE_COLORS, type Note } from '../../shared/model/Note';
import type { Row } from '../../shared/model/Row';
import type { StepState } from '../../shared/model/StepState';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { findTemplate } from '../../shared/templates/builtin';
import { fileURLToPath } from 'node:url';

export const FONTS_DIR = fileURLToPath(new URL('../../resources/fonts', import.meta.url));
export const LIBRARY = BUILTIN_LIBRARY;

/** Words with stacked marks the issue asks to check, each a note of its own. */
export const MARK_WORDS = ['น้ำ', 'ที่', 'เพื่อ', 'ปุ๋ย', 'ผู้นำ'];

export const PHRASES = [
  'กองทุนหมู่บ้านให้สมาชิกกู้ยืมเพื่อซื้อปุ๋ยอินทรีย์',
  'ผู้นำชุมชนร่วมกันจัดการน้ำเพื่อการเกษตรตลอดปี',
  'วิสาหกิจชุมชนแปรรูปข้าวกล้องหอมมะลิส่งขายในตำบล',
  'ตลาดนัดชุมชนทุกวันเสาร์ที่ลานวัด',
  'ขายผ่าน Facebook และ LINE OA ของกลุ่ม',
  'ทุกครัวเรือนมีหนี้ลดลงและมีเงินออมเพิ่มขึ้น',
  'ภูมิปัญญาการทอผ้าไหมของผู้สูงอายุ',
  'ปราชญ์ชาวบ้านสอนการทำปุ๋ยหมักให้เยาวชน',
  'สหกรณ์การเกษตรรับซื้อผลผลิตในราคาที่เป็นธรรม',
  'ต้นทุนค่าขนส่งสูงเพราะถนนเข้าหมู่บ้านเสียหาย',
  'รายได้จากการท่องเที่ยวเชิงเกษตร 120,000 บาทต่อปี',
  'อบต. สนับสนุนงบประมาณโรงเรือนเพาะชำกล้าไม้',
];

/** A note of the maximum length (2000 characters), Thai without spaces except between sentences. */
export function longNote(): string {
  let s = '';
  let i = 0;
  while (s.length < 2000) s += PHRASES[i++ % PHRASES.length] + (i % 3 === 0 ? ' ' : '');
  return s.slice(0, 2000);
}

let seq = 0;
const id = (p: string) => `${p}${(++seq).toString(36).padStart(6, '0')}`;

export function workshop(name = 'ตลาดนัดสีเขียวบ้านหนองน้ำใส'): WorkshopDoc['workshop'] {
  return {
    id: 'wtest' as WorkshopId,
    name,
    group: 'วิสาหกิจชุมชนกลุ่มผู้ปลูกผักปลอดสารพิษ',
    tambon: 'หนองน้ำใส',
    amphoe: 'เมืองเพชรบูรณ์',
    province: 'เพชรบูรณ์',
    date: '2026-01-15',
    facilitator: 'นางสาวผู้นำ ใจดี',
    createdAt: '2026-01-15T00:00:00.000Z',
    updatedAt: '2026-01-15T00:00:00.000Z',
  };
}

export function emptyDoc(): WorkshopDoc {
  return { workshop: workshop(), boards: {}, notes: {}, rows: {}, steps: {} };
}

export function addBoard(doc: WorkshopDoc, templateId: string, title: string): Board {
  const t = findTemplate(templateId);
  if (!t) throw new Error(`no template ${templateId}`);
  const b: Board = {
    id: id('b') as BoardId,
    templateId,
    title,
    layout: structuredClone(t.layout),
    order: Object.keys(doc.boards).length,
    createdAt: '2026-01-15T00:00:00.000Z',
  };
  doc.boards[b.id] = b;
  return b;
}

export function addNote(doc: WorkshopDoc, board: Board, blockId: string | null, text: string, i: number): Note {
  const n: Note = {
    id: id('n') as NoteId,
    boardId: board.id,
    blockId,
    x: (i % 4) * 180,
    y: Math.floor(i / 4) * 120,
    w: 170,
    h: 110,
    text,
    color: NOTE_COLORS[i % NOTE_COLORS.length]!,
    z: i,
  };
  doc.notes[n.id] = n;
  return n;
}

/** Spreads `count` notes over the board's blocks (and a few in the tray), texts from PHRASES. */
export function fillBoard(doc: WorkshopDoc, board: Board, count: number): void {
  if (board.layout.kind !== 'canvas') throw new Error('canvas board expected');
  const blocks = board.layout.blocks.map((b) => b.id);
  for (let i = 0; i < count; i++) {
    const blockId = i % 25 === 24 ? null : blocks[i % blocks.length]!;
    addNote(doc, board, blockId, `${PHRASES[i % PHRASES.length]} (${i + 1})`, Math.floor(i / blocks.length));
  }
}

export function addRows(doc: WorkshopDoc, board: Board, count: number, long = false): Row[] {
  if (board.layout.kind !== 'table') throw new Error('table board expected');
  const cols = board.layout.columns;
  const out: Row[] = [];
  for (let r = 0; r < count; r++) {
    const cells: Record<string, string> = {};
    cols.forEach((c, j) => {
      if (c.kind === 'baht') cells[c.id] = String((r + 1) * 1500);
      else if (c.kind === 'choice') cells[c.id] = c.options?.[r % Math.max(1, c.options.length)] ?? '';
      else cells[c.id] = PHRASES[(r + j) % PHRASES.length]!.repeat(long && j === 0 ? 3 : 1);
    });
    const row: Row = { id: id('r') as RowId, boardId: board.id, order: r, cells };
    doc.rows[row.id] = row;
    out.push(row);
  }
  return out;
}

export function stepState(stepId: string, checked: string[], notes = ''): StepState {
  return { id: stepId, status: 'doing', checked, notes };
}

/**
 * A workshop like one after a real day: a CBMC-9 with the stacked-mark words and a 2000-character
 * note, a KSNB, an operation plan, and `totalNotes` notes in all.
 */
export function sampleDoc(totalNotes = 80): WorkshopDoc {
  const doc = emptyDoc();
  const cbmc = addBoard(doc, 'cbmc-9', 'แผนธุรกิจกลุ่มผักปลอดสารพิษ');
  MARK_WORDS.forEach((w, i) => addNote(doc, cbmc, 'value', w, i));
  addNote(doc, cbmc, 'customers', longNote(), 0);
  const ksnb = addBoard(doc, 'ksnb', 'KSNB ของกลุ่ม');
  const plan = addBoard(doc, 'operation-plan', 'แผนปฏิบัติการปี 2569');
  addRows(doc, plan, 12);
  const swot = addBoard(doc, 'swot', 'SWOT ตำบลหนองน้ำใส');
  const rest = Math.max(0, totalNotes - MARK_WORDS.length - 1);
  fillBoard(doc, cbmc, Math.floor(rest * 0.5));
  fillBoard(doc, ksnb, Math.floor(rest * 0.3));
  fillBoard(doc, swot, rest - Math.floor(rest * 0.5) - Math.floor(rest * 0.3));
  doc.steps.s1 = stepState('s1', ['s1_o1'], 'นัดประชุมครั้งต่อไปที่ศาลาประชาคมหมู่ 3');
  doc.steps.s5 = stepState('s5', ['s5_o1', 's5_o2']);
  return doc;
}
