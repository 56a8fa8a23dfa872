import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../shared/model/Note';
import { restoreDoc, type RawDoc } from '../../shared/model/restoreDoc';
import { applyAll } from '../../shared/ops';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/old-docs');
const fixture = (name: string): RawDoc => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as RawDoc;

describe('restoreDoc on documents stored by older versions', () => {
  it('fills what older records lack: note size and colour, block wording, step outputs and notes', () => {
    const { doc, problems } = restoreDoc(fixture('notes-before-size-and-colour.json'));
    expect(problems).toEqual([]);
    expect(doc.notes.n1).toMatchObject({ w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: 'yellow', text: 'น้ำพริกแกงสูตรแม่' });
    expect(doc.notes.n2!.blockId).toBeNull();
    expect(doc.steps.s1).toEqual({ id: 's1', status: 'done', checked: [], notes: '' });
    const left = doc.boards.b1!.layout.kind === 'canvas' ? doc.boards.b1!.layout.blocks[0]! : null;
    expect(left).toMatchObject({ label_en: '', questions_th: [], provenance: 'proposal' });
  });

  it('a restored document takes ops like any other (it is complete, not half-read)', () => {
    const { doc } = restoreDoc(fixture('notes-before-size-and-colour.json'));
    const after = applyAll(doc, [
      { type: 'note.patch', id: 'n1', patch: { blockId: 'right' } },
      { type: 'step.patch', id: 's1', patch: { notes: 'ทบทวนแล้ว' } },
    ]);
    expect([after.notes.n1!.blockId, after.steps.s1!.notes]).toEqual(['right', 'ทบทวนแล้ว']);
  });

  it('keeps what it can of a damaged workshop, repairs references, and names every record it left out', () => {
    const raw = fixture('damaged-records.json');
    const { doc, problems } = restoreDoc(raw);
    expect(Object.keys(doc.boards)).toEqual(['b1']);
    expect(Object.keys(doc.notes).sort()).toEqual(['n1', 'n2']);
    expect(doc.notes.n1).toMatchObject({ blockId: null, text: 'ช่องนี้ถูกลบไปแล้ว', color: 'pink' });
    expect(doc.notes.n2).toEqual((raw.notes[1] as object));
    expect(doc.rows).toEqual({});
    expect(Object.keys(doc.steps)).toEqual(['s2']);
    expect(problems).toEqual([
      expect.stringContaining('board "กระดานช่องทับกัน" left out'),
      expect.stringMatching(/^a note was left out/),
      'note "n4" left out: its board is missing',
      'note "n1" moved to the unplaced tray: its block "vanished" is gone',
      expect.stringMatching(/^a step was left out/),
    ]);
  });

  it('refuses a workshop whose own record cannot be read, saying so', () => {
    const raw = fixture('damaged-records.json');
    expect(() => restoreDoc({ ...raw, workshop: { ...(raw.workshop as object), date: '10/12/2568' } })).toThrow(/workshop record is unreadable/);
  });

  it('does not change the records it is given', () => {
    const raw = fixture('damaged-records.json');
    const copy = structuredClone(raw);
    restoreDoc(raw);
    expect(raw).toEqual(copy);
  });
});
