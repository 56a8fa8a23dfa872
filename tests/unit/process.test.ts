import { describe, expect, it } from 'vitest';
import { allSteps, processSchema } from '../../shared/process/Process';
import { BUILTIN_PROCESS } from '../../shared/process/elevenSteps';
import { findTemplate } from '../../shared/templates/builtin';

const THAI = /[\u0E00-\u0E7F]/;
const steps = allSteps(BUILTIN_PROCESS);

describe('built-in process', () => {
  it('parses unchanged', () => {
    expect(processSchema.parse(BUILTIN_PROCESS)).toStrictEqual(BUILTIN_PROCESS);
  });

  it('has the two named processes', () => {
    expect(BUILTIN_PROCESS.phases.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(BUILTIN_PROCESS.phases[0]?.name_th).toBe('กระบวนการที่ 1: ติดตั้ง KSNB และ CBMC');
    expect(BUILTIN_PROCESS.phases[1]?.name_th).toBe('กระบวนการที่ 2: ติดตามเสริมพลัง');
  });

  it('numbers steps 1 to 11 in order, 7 in process 1 and 4 in process 2', () => {
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(steps.map((s) => s.id)).toEqual(steps.map((s) => `s${s.number}`));
    expect(BUILTIN_PROCESS.phases.map((p) => p.steps.length)).toEqual([7, 4]);
  });

  it('resolves every worksheet to a built-in template', () => {
    for (const s of steps) {
      expect(s.worksheets.length, s.id).toBeGreaterThan(0);
      for (const w of s.worksheets) expect(findTemplate(w), `${s.id} → ${w}`).toBeDefined();
    }
  });

  it('uses the worksheets the design names for key steps', () => {
    const ws = (id: string) => steps.find((s) => s.id === id)?.worksheets;
    expect(ws('s3')).toEqual(['capitals', 'capital-inventory']);
    expect(ws('s4')).toEqual(['swot', 'tows']);
    expect(ws('s5')).toEqual(['cbmc-9', 'cbmc-12', 'tbmc']);
    expect(ws('s6')).toEqual(['ksnb']);
    expect(ws('s7')).toEqual(['operation-plan', 'indicators']);
  });

  it('has unique output ids named after their step, 2 to 4 per step', () => {
    const ids = steps.flatMap((s) => s.outputs.map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of steps) {
      expect(s.outputs.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.outputs.length, s.id).toBeLessThanOrEqual(4);
      for (const o of s.outputs) expect(o.id.startsWith(`${s.id}_o`), o.id).toBe(true);
    }
  });

  it('gives each step 3 to 5 facilitator questions in Thai and English', () => {
    for (const s of steps) {
      expect(s.questions_th.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.questions_th.length, s.id).toBeLessThanOrEqual(5);
      expect(s.questions_en.length, s.id).toBe(s.questions_th.length);
      for (const q of s.questions_th) expect(q, s.id).toMatch(THAI);
    }
  });

  it('fills every text of every step in both languages', () => {
    for (const s of steps) {
      for (const text of [s.name_th, s.purpose_th, s.activities_th]) expect(text, s.id).toMatch(THAI);
      for (const text of [s.name_en, s.purpose_en, s.activities_en]) expect(text, s.id).not.toBe('');
      expect(s.provenance, s.id).toBe('proposal');
    }
  });
});
