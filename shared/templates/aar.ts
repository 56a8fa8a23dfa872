import type { Template } from '../model/Template';

/** After-action review for step 10 (domain.md 6, [PROPOSAL]): planned, happened, why, keep, change. */
export const aar: Template = {
  id: 'aar',
  name_th: 'ถอดบทเรียนหลังการปฏิบัติ (AAR)',
  name_en: 'Lessons learned (after-action review)',
  description_th: 'เทียบสิ่งที่ตั้งใจไว้กับสิ่งที่เกิดขึ้นจริง หาเหตุผล แล้วตกลงว่าจะทำอะไรต่อและจะปรับอะไร เพื่อปรับ CBMC KSNB และแผนปฏิบัติการ',
  description_en:
    'Compare what we planned with what happened, find out why, then agree what to keep and what to change in the CBMC, KSNB and operation plan.',
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      { id: 'topic', label_th: 'กิจกรรม/เรื่อง', label_en: 'Activity / topic', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'planned', label_th: 'สิ่งที่ตั้งใจไว้', label_en: 'What we planned', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'happened', label_th: 'สิ่งที่เกิดขึ้นจริง', label_en: 'What happened', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'why', label_th: 'ทำไมจึงเป็นเช่นนั้น', label_en: 'Why', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'keep', label_th: 'สิ่งที่จะทำต่อ', label_en: 'What we keep', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'change', label_th: 'สิ่งที่จะปรับ', label_en: 'What we change', kind: 'text', width: 1.2, provenance: 'proposal' },
    ],
  },
};
