import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/contract';
import { say, translate } from '../../shared/i18n';
import { issueMessage, issuesMessage, WORKSHOP_FIELD_NAMES } from '../../shared/i18n/issueMessage';
import { workshopFieldsSchema } from '../../shared/model/Workshop';
import { dispatch, failure } from '../../electron/services/dispatch';
import type { HostApi } from '../../shared/contract/contract';

/** What the workshop form shows for each field, in both languages. */
function formProblems(fields: Record<string, unknown>) {
  const r = workshopFieldsSchema.safeParse(fields);
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    th: say('th', issueMessage(i, WORKSHOP_FIELD_NAMES)),
    en: say('en', issueMessage(i, WORKSHOP_FIELD_NAMES)),
  }));
}

describe('validation messages', () => {
  it('asks for the workshop name in words, not "workshop name is empty"', () => {
    expect(formProblems({ name: '   ', date: '2026-01-15' })).toEqual([
      { th: 'กรุณากรอกชื่อเวิร์กช็อป', en: 'Workshop name: please fill this in' },
    ]);
  });

  it('says how long a field may be, and that an impossible date is not a date', () => {
    const [tooLong, badDate] = formProblems({ name: 'ก'.repeat(201), date: '2025-02-29' });
    expect(tooLong?.th).toBe('ชื่อเวิร์กช็อปยาวเกิน 200 ตัวอักษร กรุณาตัดให้สั้นลง');
    expect(badDate).toEqual({ th: 'วันที่ไม่ใช่วันที่ที่มีจริง กรุณาเลือกวันที่', en: 'Date is not a real date; please pick a date' });
    expect(formProblems({ name: 'ก', date: '' })[0]?.th).toBe('วันที่ไม่ใช่วันที่ที่มีจริง กรุณาเลือกวันที่');
  });

  it('names unknown fields and counts what is beyond the first three', () => {
    const r = workshopFieldsSchema.strict().safeParse({ name: '', date: 'x', group: 5, colour: 'red', size: 2 });
    if (r.success) throw new Error('expected problems');
    const m = issuesMessage(r.error.issues, WORKSHOP_FIELD_NAMES);
    expect(say('th', m)).toMatch(/^กรุณากรอกชื่อเวิร์กช็อป; กลุ่ม\/องค์กรชุมชนผิดรูปแบบ ควรเป็นข้อความ; .* \(และอีก \d+ ปัญหา\)$/);
    const unknown = r.error.issues.find((i) => i.code === 'unrecognized_keys')!;
    expect(say('en', issueMessage(unknown))).toBe('The data has fields this app does not know: colour, size');
  });

  it('a request refused at the host carries a key the renderer translates, with an English message for logs', async () => {
    const services = {} as HostApi;
    expect(Object.hasOwn(contract, 'workshops.create')).toBe(true);
    const r = await dispatch(services, 'workshops.create', { fields: { name: '', date: '2026-01-15' } });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.code).toBe('invalid');
    expect(r.error.message).toMatch(/^invalid request/);
    expect(r.error.key).toBe('error.invalid');
    expect(say('th', { key: r.error.key!, vars: r.error.vars })).toBe('ข้อมูลที่ส่งไปไม่ถูกต้อง: กรุณากรอกชื่อเวิร์กช็อป');
    // Plain data: it survives JSON, as it must over HTTP and IPC.
    const copy = JSON.parse(JSON.stringify(r.error)) as typeof r.error;
    expect(say('en', { key: copy.key!, vars: copy.vars })).toBe('What was sent is not valid: Workshop name: please fill this in');
  });

  it('an op error keeps its key through the host, and the kind of record is translated too', async () => {
    const { OpError } = await import('../../shared/ops/OpError');
    const r = failure(new OpError('opMissing', { kind: 'note', id: 'n1' }, 0));
    expect(r.error).toMatchObject({ code: 'conflict', key: 'opMissing' });
    expect(r.error.message).toBe('note "n1" does not exist (op 1); nothing was saved');
    const copy = JSON.parse(JSON.stringify(r.error)) as typeof r.error;
    expect(say('th', { key: copy.key!, vars: copy.vars })).toBe('ไม่พบโน้ต "n1" ในเวิร์กช็อปนี้');
  });
});

describe('describeError (what the renderer shows)', () => {
  it('puts a keyed host error into the UI language, and names an unkeyed one by its kind', async () => {
    const { describeError } = await import('../../renderer/host/describeError');
    const { HostError } = await import('../../shared/contract/HostError');
    const keyed = new HostError('not_found', 'workshop "w1" does not exist', 'error.workshopNotFound');
    expect(describeError('th', keyed)).toBe('ไม่พบเวิร์กช็อปนี้ อาจถูกลบไปแล้ว');
    expect(describeError('en', keyed)).toBe('This workshop was not found; it may have been deleted');
    expect(describeError('th', new HostError('conflict', 'block "x" does not exist on board b1'))).toBe(
      'การแก้ไขนี้ไม่ตรงกับข้อมูลที่บันทึกไว้ จึงไม่ได้บันทึก',
    );
    expect(describeError('th', new Error('disk on fire'))).toBe('เกิดข้อผิดพลาดในโปรแกรม (disk on fire)');
    // A message made in both languages on the host reads in the UI language only.
    const both = new HostError('unavailable', `${translate('th', 'hostDiskFull')} / ${translate('en', 'hostDiskFull')}`);
    expect(describeError('th', both)).toBe(translate('th', 'hostDiskFull'));
    expect(describeError('en', both)).toBe(translate('en', 'hostDiskFull'));
  });
});
