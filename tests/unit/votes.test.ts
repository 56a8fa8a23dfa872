import { describe, expect, it } from 'vitest';
import { addVoteOps, clearVoteOps, closeVoteOps, setVoteCountOps, startVoteOps } from '../../shared/edits/votes';
import { rankVotes } from '../../shared/model/Votes';
import { applyBatch, opSchema, type Op } from '../../shared/ops';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { board, docWithBoard, note, tableLayout } from '../helpers/fixtures';

const b = { boardId: 'b1' };
function run(doc: WorkshopDoc, ops: Op[]) {
  // Every op travels as JSON to the host: check it survives the trip and the schema.
  for (const op of ops) expect(opSchema.parse(JSON.parse(JSON.stringify(op)))).toEqual(op);
  return applyBatch(doc, ops);
}

describe('show-of-hands votes as ops', () => {
  const doc = () => {
    const d = docWithBoard();
    d.notes.n1 = note('n1', { text: 'ตลาดนัดชุมชน' });
    d.notes.n2 = note('n2', { text: 'ปุ๋ยหมัก', z: 2 });
    return d;
  };

  it('start, count by clicks and typed counts, close: each step undoes back to the document before it', () => {
    let d = doc();
    const steps: ((x: WorkshopDoc) => Op[])[] = [
      (x) => startVoteOps(x, b),
      (x) => addVoteOps(x, { ...b, noteId: 'n1' }),
      (x) => addVoteOps(x, { ...b, noteId: 'n1' }),
      (x) => setVoteCountOps(x, { ...b, noteId: 'n2', count: 7 }),
      (x) => setVoteCountOps(x, { ...b, noteId: 'n1', count: 0 }),
      (x) => closeVoteOps(x, b),
      (x) => clearVoteOps(x, b),
    ];
    const seen: unknown[] = [];
    for (const step of steps) {
      const ops = step(d);
      expect(ops).toHaveLength(1);
      const applied = run(d, ops);
      // The inverse goes through JSON too: an undo the host never sees would leave it out of step.
      const back = run(applied.doc, JSON.parse(JSON.stringify(applied.inverse)) as Op[]).doc;
      expect(back.boards.b1!.votes ?? null).toEqual(d.boards.b1!.votes ?? null);
      d = applied.doc;
      seen.push(d.boards.b1!.votes);
    }
    expect(seen).toEqual([
      { open: true, counts: {} },
      { open: true, counts: { n1: 1 } },
      { open: true, counts: { n1: 2 } },
      { open: true, counts: { n1: 2, n2: 7 } },
      { open: true, counts: { n2: 7 } },
      { open: false, counts: { n2: 7 } },
      null,
    ]);
  });

  it('counts only while the vote is open, only notes of its board, and not on table boards', () => {
    const d = doc();
    expect(addVoteOps(d, { ...b, noteId: 'n1' })).toEqual([]);
    const open = run(d, startVoteOps(d, b)).doc;
    expect(addVoteOps(open, { ...b, noteId: 'nope' })).toEqual([]);
    const closed = run(open, closeVoteOps(open, b)).doc;
    expect(addVoteOps(closed, { ...b, noteId: 'n1' })).toEqual([]);
    const t = docWithBoard();
    t.boards.t1 = board('t1', tableLayout);
    expect(startVoteOps(t, { boardId: 't1' })).toEqual([]);
  });

  it('a reopened vote keeps its counts', () => {
    let d = doc();
    d = run(d, startVoteOps(d, b)).doc;
    d = run(d, setVoteCountOps(d, { ...b, noteId: 'n2', count: 3 })).doc;
    d = run(d, closeVoteOps(d, b)).doc;
    d = run(d, startVoteOps(d, b)).doc;
    expect(d.boards.b1!.votes).toEqual({ open: true, counts: { n2: 3 } });
  });

  it('the host refuses a count that is not a whole number of votes', () => {
    const bad = { type: 'board.patch', id: 'b1', patch: { votes: { open: true, counts: { n1: -2 } } } };
    expect(opSchema.safeParse(bad).success).toBe(false);
    expect(opSchema.safeParse({ ...bad, patch: { votes: { open: true, counts: { n1: 1.5 } } } }).success).toBe(false);
  });

  it('ranks notes by votes, most first, leaving out notes without votes or no longer on the board', () => {
    const notes = [note('n1'), note('n2'), note('n3')];
    expect(rankVotes({ open: false, counts: { n2: 5, n3: 9, gone: 20 } }, notes).map((r) => [r.note.id, r.count])).toEqual([
      ['n3', 9],
      ['n2', 5],
    ]);
    expect(rankVotes(null, notes)).toEqual([]);
  });
});
