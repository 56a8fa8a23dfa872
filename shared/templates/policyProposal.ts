import type { Template } from '../model/Template';

/** Policy proposal sheet for step 11 (domain.md 6, [PROPOSAL]): issues taken up through the councils. */
export const policyProposal: Template = {
  id: 'policy-proposal',
  name_th: 'ข้อเสนอเชิงนโยบาย',
  name_en: 'Policy proposals',
  description_th: 'รวบรวมปัญหาที่ชุมชนแก้เองไม่ได้ พร้อมข้อมูลและบทเรียนที่สนับสนุน แล้วเสนอผ่านสภาองค์กรชุมชนตำบลถึงท้องถิ่น อำเภอ จังหวัด หรือระดับประเทศ',
  description_en:
    'Problems the community cannot solve alone, with supporting data and lessons, proposed through the tambon community organisation council to local government, the district, the province or the nation.',
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      { id: 'issue', label_th: 'ประเด็นปัญหา', label_en: 'Issue', kind: 'text', width: 1.5, provenance: 'proposal' },
      {
        id: 'evidence',
        label_th: 'ข้อมูลและบทเรียนที่สนับสนุน',
        label_en: 'Supporting data and lessons',
        kind: 'text',
        width: 1.5,
        provenance: 'proposal',
      },
      { id: 'proposal', label_th: 'ข้อเสนอ', label_en: 'Proposal', kind: 'text', width: 2, provenance: 'proposal' },
      { id: 'addressee', label_th: 'เสนอต่อหน่วยงาน', label_en: 'Addressed to', kind: 'text', width: 1.2, provenance: 'proposal' },
      {
        id: 'level',
        label_th: 'ระดับ',
        label_en: 'Level',
        kind: 'choice',
        options: ['ตำบล', 'อำเภอ', 'จังหวัด', 'ประเทศ'],
        width: 0.8,
        provenance: 'proposal',
      },
      {
        id: 'channel',
        label_th: 'ช่องทาง/กลไกที่ใช้เสนอ',
        label_en: 'Channel or mechanism',
        kind: 'text',
        width: 1.2,
        provenance: 'proposal',
      },
      { id: 'owner', label_th: 'ผู้รับผิดชอบ', label_en: 'Owner', kind: 'text', width: 1, provenance: 'proposal' },
      {
        id: 'status',
        label_th: 'สถานะ',
        label_en: 'Status',
        kind: 'choice',
        options: ['กำลังเตรียม', 'เสนอแล้ว', 'ได้รับการตอบรับ', 'ยังไม่ได้รับการตอบรับ'],
        width: 0.9,
        provenance: 'proposal',
      },
    ],
  },
};
