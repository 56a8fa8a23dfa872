import { describe, expect, it, vi } from 'vitest';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { readWorkshopFile } from '../../shared/workshopFile/readWorkshopFile';
import { toWorkshopFile } from '../../shared/workshopFile/workshopFile';
import { docWithBoard, note } from '../helpers/fixtures';

// As if a later release renamed a note's "body" to "text": notes are now at format 2.
vi.mock('../../shared/model/Note', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/model/Note')>();
  const { recordMigrations } = await import('../../shared/model/recordMigrations');
  return {
    ...original,
    noteMigrations: recordMigrations('note', [
      {
        name: 'RenameBodyToText',
        version: 2,
        up(r) {
          r.text = r.body;
          delete r.body;
        },
      },
    ]),
  };
});

function fileWithNotesAt(version: number, field: 'body' | 'text'): string {
  const doc = docWithBoard();
  doc.notes.n1 = note('n1', { text: 'ปุ๋ยหมักชีวภาพ' });
  doc.notes.n2 = note('n2', { text: 'ขายผ่าน LINE', blockId: 'right' });
  const data = JSON.parse(
    toWorkshopFile(doc, { name: 'ชุดมาตรฐาน', ...BUILTIN_LIBRARY }, { appVersion: '0.1.0', exportedAt: '2026-01-01T00:00:00.000Z' }),
  );
  data.recordVersions.note = version;
  for (const n of data.notes) {
    if (field === 'body') {
      n.body = n.text;
      delete n.text;
    }
  }
  return JSON.stringify(data);
}

describe('a workshop file goes through the record migrations', () => {
  it('notes written at an older format are brought up to this one on import', () => {
    expect(RECORD_VERSIONS.note).toBe(2);
    const r = readWorkshopFile(fileWithNotesAt(1, 'body'), '2026-02-01T00:00:00.000Z');
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(
      Object.values(r.value.doc.notes)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['ขายผ่าน LINE', 'ปุ๋ยหมักชีวภาพ']);
    expect(Object.values(r.value.doc.notes).some((n) => 'body' in n)).toBe(false);
  });

  it('notes at this format are read as they are; a later format is refused by name', () => {
    expect(readWorkshopFile(fileWithNotesAt(2, 'text'), '2026-02-01T00:00:00.000Z').ok).toBe(true);
    expect(readWorkshopFile(fileWithNotesAt(3, 'text'), '2026-02-01T00:00:00.000Z')).toEqual({
      ok: false,
      problem: { code: 'newerRecords', kind: 'note', version: 3, known: 2 },
    });
  });

  it('an old file whose records do not migrate names the step and the note', () => {
    // Written "at format 1" but already without "body": the step makes text undefined.
    const r = readWorkshopFile(fileWithNotesAt(1, 'text'), '2026-02-01T00:00:00.000Z');
    expect(r).toMatchObject({ ok: false, problem: { code: 'record', kind: 'note', index: 1, problem: { reason: 'invalid' } } });
  });
});
