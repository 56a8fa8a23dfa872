import { describe, expect, it } from 'vitest';
import { stepStateSchema } from '../../shared/model/StepState';
import { applyAll, invertAll, opSchema, type Op } from '../../shared/ops';
import { allSteps, processSchema } from '../../shared/process/Process';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { templateSchema } from '../../shared/model/Template';
import { validateLayout } from '../../shared/geometry/validateLayout';
import { setNotesOps, setStatusOps, stepChangeOps, toggleOutputOps } from '../../shared/edits/steps';
import { boardsOfTemplate, progress, stepOfBoard, stepState } from '../../shared/process/stepQueries';
import { board, emptyDoc } from '../helpers/fixtures';

const { process, templates } = BUILTIN_LIBRARY;

describe('step and template data', () => {
  it('the process and every template validate, and every layout is sound', () => {
    expect(processSchema.safeParse(process).success).toBe(true);
    for (const tpl of templates) {
      expect(templateSchema.safeParse(tpl).success, tpl.id).toBe(true);
      expect(validateLayout(tpl.layout), tpl.id).toEqual([]);
    }
  });

  it("every step's worksheet ids resolve to a template in the library", () => {
    const ids = new Set(templates.map((t) => t.id));
    for (const s of allSteps(process)) for (const w of s.worksheets) expect(ids.has(w), `${s.id} → ${w}`).toBe(true);
  });
});

describe('step ops', () => {
  it('the first change adds the step record; later changes patch it', () => {
    let doc = emptyDoc();
    const first = setStatusOps(doc, { stepId: 's1', status: 'doing' });
    expect(first).toEqual([{ type: 'step.add', value: { id: 's1', status: 'doing', checked: [], notes: '' } }]);
    doc = applyAll(doc, first);
    expect(setStatusOps(doc, { stepId: 's1', status: 'done' })).toEqual([{ type: 'step.patch', id: 's1', patch: { status: 'done' } }]);
    expect(setStatusOps(doc, { stepId: 's1', status: 'doing' })).toEqual([]);
    expect(stepStateSchema.parse(doc.steps.s1)).toEqual(doc.steps.s1);
  });

  it('ticking the first output starts an untouched step; unticking keeps the status', () => {
    let doc = applyAll(emptyDoc(), toggleOutputOps(emptyDoc(), { stepId: 's2', outputId: 's2_o1', on: true }));
    expect(stepState(doc, 's2')).toMatchObject({ status: 'doing', checked: ['s2_o1'] });
    doc = applyAll(doc, toggleOutputOps(doc, { stepId: 's2', outputId: 's2_o2', on: true }));
    doc = applyAll(doc, toggleOutputOps(doc, { stepId: 's2', outputId: 's2_o1', on: false }));
    expect(stepState(doc, 's2')).toMatchObject({ status: 'doing', checked: ['s2_o2'] });
  });

  it('notes save only when changed, and every step change undoes exactly', () => {
    const before = applyAll(emptyDoc(), stepChangeOps(emptyDoc(), 's3', { status: 'doing' }));
    expect(setNotesOps(before, { stepId: 's3', notes: '' })).toEqual([]);
    const ops: Op[] = setNotesOps(before, { stepId: 's3', notes: 'ชาวบ้านมา 25 คน ตกลงเก็บข้อมูลใน 2 สัปดาห์' });
    const after = applyAll(before, ops);
    expect(after.steps.s3?.notes).toContain('25 คน');
    expect(applyAll(after, invertAll(before, ops))).toEqual(before);
    // Undoing a step's first change removes the record again.
    const fresh = emptyDoc();
    const add = setStatusOps(fresh, { stepId: 's4', status: 'done' });
    expect(applyAll(applyAll(fresh, add), invertAll(fresh, add))).toEqual(fresh);
  });

  it("a step patch survives the host's op schema unchanged (no field is reset to a default)", () => {
    let doc = applyAll(emptyDoc(), toggleOutputOps(emptyDoc(), { stepId: 's1', outputId: 's1_o1', on: true }));
    doc = applyAll(doc, setNotesOps(doc, { stepId: 's1', notes: 'บันทึก' }));
    const ops = setStatusOps(doc, { stepId: 's1', status: 'done' });
    const parsed = ops.map((o) => opSchema.parse(o));
    expect(applyAll(doc, parsed).steps.s1).toEqual({ id: 's1', status: 'done', checked: ['s1_o1'], notes: 'บันทึก' });
  });

  it('counts progress over the eleven steps', () => {
    let doc = emptyDoc();
    for (const id of ['s1', 's2', 's3', 's4']) doc = applyAll(doc, setStatusOps(doc, { stepId: id, status: 'done' }));
    doc = applyAll(doc, setStatusOps(doc, { stepId: 's5', status: 'doing' }));
    doc = applyAll(doc, stepChangeOps(doc, 'not-a-step', { status: 'done' }));
    expect(progress(process, doc)).toEqual({ done: 4, total: 11 });
  });

  it('finds the boards made from a worksheet template, and the step a board belongs to', () => {
    const doc = emptyDoc();
    doc.boards.a = { ...board('a'), templateId: 'swot', order: 2 };
    doc.boards.b = { ...board('b'), templateId: 'swot', order: 1 };
    doc.boards.c = { ...board('c'), templateId: 'cbmc-9', order: 3 };
    expect(boardsOfTemplate(doc, 'swot').map((b) => b.id)).toEqual(['b', 'a']);
    expect(stepOfBoard(process, doc.boards.c)?.id).toBe('s5');
  });
});
