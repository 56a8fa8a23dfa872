import type { Template } from '../model/Template';

/** Follow-up and empowerment form (domain.md 4.6, [PROPOSAL]): one row per indicator per visit. */
export const followUp: Template = {
  id: 'follow-up',
  name_th: 'แบบติดตามเสริมพลัง',
  name_en: 'Follow-up and empowerment form',
  description_th: 'ใช้เมื่อพี่เลี้ยงเยี่ยมกลุ่ม กลุ่มประเมินตนเองโดยเทียบค่าปัจจุบันกับค่าเริ่มต้น บอกสิ่งที่ได้ผล อุปสรรค การสนับสนุนที่ต้องการ (K S N B) และก้าวต่อไป',
  description_en:
    'Used when a mentor visits: the group assesses itself against the baseline, and notes what worked, the obstacles, the support it needs (K, S, N, B) and the next actions.',
  orientation: 'landscape',
  layout: {
    kind: 'table',
    columns: [
      { id: 'date', label_th: 'วันที่', label_en: 'Date', kind: 'date', width: 0.8, provenance: 'proposal' },
      { id: 'group', label_th: 'กลุ่ม', label_en: 'Group', kind: 'text', width: 1, provenance: 'proposal' },
      { id: 'indicator', label_th: 'ตัวชี้วัด', label_en: 'Indicator', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'baseline', label_th: 'ค่าเริ่มต้น', label_en: 'Baseline', kind: 'number', width: 0.7, provenance: 'proposal' },
      { id: 'now', label_th: 'ค่าปัจจุบัน', label_en: 'Now', kind: 'number', width: 0.7, provenance: 'proposal' },
      { id: 'worked', label_th: 'สิ่งที่ได้ผล', label_en: 'What worked', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'obstacles', label_th: 'อุปสรรค', label_en: 'Obstacles', kind: 'text', width: 1.5, provenance: 'proposal' },
      {
        id: 'support',
        label_th: 'การสนับสนุนที่ต้องการ',
        label_en: 'Support needed',
        kind: 'choice',
        options: ['K', 'S', 'N', 'B'],
        width: 0.8,
        provenance: 'proposal',
      },
      { id: 'next', label_th: 'ก้าวต่อไป', label_en: 'Next actions', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'mentor', label_th: 'พี่เลี้ยง', label_en: 'Mentor', kind: 'text', width: 1, provenance: 'proposal' },
    ],
  },
};
