import { performance } from 'node:perf_hooks';
import { blockRects } from '../../shared/geometry/boardGeometry';
import { NOTE_SIZE, type Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { searchIndexFor, searchWorkshop } from '../../shared/search/searchWorkshop';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { percentile } from './frames';

const WORDS = [
  'น้ำพริกแกง',
  'ปุ๋ยหมักชีวภาพ',
  'กองทุนหมู่บ้าน',
  'ผู้ใหญ่บ้าน',
  'วิสาหกิจชุมชน',
  'ท่องเที่ยว',
  'ขายออนไลน์',
  'Facebook',
  'สมาชิก',
  'ที่เพื่อนบ้านทำเอง',
  'ผ้าทอมือ',
  'หนี้ลด',
];
/** Typed as people type: exact, without tone marks, tone before the vowel, Latin in another case, no hit. */
const QUERIES = ['ปุ๋ยหมัก', 'ปุยหมัก', 'ท\u0E48\u0E35เพื่อน', 'facebook', 'ผูใหญบาน', 'ไม่มีคำนี้', 'น้ำ', 'หมู่บ้าน'];

/**
 * search_5000: one query across a workshop of 5,000 notes on 10 boards once its index is built
 * (median over the query mix, 10 rounds); search_index_5000: building that index from nothing.
 */
export function benchSearch(notes = 5_000): { search: number; index: number } {
  const layout = cbmc9.layout as CanvasLayout;
  const rects = blockRects(layout);
  const doc: WorkshopDoc = { workshop: {} as WorkshopDoc['workshop'], boards: {}, notes: {}, rows: {}, steps: {} };
  for (let b = 0; b < 10; b++) {
    doc.boards[`b${b}`] = {
      id: `b${b}` as never,
      templateId: 'cbmc-9',
      title: `กระดาน ${b}`,
      layout,
      order: b,
      createdAt: '2026-01-15T00:00:00Z',
    };
  }
  for (let i = 0; i < notes; i++) {
    const text = Array.from({ length: 3 + (i % 5) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(i % 3 ? '' : ' ') + ` ${i}`;
    const note: Note = {
      id: `n${i}` as never,
      boardId: `b${i % 10}` as never,
      blockId: rects[i % rects.length]!.id,
      x: (i * 37) % 400,
      y: (i * 53) % 300,
      w: NOTE_SIZE.w,
      h: NOTE_SIZE.h,
      text,
      color: 'yellow',
      z: i,
    };
    doc.notes[note.id] = note;
  }
  const t0 = performance.now();
  const index = searchIndexFor(doc);
  const indexMs = performance.now() - t0;
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < 10; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      found += searchWorkshop(index, q).total;
      times.push(performance.now() - t);
    }
  }
  if (found === 0) throw new Error('search bench found nothing: the figures would mean nothing');
  return { search: percentile(times, 50), index: indexMs };
}
