import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { writeFileAtomically } from '../../electron/pdf/writeAtomically';
import { emptyDoc, FONTS_DIR, LIBRARY, sampleDoc } from './fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbmc-pdf-write-'));
afterAll(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});
const opts = { fontsDir: FONTS_DIR };
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('bad input gives a clear message', () => {
  it('missing font folder names the missing file', async () => {
    const missing = path.join(dir, 'no-fonts');
    await expect(renderPdf({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, { fontsDir: missing })).rejects.toThrow(
      /PDF font not found: .*no-fonts.*Sarabun-Regular\.ttf/,
    );
  });

  it('a font file that is not a TTF is refused', async () => {
    const bad = path.join(dir, 'bad-fonts');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'Sarabun-Regular.ttf'), 'not a font at all');
    fs.copyFileSync(path.join(FONTS_DIR, 'Sarabun-Bold.ttf'), path.join(bad, 'Sarabun-Bold.ttf'));
    await expect(renderPdf({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, { fontsDir: bad })).rejects.toThrow(/not a TrueType/);
  });

  it('unknown template, board and step ids', async () => {
    const doc = sampleDoc(10);
    await expect(renderPdf({ kind: 'blank', templateId: 'nope' }, null, LIBRARY, opts)).rejects.toThrow('template not found: nope');
    await expect(renderPdf({ kind: 'board', boardId: 'nope' }, doc, LIBRARY, opts)).rejects.toThrow('board not found: nope');
    await expect(renderPdf({ kind: 'step', stepId: 'nope', filled: true }, doc, LIBRARY, opts)).rejects.toThrow('step not found: nope');
    await expect(renderPdf({ kind: 'pack' }, null, LIBRARY, opts)).rejects.toThrow(/needs a workshop/);
  });

  it('an invalid request is refused before anything is drawn', async () => {
    await expect(renderPdf({ kind: 'blank', templateId: 'cbmc-9', paper: 'A5' } as never, null, LIBRARY, opts)).rejects.toThrow(
      /invalid PDF request: paper/,
    );
  });

  it('a board whose notes point at a block it no longer has lists them as unplaced', async () => {
    const doc = sampleDoc(30);
    const note = Object.values(doc.notes)[0]!;
    note.blockId = 'gone';
    const buf = await renderPdf({ kind: 'board', boardId: note.boardId }, doc, LIBRARY, opts);
    expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an empty workshop renders every kind that needs no board', async () => {
    const doc = emptyDoc();
    for (const req of [{ kind: 'pack' as const }, { kind: 'step' as const, stepId: 's1', filled: true }]) {
      const buf = await renderPdf(req, doc, LIBRARY, opts);
      expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

describe('writeFileAtomically', () => {
  const leftovers = (d: string) => fs.readdirSync(d).filter((f) => f.includes('.tmp-'));

  it('writes the file and leaves no temporary file', async () => {
    const file = path.join(dir, 'ok.pdf');
    fs.writeFileSync(file, 'old content');
    await writeFileAtomically(file, Buffer.from('%PDF-new'));
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-new');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a missing folder: clear error, nothing written', async () => {
    const file = path.join(dir, 'missing', 'x.pdf');
    await expect(writeFileAtomically(file, Buffer.from('x'))).rejects.toThrow(`cannot write ${file}: the folder does not exist`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a folder with that name: clear error, folder untouched', async () => {
    const file = path.join(dir, 'a-folder.pdf');
    fs.mkdirSync(file);
    await expect(writeFileAtomically(file, Buffer.from('x'))).rejects.toThrow(/cannot write .*a-folder\.pdf: a folder has that name/);
    expect(fs.statSync(file).isDirectory()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(isRoot)('a read-only folder: clear error, old file kept whole, no temporary file', async () => {
    const ro = path.join(dir, 'readonly');
    fs.mkdirSync(ro);
    const file = path.join(ro, 'pack.pdf');
    fs.writeFileSync(file, 'previous export');
    fs.chmodSync(ro, 0o555);
    try {
      await expect(writeFileAtomically(file, Buffer.from('%PDF-new'))).rejects.toThrow(`cannot write ${file}: permission denied`);
      expect(fs.readFileSync(file, 'utf8')).toBe('previous export');
      expect(leftovers(ro)).toEqual([]);
    } finally {
      fs.chmodSync(ro, 0o755);
    }
  });

  it('a failure after the temporary file exists removes it', async () => {
    // Renaming a file over a non-empty folder fails after the bytes are written.
    const target = path.join(dir, 'busy');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    const realStat = fs.promises.stat;
    // Make the folder look absent to the pre-check, so the write reaches the rename.
    fs.promises.stat = (async () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    }) as typeof fs.promises.stat;
    try {
      await expect(writeFileAtomically(target, Buffer.from('x'))).rejects.toThrow(/cannot write .*busy:/);
    } finally {
      fs.promises.stat = realStat;
    }
    expect(leftovers(dir)).toEqual([]);
  });
});
