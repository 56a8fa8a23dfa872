import { describe, expect, it } from 'vitest';
import { describeRecordProblem } from '../../shared/i18n/recordProblems';
import { boardSchema } from '../../shared/model/Board';
import { noteSchema } from '../../shared/model/Note';
import { RECORD_MIGRATIONS, RECORD_VERSIONS } from '../../shared/model/recordFormats';
import { migrateRecord, recordMigrations, type PlainRecord, type RecordType } from '../../shared/model/recordMigrations';
import { restoreRecord } from '../../shared/model/restoreRecord';
import { parseStoredJson } from '../../shared/model/storedJson';
import { workshopSchema } from '../../shared/model/Workshop';
import { TEMPLATE_SET_VERSION } from '../../shared/templates/templateSetFile';
import { board, emptyDoc, note } from '../helpers/fixtures';

/**
 * For every step of every real sequence: a record as the previous version wrote it, and what the
 * step must make of it. A step added without a fixture here fails the test below.
 */
const STEP_FIXTURES: Record<string, { before: PlainRecord; after: PlainRecord }> = {
  'board/AddBoardVotes': {
    before: { id: 'b1', templateId: 'cbmc-9', title: 'กระดาน', layout: { kind: 'canvas' }, order: 1, createdAt: '2026-01-01' },
    after: { id: 'b1', templateId: 'cbmc-9', title: 'กระดาน', layout: { kind: 'canvas' }, order: 1, createdAt: '2026-01-01', votes: null },
  },
};

/** A made-up history of a record, to exercise the runner itself. */
const sticky = recordMigrations('note', [
  {
    name: 'RenameColour',
    version: 2,
    up(r) {
      r.color = r.colour ?? 'yellow';
      delete r.colour;
    },
  },
  {
    name: 'SizeAsObject',
    version: 3,
    up: ({ w, h, ...rest }) => ({ ...rest, size: { w: w ?? 170, h: h ?? 110 } }),
  },
]);

describe('record migration steps', () => {
  it('runs every step after the stored version, in order, on a copy', () => {
    const v1 = { id: 'n1', colour: 'pink', w: 200, h: 90, text: 'ผักปลอดสาร' };
    const frozen = structuredClone(v1);
    expect(migrateRecord(sticky, v1, 1)).toEqual({
      ok: true,
      record: { id: 'n1', color: 'pink', text: 'ผักปลอดสาร', size: { w: 200, h: 90 } },
    });
    expect(v1).toEqual(frozen);
  });

  it('runs only the steps a record has not had', () => {
    const v2 = { id: 'n1', color: 'blue', text: 'x' };
    expect(migrateRecord(sticky, v2, 2)).toEqual({ ok: true, record: { id: 'n1', color: 'blue', text: 'x', size: { w: 170, h: 110 } } });
    const v3 = { id: 'n1', color: 'blue', size: { w: 1, h: 2 } };
    expect(migrateRecord(sticky, v3, 3)).toEqual({ ok: true, record: v3 });
  });

  it('refuses a record from a newer version and says which versions', () => {
    const r = migrateRecord(sticky, { id: 'n1' }, 4);
    expect(r).toEqual({ ok: false, problem: { reason: 'newer', version: 4, known: 3 } });
  });

  it('names the step that failed', () => {
    const seq = recordMigrations('row', [
      {
        name: 'SplitCells',
        version: 2,
        up: () => {
          throw new Error('cells is not an object');
        },
      },
    ]);
    expect(migrateRecord(seq, { id: 'r1' }, 1)).toEqual({
      ok: false,
      problem: { reason: 'migration', step: 'SplitCells', detail: 'cells is not an object' },
    });
  });

  it('refuses what is not a record or has no sensible version', () => {
    expect(migrateRecord(sticky, [1, 2], 1)).toMatchObject({ ok: false, problem: { reason: 'invalid' } });
    expect(migrateRecord(sticky, { id: 'n1' }, 0)).toMatchObject({ ok: false, problem: { reason: 'invalid' } });
    expect(migrateRecord(sticky, { id: 'n1' }, 1.5)).toMatchObject({ ok: false, problem: { reason: 'invalid' } });
  });

  it('a sequence must number its steps 2, 3, … with distinct names', () => {
    expect(() => recordMigrations('note', [{ name: 'A', version: 3, up: () => {} }])).toThrow(/expected 2/);
    expect(() =>
      recordMigrations('note', [
        { name: 'A', version: 2, up: () => {} },
        { name: 'A', version: 3, up: () => {} },
      ]),
    ).toThrow(/used twice/);
  });

  it('every step of every real sequence has a fixture, and turns it into what it should', () => {
    for (const seq of Object.values(RECORD_MIGRATIONS)) {
      for (const step of seq.steps) {
        const fixture = STEP_FIXTURES[`${seq.recordType}/${step.name}`];
        expect(fixture, `no fixture for ${seq.recordType} step ${step.name}`).toBeDefined();
        expect(migrateRecord({ ...seq, steps: [step], version: step.version }, fixture!.before, step.version - 1)).toEqual({
          ok: true,
          record: fixture!.after,
        });
      }
    }
  });

  it('each record type writes the version its sequence reaches; template set files use the same number', () => {
    for (const [type, seq] of Object.entries(RECORD_MIGRATIONS)) {
      expect(seq.recordType).toBe(type);
      expect(RECORD_VERSIONS[type as RecordType]).toBe(seq.steps.at(-1)?.version ?? 1);
    }
    expect(TEMPLATE_SET_VERSION).toBe(RECORD_VERSIONS.templateSet);
  });
});

describe('restoring one stored record', () => {
  const stored = (value: unknown, version = 1) => ({ id: 'x', version, json: parseStoredJson(JSON.stringify(value)) });

  it('records as written today come back as they were; a version 1 board gains an empty vote', () => {
    expect(restoreRecord('note', noteSchema, stored(note('n1')))).toEqual({ ok: true, record: note('n1') });
    expect(restoreRecord('board', boardSchema, stored(board('b1')))).toEqual({ ok: true, record: { ...board('b1'), votes: null } });
    const voted = { ...board('b1'), votes: { open: false, counts: { n1: 7, n2: 2 } } };
    expect(restoreRecord('board', boardSchema, stored(voted, RECORD_VERSIONS.board))).toEqual({ ok: true, record: voted });
    // A version 1 record that somehow holds a votes field keeps it: the step only fills what is missing.
    expect(restoreRecord('board', boardSchema, stored(voted, 1))).toEqual({ ok: true, record: voted });
    expect(restoreRecord('workshop', workshopSchema, stored(emptyDoc().workshop))).toEqual({ ok: true, record: emptyDoc().workshop });
  });

  it('a note from a newer version is refused with a message in Thai and English, not cut down', () => {
    const newer = RECORD_VERSIONS.note + 1;
    const r = restoreRecord('note', noteSchema, stored({ ...note('n1'), shape: 'circle' }, newer));
    expect(r).toEqual({ ok: false, problem: { reason: 'newer', version: newer, known: RECORD_VERSIONS.note } });
    if (r.ok) return;
    expect(describeRecordProblem('th', r.problem)).toBe(
      `บันทึกด้วย CBMC Studio รุ่นที่ใหม่กว่า (รูปแบบข้อมูล ${newer} แต่รุ่นนี้รู้จักถึง ${RECORD_VERSIONS.note}) กรุณาอัปเดตโปรแกรม`,
    );
    expect(describeRecordProblem('en', r.problem)).toMatch(
      new RegExp(`newer CBMC Studio \\(data format ${newer}; this version knows up to ${RECORD_VERSIONS.note}\\)\\. Please update`),
    );
  });

  it('says which field is wrong, and what JSON could not be read', () => {
    expect(restoreRecord('note', noteSchema, stored({ ...note('n1'), x: 'left' }))).toMatchObject({
      ok: false,
      problem: { reason: 'invalid', detail: expect.stringMatching(/^x: /) },
    });
    expect(restoreRecord('note', noteSchema, { id: 'n1', version: 1, json: parseStoredJson('{"id":"n1",') })).toMatchObject({
      ok: false,
      problem: { reason: 'unreadable' },
    });
  });
});
