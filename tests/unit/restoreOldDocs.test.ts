import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../shared/model/Note';
import { restoreDoc, type RawDoc } from '../../shared/model/restoreDoc';
import { parseStoredJson, type RawRecord } from '../../shared/model/storedJson';
import { applyAll } from '../../shared/ops';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/old-docs');

/**
 * A document as an older version stored it: every record in the first format. A record given as
 * {"id", "$text"} is a row whose stored text is that (damaged) string.
 */
function fixture(name: string): RawDoc {
  const file = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
  const stored = (r: unknown): RawRecord => {
    const rec = r as { id: string; $text?: string };
    return { id: rec.id, version: 1, json: rec.$text !== undefined ? parseStoredJson(rec.$text) : { ok: true, value: r } };
  };
  const list = (k: string) => (file[k] as unknown[]).map(stored);
  return { workshop: stored(file.workshop), boards: list('boards'), notes: list('notes'), rows: list('rows'), steps: list('steps') };
}

function opened(raw: RawDoc) {
  const r = restoreDoc(raw);
  if (!r.ok) throw new Error(`workshop refused: ${JSON.stringify(r.problem)}`);
  return r;
}

describe('restoreDoc on documents stored by older versions', () => {
  it('fills what older records lack: note size and colour, block wording, step outputs and notes', () => {
    const { doc, leftOut, repairs } = opened(fixture('notes-before-size-and-colour.json'));
    expect([leftOut, repairs]).toEqual([[], []]);
    expect(doc.notes.n1).toMatchObject({ w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: 'yellow', text: 'น้ำพริกแกงสูตรแม่' });
    expect(doc.notes.n2!.blockId).toBeNull();
    expect(doc.steps.s1).toEqual({ id: 's1', status: 'done', checked: [], notes: '' });
    const left = doc.boards.b1!.layout.kind === 'canvas' ? doc.boards.b1!.layout.blocks[0]! : null;
    expect(left).toMatchObject({ label_en: '', questions_th: [], provenance: 'proposal' });
  });

  it('a restored document takes ops like any other (it is complete, not half-read)', () => {
    const { doc } = opened(fixture('notes-before-size-and-colour.json'));
    const after = applyAll(doc, [
      { type: 'note.patch', id: 'n1', patch: { blockId: 'right' } },
      { type: 'step.patch', id: 's1', patch: { notes: 'ทบทวนแล้ว' } },
    ]);
    expect([after.notes.n1!.blockId, after.steps.s1!.notes]).toEqual(['right', 'ทบทวนแล้ว']);
  });

  it('keeps what it can of a damaged workshop, repairs references, and names every record it left out', () => {
    const raw = fixture('damaged-records.json');
    const { doc, leftOut, repairs } = opened(raw);
    expect(Object.keys(doc.boards)).toEqual(['b1']);
    expect(Object.keys(doc.notes).sort()).toEqual(['n1', 'n2']);
    expect(doc.notes.n1).toMatchObject({ blockId: null, text: 'ช่องนี้ถูกลบไปแล้ว', color: 'pink' });
    expect(doc.notes.n2).toEqual((raw.notes[1]!.json as { value: unknown }).value);
    expect([doc.rows, Object.keys(doc.steps)]).toEqual([{}, ['s2']]);
    expect(leftOut.map((l) => [l.kind, l.id, l.problem.reason])).toEqual([
      ['board', 'b2', 'invalid'],
      ['note', 'n3', 'unreadable'],
      ['note', 'n4', 'missingBoard'],
      ['row', 'r1', 'missingBoard'],
      ['step', 's1', 'invalid'],
    ]);
    expect(repairs).toEqual(['note "n1" moved to the unplaced tray: its block "vanished" is gone']);
  });

  it('refuses a workshop whose own record cannot be read, saying why', () => {
    const raw = fixture('damaged-records.json');
    const value = (raw.workshop.json as { value: object }).value;
    const r = restoreDoc({ ...raw, workshop: { ...raw.workshop, json: { ok: true, value: { ...value, date: '10/12/2568' } } } });
    expect(r).toMatchObject({ ok: false, problem: { reason: 'invalid' } });
  });

  it('does not change the records it is given', () => {
    const raw = fixture('damaged-records.json');
    const copy = structuredClone(raw);
    restoreDoc(raw);
    expect(raw).toEqual(copy);
  });
});
