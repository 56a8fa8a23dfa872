import type { Template } from '../model/Template';

/** Activity log for step 8 (domain.md 6, [PROPOSAL]): what was done, by whom, money in and out. */
export const activityLog: Template = {
  id: 'activity-log',
  name_th: 'บันทึกกิจกรรมและรายรับรายจ่าย',
  name_en: 'Activity log',
  description_th: 'จดทุกกิจกรรมที่ทำตามแผน พร้อมรายรับและรายจ่าย เป็นหลักฐานสำหรับการติดตามเสริมพลัง',
  description_en: 'Record every activity done under the plan, with its income and expenses, as evidence for follow-up.',
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      { id: 'date', label_th: 'วันที่', label_en: 'Date', kind: 'date', width: 0.8, provenance: 'proposal' },
      { id: 'activity', label_th: 'กิจกรรม', label_en: 'Activity', kind: 'text', width: 2, provenance: 'proposal' },
      { id: 'who', label_th: 'ผู้ทำ', label_en: 'Who', kind: 'text', width: 1, provenance: 'proposal' },
      { id: 'income', label_th: 'รายรับ', label_en: 'Income', kind: 'baht', width: 0.9, provenance: 'proposal' },
      { id: 'expense', label_th: 'รายจ่าย', label_en: 'Expense', kind: 'baht', width: 0.9, provenance: 'proposal' },
      { id: 'note', label_th: 'หมายเหตุ', label_en: 'Note', kind: 'text', width: 1.2, provenance: 'proposal' },
    ],
  },
};
