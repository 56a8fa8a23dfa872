import { describe, expect, it } from 'vitest';
import type { Op } from '../../shared/ops';
import { SaveQueue } from '../../renderer/store/saveQueue';
import { docWithBoard, note } from '../helpers/fixtures';
import { fakeHost } from '../helpers/fakeHost';

const add = (id: string): Op[] => [{ type: 'note.add', value: note(id) }];

function queueOn() {
  const fake = fakeHost(docWithBoard());
  const events: string[] = [];
  const queue = new SaveQueue(fake.host, {
    onBusy: () => events.push('busy'),
    onIdle: () => events.push('idle'),
    onRejected: (_w, e) => events.push(`rejected: ${e.message}`),
  });
  return { fake, queue, events };
}

describe('the save queue', () => {
  it('sends batches one after another in the order they were made, and is idle once all are answered', async () => {
    const { fake, queue, events } = queueOn();
    fake.hold();
    queue.send('w1', add('n1'));
    queue.send('w1', [{ type: 'note.patch', id: 'n1', patch: { text: 'แก้แล้ว' } }]);
    queue.send('w1', add('n2'));
    expect(events).toEqual(['busy', 'busy', 'busy']);
    await Promise.resolve();
    fake.release();
    await queue.flush();
    expect(fake.received.map((b) => b[0]!.type)).toEqual(['note.add', 'note.patch', 'note.add']);
    expect(fake.stored().notes.n1!.text).toBe('แก้แล้ว');
    expect(events.at(-1)).toBe('idle');
    expect(events.filter((e) => e === 'idle')).toHaveLength(1);
  });

  it('a refused batch stops the batches queued behind it, reports once, and the next send goes through', async () => {
    const { fake, queue, events } = queueOn();
    fake.refuseNextBatch('ไม่มีที่ว่าง');
    queue.send('w1', add('n1'));
    queue.send('w1', add('n2'));
    await queue.flush();
    expect(events.filter((e) => e.startsWith('rejected'))).toEqual(['rejected: ไม่มีที่ว่าง']);
    expect(fake.received).toHaveLength(1);
    expect(fake.stored().notes).toEqual({});
    queue.send('w1', add('n3'));
    await queue.flush();
    expect(Object.keys(fake.stored().notes)).toEqual(['n3']);
  });

  it('flush with nothing sent resolves at once', async () => {
    const { queue, events } = queueOn();
    await queue.flush();
    expect(events).toEqual([]);
  });
});
