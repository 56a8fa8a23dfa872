import type { Template } from '../model/Template';

/**
 * Community-capital inventory table (domain.md 4.1): CDD's five capital types [CONFIRMED] as the
 * first column's choices; the other columns are our [PROPOSAL].
 */
export const capitalInventory: Template = {
  id: 'capital-inventory',
  name_th: 'บัญชีทุนชุมชน',
  name_en: 'Community capital inventory',
  description_th: 'จดทุนชุมชนทีละรายการ: เป็นทุนด้านใด อยู่ที่ไหน มีเท่าไร ใครเป็นเจ้าของหรือเข้าถึงได้ ใช้อยู่แล้วหรือยัง เพิ่มมูลค่าได้อย่างไร และใช้แล้วยั่งยืนหรือไม่',
  description_en:
    'List community capital item by item: which kind, where and how much, who owns or can use it, whether it is already used, how to add value, and whether its use is sustainable.',
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      {
        id: 'capital_type',
        label_th: 'ประเภททุน',
        label_en: 'Capital type',
        kind: 'choice',
        options: ['ทุนมนุษย์', 'ทุนสังคม', 'ทุนกายภาพ', 'ทุนธรรมชาติ', 'ทุนการเงิน'],
        width: 1,
        provenance: 'confirmed',
      },
      { id: 'item', label_th: 'รายการ', label_en: 'Item', kind: 'text', width: 1.5, provenance: 'proposal' },
      {
        id: 'where_amount',
        label_th: 'ที่อยู่/ปริมาณ',
        label_en: 'Where, how much',
        kind: 'text',
        width: 1.2,
        provenance: 'proposal',
      },
      {
        id: 'owner',
        label_th: 'เจ้าของ/ผู้เข้าถึง',
        label_en: 'Owner, who has access',
        kind: 'text',
        width: 1.2,
        provenance: 'proposal',
      },
      {
        id: 'in_use',
        label_th: 'ใช้อยู่แล้ว?',
        label_en: 'Already used?',
        kind: 'choice',
        options: ['ใช้แล้ว', 'ใช้บางส่วน', 'ยังไม่ใช้'],
        width: 0.8,
        provenance: 'proposal',
      },
      {
        id: 'value_idea',
        label_th: 'โอกาสเพิ่มมูลค่า',
        label_en: 'Value-adding idea',
        kind: 'text',
        width: 1.5,
        provenance: 'proposal',
      },
      {
        id: 'risk',
        label_th: 'ความเสี่ยง/ความยั่งยืน',
        label_en: 'Risk, sustainability',
        kind: 'text',
        width: 1.3,
        provenance: 'proposal',
      },
    ],
  },
};
