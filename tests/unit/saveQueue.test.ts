import { describe, expect, it } from 'vitest';
import type { Op } from '../../shared/ops';
import { RETRY_FIRST_MS, RETRY_MAX_MS, SaveQueue, type QueueState } from '../../renderer/store/saveQueue';
import { docWithBoard, note } from '../helpers/fixtures';
import { fakeHost } from '../helpers/fakeHost';
import { fakeClock, memoryStorage, settle } from '../helpers/memoryStorage';

const add = (id: string, text = ''): Op[] => [{ type: 'note.add', value: note(id, { text }) }];

function queueOn(opts: { storage?: Storage; clientId?: string; fake?: ReturnType<typeof fakeHost> } = {}) {
  const fake = opts.fake ?? fakeHost(docWithBoard());
  const clock = fakeClock();
  const storage = opts.storage ?? memoryStorage();
  const states: QueueState[] = [];
  const rejected: string[] = [];
  let storageFull = 0;
  const queue = new SaveQueue(
    fake.host,
    {
      onState: (s) => states.push(s),
      onRejected: (b, e) => rejected.push(`${b.client.seq}: ${e.message}`),
      onStorageFull: () => storageFull++,
    },
    { storage, clientId: opts.clientId ?? 'page-one-0001', ...clock },
  );
  return { fake, queue, states, rejected, clock, storage, storageFull: () => storageFull };
}

describe('the save queue', () => {
  it('sends batches one after another in the order they were made, and is idle once all are answered', async () => {
    const { fake, queue, states } = queueOn();
    fake.hold();
    queue.send('w1', add('n1'));
    queue.send('w1', [{ type: 'note.patch', id: 'n1', patch: { text: 'แก้แล้ว' } }]);
    queue.send('w1', add('n2'));
    expect(states).toEqual(['saving']);
    expect(queue.pending).toBe(3);
    await settle();
    fake.release();
    await queue.flush();
    expect(fake.received.map((b) => b[0]!.type)).toEqual(['note.add', 'note.patch', 'note.add']);
    expect(fake.stored().notes.n1!.text).toBe('แก้แล้ว');
    expect(states).toEqual(['saving', 'idle']);
  });

  it('while the host cannot be reached it keeps every batch, waits 0.5 s doubling to 10 s, then sends them in order', async () => {
    const { fake, queue, states, clock } = queueOn();
    fake.goDown();
    queue.send('w1', add('n1', 'ปุ๋ยหมัก'));
    queue.send('w1', [{ type: 'step.add', value: { id: 's3', status: 'doing', checked: [], notes: '' } }]);
    await settle();
    expect(states).toEqual(['saving', 'retrying']);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      waits.push(...clock.waiting());
      await clock.advance(clock.waiting()[0]!);
    }
    expect(waits).toEqual([RETRY_FIRST_MS, 1000, 2000, 4000, 8000, RETRY_MAX_MS, RETRY_MAX_MS]);
    expect(queue.pending).toBe(2);
    expect(fake.received).toEqual([]);
    expect(states.at(-1)).toBe('retrying');

    fake.comeBack();
    await clock.advance(RETRY_MAX_MS);
    await queue.flush();
    expect(fake.received.map((b) => b[0]!.type)).toEqual(['note.add', 'step.add']);
    expect(fake.stored().steps.s3?.status).toBe('doing');
    expect(states.slice(-2)).toEqual(['saving', 'idle']);
  });

  it('retryNow (the page is online again or got focus) sends at once instead of waiting out the backoff', async () => {
    const { fake, queue, clock } = queueOn();
    fake.goDown();
    queue.send('w1', add('n1'));
    await settle();
    await clock.advance(500);
    await clock.advance(1000);
    expect(clock.waiting()).toEqual([2000]);
    fake.comeBack();
    queue.retryNow();
    await queue.flush();
    expect(Object.keys(fake.stored().notes)).toEqual(['n1']);
    expect(clock.waiting()).toEqual([]);
    // Once it got through, the next outage starts again from the shortest wait.
    fake.goDown();
    queue.send('w1', add('n2'));
    await settle();
    expect(clock.waiting()).toEqual([RETRY_FIRST_MS]);
  });

  it('a batch whose answer was lost is sent again and applied once', async () => {
    const { fake, queue, clock } = queueOn();
    fake.loseAnswers(1);
    queue.send('w1', add('n1', 'สบู่สมุนไพร'));
    queue.send('w1', [{ type: 'note.patch', id: 'n1', patch: { x: 40 } }]);
    await settle();
    expect(queue.pending).toBe(2); // applied by the host, but the page does not know it
    await clock.advance(RETRY_FIRST_MS);
    await queue.flush();
    // A second note.add of n1 would have been refused: it was recognised instead, and the patch followed.
    expect(fake.received).toHaveLength(2);
    expect(fake.stored().notes.n1).toMatchObject({ text: 'สบู่สมุนไพร', x: 40 });
  });

  it('a refused batch is dropped and reported; the batches behind it are still sent', async () => {
    const { fake, queue, rejected } = queueOn();
    fake.refuseNextBatch('ไม่มีที่ว่าง');
    queue.send('w1', add('n1'));
    queue.send('w1', add('n2'));
    await queue.flush();
    expect(rejected).toEqual(['1: ไม่มีที่ว่าง']);
    expect(Object.keys(fake.stored().notes)).toEqual(['n2']);
    expect(queue.pending).toBe(0);
  });

  it('keeps unsent batches in the page storage; a new page takes them over, first, and sends them once', async () => {
    const storage = memoryStorage();
    const fake = fakeHost(docWithBoard());
    const first = queueOn({ storage, fake, clientId: 'page-one-0001' });
    fake.goDown();
    first.queue.send('w1', add('n1', 'ก่อนโหลดใหม่'));
    first.queue.send('w2', add('x1'));
    await settle();
    expect(Object.keys(storage.entries()).sort()).toEqual(['cbmc.unsent.w1.page-one-0001', 'cbmc.unsent.w2.page-one-0001']);

    // The tab is reloaded: a new queue on the same storage, with its own client id.
    fake.comeBack();
    const second = queueOn({ storage, fake, clientId: 'page-two-0002' });
    const unsent = second.queue.adopt('w1');
    expect(unsent.map((b) => b.client)).toEqual([{ id: 'page-one-0001', seq: 1 }]);
    second.queue.send('w1', [{ type: 'note.patch', id: 'n1', patch: { text: 'หลังโหลดใหม่' } }]);
    await second.queue.flush();
    expect(fake.stored().notes.n1!.text).toBe('หลังโหลดใหม่');
    // w2's batch waits for w2 to be opened; w1's entries are gone.
    expect(Object.keys(storage.entries())).toEqual(['cbmc.unsent.w2.page-one-0001']);

    // The old page was alive after all and sends its copy too: the host applies it once.
    await first.clock.advance(RETRY_FIRST_MS);
    await settle();
    expect(fake.received.filter((b) => b[0]!.type === 'note.add' && b[0]!.value.id === 'n1')).toHaveLength(1);
  });

  it('at start a page sends what earlier pages left for any workshop, even one it does not open', async () => {
    const storage = memoryStorage();
    const fake = fakeHost(docWithBoard());
    const first = queueOn({ storage, fake, clientId: 'page-one-0001' });
    fake.goDown();
    first.queue.send('w1', add('n7', 'ค้างไว้ก่อนปิดแท็บ'));
    await settle();
    fake.comeBack();
    const second = queueOn({ storage, fake, clientId: 'page-two-0002' });
    second.queue.adoptAll();
    await second.queue.flush();
    expect(fake.stored().notes.n7!.text).toBe('ค้างไว้ก่อนปิดแท็บ');
    expect(storage.entries()).toEqual({});
  });

  it('says once when the page storage is full, keeps the batches in memory, and still sends them', async () => {
    const { fake, queue, storageFull, storage, clock } = queueOn({ storage: memoryStorage(600) });
    fake.goDown();
    queue.send('w1', add('n1', 'ข้อความยาว '.repeat(80)));
    queue.send('w1', add('n2', 'อีกแผ่น '.repeat(80)));
    await settle();
    expect(storageFull()).toBe(1);
    expect(queue.pending).toBe(2);
    expect(queue.onlyInMemory).toBe(true);
    fake.comeBack();
    await clock.advance(RETRY_FIRST_MS);
    await queue.flush();
    expect(Object.keys(fake.stored().notes)).toEqual(['n1', 'n2']);
    expect(storage.entries()).toEqual({});
    expect(queue.onlyInMemory).toBe(false);
  });

  it('flush with nothing sent resolves at once', async () => {
    const { queue, states } = queueOn();
    await queue.flush();
    expect(states).toEqual([]);
  });
});
