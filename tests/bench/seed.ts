import { blockRects } from '../../shared/geometry/boardGeometry';
import { NOTE_COLORS, NOTE_SIZE, type Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import type { Services } from '../../electron/services/createServices';

const PHRASES = [
  'น้ำพริกแกงสูตรแม่ ปลอดสารพิษ',
  'ปุ๋ยหมักชีวภาพที่เพื่อนบ้านทำเอง',
  'ขายหน้าฟาร์มและออนไลน์ผ่าน LINE',
  'กองทุนหมู่บ้านช่วยเรื่องทุน',
  'ผู้นำกลุ่มดูแลคุณภาพทุกขั้นตอน',
  'ท่องเที่ยวชุมชน ตาลโตนด',
  'ลดต้นทุนด้วยวัตถุดิบในชุมชน',
];

/** A workshop with one CBMC-9 board of `count` notes spread over its blocks; note "n0" sits in the value block. */
export async function seedWorkshop(
  services: Services,
  count: number,
): Promise<{ workshopId: string; boardId: string; grab: { x: number; y: number } }> {
  const w = await services['workshops.create']({
    fields: { name: `เวิร์กช็อป ${count} โน้ต`, group: 'กลุ่มทดสอบ', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  const layout = cbmc9.layout as CanvasLayout;
  const boardId = `bench${count}`;
  const ops: Op[] = [
    {
      type: 'board.add',
      value: { id: boardId as never, templateId: 'cbmc-9', title: 'CBMC', layout, order: 1, createdAt: new Date().toISOString() },
    },
  ];
  const rects = blockRects(layout);
  for (let i = 0; i < count; i++) {
    const r = i === 0 ? rects.find((b) => b.id === 'value')! : rects[i % rects.length]!;
    const spanX = Math.max(1, r.w - NOTE_SIZE.w);
    const spanY = Math.max(1, r.h - NOTE_SIZE.h - 140);
    const note: Note = {
      id: `n${i}` as never,
      boardId: boardId as never,
      blockId: r.id,
      x: i === 0 ? 40 : (i * 37) % spanX,
      y: i === 0 ? 160 : 140 + ((i * 53) % spanY),
      w: NOTE_SIZE.w,
      h: NOTE_SIZE.h,
      text: `${PHRASES[i % PHRASES.length]} #${i}`,
      color: NOTE_COLORS[i % 6]!,
      z: i,
    };
    ops.push({ type: 'note.add', value: note });
  }
  await services['ops.apply']({ workshopId: w.id, ops });
  const value = rects.find((b) => b.id === 'value')!;
  return { workshopId: w.id, boardId, grab: { x: value.x + 40 + NOTE_SIZE.w / 2, y: value.y + 160 + NOTE_SIZE.h / 2 } };
}
