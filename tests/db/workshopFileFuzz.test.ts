import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { dispatch } from '../../electron/services/dispatch';
import { describeWorkshopImportRefusal } from '../../shared/i18n/workshopFileProblems';
import type { WorkshopImport } from '../../shared/workshopFile/workshopFile';
import { tempDir } from '../helpers/tempDir';
import { dumpDatabase, seedRichWorkshop } from '../helpers/workshopFileFixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 1000;

let dir: string;
let s: Services;
let cleanup: () => void;
let original: string;

beforeAll(async () => {
  const t = tempDir('cbmc-wsfuzz-');
  dir = t.dir;
  s = createServices({ dataDir: dir, resourcesDir: path.join(ROOT, 'resources') });
  cleanup = () => {
    s.close();
    t.cleanup();
  };
  const id = await seedRichWorkshop(s, 'กลุ่มเลี้ยงผึ้งชันโรง', 12);
  await seedRichWorkshop(s, 'กลุ่มที่ไม่เกี่ยวข้อง', 3);
  original = (await s['workshopFile.export']({ id: id as never })).text;
});
afterAll(() => cleanup?.());

/** Ways a file gets damaged: cut short, bytes changed, lines lost or repeated, a field edited by hand. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; remove: number; insert: string }
  | { kind: 'line'; how: 'delete' | 'duplicate' | 'swap'; a: number; b: number }
  | { kind: 'field'; target: number; key: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 4 }),
    insert: fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('"', ',', '}', ']', '{', '\\', 'null', '1e308', '-1', 'ก', '\u0000')),
  }),
  fc.record({
    kind: fc.constant('line' as const),
    how: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const),
    a: fc.nat(),
    b: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('field' as const),
    target: fc.nat(),
    key: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(undefined),
      fc.constantFrom(99, 2, 0, -5, 1.5, '', 'x'.repeat(6000), '__proto__'),
    ),
  }),
);

function apply(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % text.length);
    case 'splice': {
      // Mostly inside the workshop's own records (the template set is one long last line).
      const end = text.indexOf('"templateSet"');
      const at = m.at % (m.at % 5 === 0 ? text.length : end);
      return text.slice(0, at) + m.insert + text.slice(at + m.remove);
    }
    case 'line': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      if (m.how === 'delete') lines.splice(a, 1);
      else if (m.how === 'duplicate') lines.splice(a, 0, lines[a]!);
      else [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'field': {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return text; // already broken by an earlier mutation
      }
      if (typeof data !== 'object' || data === null) return text;
      const lists = ['boards', 'notes', 'rows', 'steps'].flatMap((k) => (Array.isArray(data[k]) ? (data[k] as unknown[]) : []));
      const targets = [data, data.workshop, data.recordVersions, data.templateSet, ...lists].filter(
        (t): t is Record<string, unknown> => typeof t === 'object' && t !== null && !Array.isArray(t),
      );
      const target = targets[m.target % targets.length]!;
      const keys = [...Object.keys(target), 'extraField'];
      const key = keys[m.key % keys.length]!;
      if (m.value === undefined) delete target[key];
      else target[key] = m.value;
      return JSON.stringify(data, null, 1);
    }
  }
}

describe(`${RUNS} damaged workshop files`, () => {
  it('each is refused with a message or imported as a valid workshop; nothing stored changes', async () => {
    const before = dumpDatabase(dir);
    const importedWorkshops: string[] = [];
    const addedSets: string[] = [];
    const refusals = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutations.reduce(apply, original);
        const r = await dispatch(s, 'workshopFile.import', { text });
        // A crash would come back as an internal error: never allowed.
        if (!r.ok) throw new Error(`not an answer but an error (${r.error.code}): ${r.error.message}`);
        const result = r.value as WorkshopImport;
        if (result.imported) {
          importedWorkshops.push(result.workshop.id);
          if (result.templateSet.added) addedSets.push(result.templateSet.id);
          // What was let in is a workshop that opens whole.
          const opened = await s['workshop.open']({ id: result.workshop.id });
          expect(opened.leftOut).toEqual([]);
          return;
        }
        refusals.set(result.problem.code, (refusals.get(result.problem.code) ?? 0) + 1);
        for (const lang of ['th', 'en'] as const) {
          const message = describeWorkshopImportRefusal(lang, result.problem);
          expect(message.length).toBeGreaterThan(30);
          // An unfilled dictionary placeholder ({name}) or a stringified object would mean a broken message.
          expect(message).not.toMatch(/\{[A-Za-z_]\w*\}|\[object/);
        }
      }),
      // A fixed seed keeps CI repeatable; FC_SEED explores other files by hand.
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20261130) },
    );

    expect(dumpDatabase(dir, { workshops: importedWorkshops, sets: addedSets })).toBe(before);
    const refused = [...refusals.values()].reduce((a, b) => a + b, 0);
    console.log(`${RUNS} files: ${importedWorkshops.length} imported, ${refused} refused`, Object.fromEntries(refusals));
    // The generator must actually produce both kinds, or the test proves little.
    expect(refused).toBeGreaterThan(RUNS / 2);
    expect(refusals.size).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
