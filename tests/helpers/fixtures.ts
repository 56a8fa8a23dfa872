import type { Board } from '../../shared/model/Board';
import type { Note } from '../../shared/model/Note';
import type { CanvasLayout, TableLayout } from '../../shared/model/Template';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';

/** A 2×1 canvas: "left" and "right" blocks side by side. */
export const twoBlockLayout: CanvasLayout = {
  kind: 'canvas',
  grid: { cols: 2, rowHeights: [1] },
  blocks: [
    {
      id: 'left',
      label_th: 'ซ้าย',
      label_en: 'Left',
      col: 1,
      colSpan: 1,
      row: 1,
      rowSpan: 1,
      questions_th: [],
      questions_en: [],
      provenance: 'proposal',
    },
    {
      id: 'right',
      label_th: 'ขวา',
      label_en: 'Right',
      col: 2,
      colSpan: 1,
      row: 1,
      rowSpan: 1,
      questions_th: [],
      questions_en: [],
      provenance: 'proposal',
    },
  ],
};

export const tableLayout: TableLayout = {
  kind: 'table',
  columns: [
    { id: 'what', label_th: 'กิจกรรม', label_en: 'Activity', kind: 'text', width: 2, provenance: 'proposal' },
    { id: 'budget', label_th: 'งบประมาณ', label_en: 'Budget', kind: 'baht', width: 1, provenance: 'confirmed' },
  ],
};

export function board(id = 'b1', layout: CanvasLayout | TableLayout = twoBlockLayout): Board {
  return { id: id as Board['id'], templateId: 'test', title: 'กระดานทดสอบ', layout, order: 1, createdAt: '2026-01-01T00:00:00.000Z' };
}

export function note(id: string, over: Partial<Note> = {}): Note {
  return {
    id: id as Note['id'],
    boardId: 'b1' as Note['boardId'],
    blockId: 'left',
    x: 10,
    y: 10,
    w: 170,
    h: 110,
    text: 'น้ำปุ๋ยชีวภาพ',
    color: 'yellow',
    z: 1,
    ...over,
  };
}

export function emptyDoc(): WorkshopDoc {
  return {
    workshop: {
      id: 'w1' as WorkshopDoc['workshop']['id'],
      name: 'เวิร์กช็อปทดสอบ',
      group: 'กลุ่มแม่บ้าน',
      tambon: 'อ่าวลึกใต้',
      amphoe: 'อ่าวลึก',
      province: 'กระบี่',
      date: '2026-01-15',
      facilitator: 'พี่เลี้ยง',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    boards: {},
    notes: {},
    rows: {},
    steps: {},
  };
}

export function docWithBoard(): WorkshopDoc {
  const d = emptyDoc();
  d.boards.b1 = board();
  return d;
}
