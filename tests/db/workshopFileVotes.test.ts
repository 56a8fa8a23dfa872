import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { dispatch } from '../../electron/services/dispatch';
import type { WorkshopImport } from '../../shared/workshopFile/workshopFile';
import { tempDir } from '../helpers/tempDir';
import { seedRichWorkshop } from '../helpers/workshopFileFixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

function machine(): Services {
  const t = tempDir('cbmc-wsvotes-');
  const s = createServices({ dataDir: t.dir, resourcesDir: path.join(ROOT, 'resources') });
  cleanups.push(() => {
    s.close();
    t.cleanup();
  });
  return s;
}

describe("a board's vote in the workshop file", () => {
  it('travels to another computer with each count still on the note it was given to', async () => {
    const a = machine();
    const id = await seedRichWorkshop(a, 'กลุ่มโหวตบ้านนา');
    await a['ops.apply']({
      workshopId: id as never,
      ops: [{ type: 'board.patch', id: 'b1', patch: { votes: { open: false, counts: { n0: 7, n1: 2 } } } }],
    });
    const original = (await a['workshop.open']({ id: id as never })).doc;
    const textOf = (doc: typeof original, noteId: string) => doc.notes[noteId]!.text;
    const file = await a['workshopFile.export']({ id: id as never });

    const b = machine();
    const r = await dispatch(b, 'workshopFile.import', { text: file.text });
    if (!r.ok) throw new Error(r.error.message);
    const imported = r.value as WorkshopImport;
    if (!imported.imported) throw new Error('refused');
    const doc = (await b['workshop.open']({ id: imported.workshop.id as never })).doc;
    const board = Object.values(doc.boards).find((x) => x.title === original.boards.b1!.title)!;
    expect(board.votes?.open).toBe(false);
    const byText = Object.fromEntries(Object.entries(board.votes!.counts).map(([noteId, n]) => [textOf(doc, noteId), n]));
    expect(byText).toEqual({ [textOf(original, 'n0')]: 7, [textOf(original, 'n1')]: 2 });
  });
});
