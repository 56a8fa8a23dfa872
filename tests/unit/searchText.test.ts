import { describe, expect, it } from 'vitest';
import { findInText, foldText, foldWithMap } from '../../shared/text/searchText';
import { searchIndexFor, searchWorkshop, whereIs } from '../../shared/search/searchWorkshop';
import { board, docWithBoard, note, tableLayout } from '../helpers/fixtures';
import type { Row } from '../../shared/model/Row';

const found = (text: string, query: string, strength: 'exact' | 'loose' = 'exact') => {
  const at = findInText(text, query, strength);
  return at ? text.slice(at.start, at.end) : null;
};

describe('search text folding', () => {
  it('finds Thai as a substring, since Thai has no spaces between words', () => {
    expect(found('กองทุนหมู่บ้านวิสาหกิจชุมชน', 'หมู่บ้าน')).toBe('หมู่บ้าน');
    expect(found('กองทุนหมู่บ้าน', 'หมู่บาน')).toBeNull();
  });

  it('treats a tone mark typed before the vowel above as the same word', () => {
    const typedOddly = 'ท\u0E48\u0E35'; // ท + ่ + ี  (tone first)
    expect(typedOddly).not.toBe('ที่');
    expect(found('ผู้นำที่ดี', typedOddly)).toBe('ที่');
    expect(found(`สิ่ง${typedOddly}ดี`, 'ที่')).toBe(typedOddly);
    // น้ำ typed with SARA AM before the tone mark, and with NIKHAHIT + SARA AA.
    expect(found('น้ำปุ๋ยชีวภาพ', 'น\u0E33\u0E49')).toBe('น้ำ');
    expect(found('น้ำปุ๋ยชีวภาพ', 'น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
  });

  it('finds text typed without tone marks only in the loose pass', () => {
    expect(found('ปุ๋ยหมักชีวภาพ', 'ปุยหมัก')).toBeNull();
    expect(found('ปุ๋ยหมักชีวภาพ', 'ปุยหมัก', 'loose')).toBe('ปุ๋ยหมัก');
    expect(found('ผู้ใหญ่บ้าน', 'ผูใหญบาน', 'loose')).toBe('ผู้ใหญ่บ้าน');
    // Vowel marks still count: ทุน is not ทิน.
    expect(found('กองทุน', 'ทิน', 'loose')).toBeNull();
    expect(foldText('ก็', 'loose')).toBe('ก');
  });

  it('ignores zero-width characters in the text and the query', () => {
    const withZw = 'วิสาหกิจ\u200Bชุมชน\u2060ท่อง\uFEFFเที่ยว';
    expect(found(withZw, 'ชุมชนท่องเที่ยว')).toBe('ชุมชน\u2060ท่อง\uFEFFเที่ยว');
    expect(found('วิสาหกิจชุมชน', 'กิจ\u200Cชุม\u200Dชน')).toBe('กิจชุมชน');
  });

  it('matches NFC and NFD spellings, and Latin without regard to case or accents (loose)', () => {
    const nfd = 'Cafe\u0301 ชุมชน';
    expect(found(nfd, 'CAFÉ')).toBe('Cafe\u0301');
    expect(found('Café ชุมชน', 'cafe\u0301')).toBe('Café');
    expect(found('Café ชุมชน', 'cafe')).toBeNull();
    expect(found('Café ชุมชน', 'cafe', 'loose')).toBe('Café');
  });

  it('matches mixed Thai and English and keeps emoji whole', () => {
    expect(found('ขาย Online ผ่าน Facebook ได้กำไร', 'facebook ได้')).toBe('Facebook ได้');
    expect(found('ตลาดนัด 🌶️ พริกแกง 👨‍👩‍👧 ครอบครัว', '🌶️ พริก')).toBe('🌶️ พริก');
    expect(found('ตลาดนัด 🌶️ พริกแกง 👨‍👩‍👧 ครอบครัว', '👨‍👩‍👧')).toBe('👨‍👩‍👧');
    expect(found('ตลาดนัด 🌶 พริก', '🌶️', 'loose')).toBe('🌶');
  });

  it('folds the same way for the index as for highlighting', () => {
    const samples = ['ท\u0E48\u0E35เพื่อน น\u0E33\u0E49 น\u0E49\u0E4D\u0E32', 'Cafe\u0301 ÉTÉ\tผู้ใหญ่\u200Bบ้าน', 'ก็ 🌶️ 👨‍👩‍👧 ปุ๋ย\nหมัก'];
    for (const text of samples) {
      for (const strength of ['exact', 'loose'] as const) expect(foldText(text, strength)).toBe(foldWithMap(text, strength).key);
    }
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findInText('อะไรก็ได้', '  \u200B ', 'exact')).toBeNull();
  });
});

describe('searchWorkshop', () => {
  function doc() {
    const d = docWithBoard();
    d.boards.b1 = { ...board('b1'), title: 'CBMC' };
    d.notes.a = note('a', { blockId: 'right', text: 'ปุ๋ยหมักจากเศษผัก' });
    d.notes.b = note('b', { blockId: 'left', text: 'ขายปุ๋ยหมักที่ตลาด' });
    d.notes.c = note('c', { blockId: 'left', y: 5, text: 'ปุยหมัก (typed without the tone mark)' });
    d.boards.t1 = { ...board('t1', tableLayout), title: 'แผนปฏิบัติการ', order: 2 };
    const row = { id: 'r1', boardId: 't1', order: 1, cells: { what: 'อบรมทำปุ๋ยหมัก', budget: '1500' } } as unknown as Row;
    d.rows.r1 = row;
    return d;
  }

  it('ranks exact hits above loose ones and reports where each is', () => {
    const d = doc();
    const { hits, total } = searchWorkshop(searchIndexFor(d), 'ปุ๋ยหมัก');
    expect(total).toBe(4);
    expect(hits.map((h) => [h.strength, h.target.kind === 'note' ? h.target.noteId : h.target.rowId])).toEqual([
      ['exact', 'b'],
      ['exact', 'a'],
      ['exact', 'r1'],
      ['loose', 'c'],
    ]);
    expect(whereIs(d, hits[1]!.target, 'th')).toEqual({ board: 'CBMC', place: 'ขวา' });
    expect(whereIs(d, hits[2]!.target, 'en')).toEqual({ board: 'แผนปฏิบัติการ', place: 'Activity', row: 1 });
  });

  it('typed without the tone mark, finds the notes with it (loose) after the exact one', () => {
    const { hits } = searchWorkshop(searchIndexFor(doc()), 'ปุยหมัก');
    expect(hits[0]).toMatchObject({ strength: 'exact', target: { noteId: 'c' } });
    expect(hits.slice(1).every((h) => h.strength === 'loose')).toBe(true);
    expect(hits).toHaveLength(4);
  });

  it('builds the index once per document version and sees edits in the next one', () => {
    const d = doc();
    expect(searchIndexFor(d)).toBe(searchIndexFor(d));
    const next = { ...d, notes: { ...d.notes, a: { ...d.notes.a!, text: 'ผักสวนครัว' } } };
    expect(searchWorkshop(searchIndexFor(next), 'ปุ๋ยหมัก').total).toBe(3);
    expect(searchWorkshop(searchIndexFor(next), 'สวนครัว').hits[0]!.target).toMatchObject({ noteId: 'a' });
  });

  it('limits the list but counts every hit', () => {
    const d = doc();
    for (let i = 0; i < 30; i++) d.notes[`n${i}`] = note(`n${i}`, { text: `น้ำ ${i}` });
    const r = searchWorkshop(searchIndexFor(d), 'น้ำ', 10);
    expect(r.hits).toHaveLength(10);
    expect(r.total).toBe(30);
  });
});
