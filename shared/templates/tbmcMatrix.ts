import type { Template } from '../model/Template';

/**
 * TBMC matrix (domain.md 2.4, [PROPOSAL]): one row per group or product in the tambon, with what it
 * shares with the others, its gaps, and the KSNB support it needs.
 */
export const tbmcMatrix: Template = {
  id: 'tbmc-matrix',
  name_th: 'ตาราง TBMC: กลุ่ม/กิจการในตำบล',
  name_en: 'TBMC matrix: groups and enterprises in the tambon',
  description_th:
    'หนึ่งแถวต่อหนึ่งกลุ่มหรือผลิตภัณฑ์ในตำบล ดูว่าใช้ทุน ภาคี และช่องทางอะไรร่วมกันได้ ยังขาดอะไร และต้องการการสนับสนุนด้าน K S N หรือ B ใช้คู่กับผืนผ้าใบ TBMC',
  description_en:
    'One row per group or product in the tambon: which capital, partners and channels they can share, what is missing, and which K, S, N or B support is needed. Use with the TBMC canvas.',
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      {
        id: 'group',
        label_th: 'กลุ่ม/กิจการ/ผลิตภัณฑ์',
        label_en: 'Group, enterprise or product',
        kind: 'text',
        width: 1.5,
        provenance: 'proposal',
      },
      { id: 'shared_capital', label_th: 'ทุนที่ใช้ร่วมกัน', label_en: 'Shared capital', kind: 'text', width: 1.3, provenance: 'proposal' },
      { id: 'shared_partners', label_th: 'ภาคีร่วม', label_en: 'Shared partners', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'shared_channels', label_th: 'ช่องทางร่วม', label_en: 'Shared channels', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'gaps', label_th: 'ช่องว่าง/สิ่งที่ยังขาด', label_en: 'Gaps', kind: 'text', width: 1.3, provenance: 'proposal' },
      {
        id: 'ksnb',
        label_th: 'การสนับสนุน KSNB ที่ต้องการ',
        label_en: 'KSNB support needed',
        kind: 'choice',
        options: ['K', 'S', 'N', 'B'],
        width: 0.8,
        provenance: 'proposal',
      },
    ],
  },
};
