import type { Template } from '../model/Template';

/**
 * Indicator table (domain.md 4.5, [PROPOSAL]): each indicator tied to a goal of CODI's slogan
 * "กินอิ่ม นอนอุ่น ทุนมี หนี้ลด" [CONFIRMED] or to the business, with baseline, target and latest value.
 */
export const indicators: Template = {
  id: 'indicators',
  name_th: 'ตัวชี้วัด',
  name_en: 'Indicators',
  description_th:
    'ตั้งตัวชี้วัดตามเป้าหมาย "กินอิ่ม นอนอุ่น ทุนมี หนี้ลด" และตัวชี้วัดธุรกิจ (รายได้เพิ่ม ต้นทุนลด จำนวนสมาชิก ลูกค้าซื้อซ้ำ มาตรฐานที่ได้รับ) บันทึกค่าเริ่มต้นจากข้อมูลครัวเรือน ค่าเป้าหมาย และค่าล่าสุด',
  description_en:
    'Indicators for the goals "eat your fill, sleep warm, have capital, reduce debt" and for the business (income up, costs down, members, repeat customers, certifications). Record the baseline from the household data, the target and the latest value.',
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      { id: 'indicator', label_th: 'ตัวชี้วัด', label_en: 'Indicator', kind: 'text', width: 2, provenance: 'proposal' },
      {
        id: 'goal',
        label_th: 'เป้าหมาย',
        label_en: 'Goal',
        kind: 'choice',
        options: ['กินอิ่ม', 'นอนอุ่น', 'ทุนมี', 'หนี้ลด', 'ธุรกิจ'],
        width: 0.9,
        provenance: 'proposal',
      },
      { id: 'baseline', label_th: 'ค่าเริ่มต้น', label_en: 'Baseline', kind: 'number', width: 0.8, provenance: 'proposal' },
      { id: 'target', label_th: 'ค่าเป้าหมาย', label_en: 'Target', kind: 'number', width: 0.8, provenance: 'proposal' },
      { id: 'latest', label_th: 'ค่าล่าสุด', label_en: 'Latest value', kind: 'number', width: 0.8, provenance: 'proposal' },
      { id: 'unit', label_th: 'หน่วย', label_en: 'Unit', kind: 'text', width: 0.7, provenance: 'proposal' },
      { id: 'method', label_th: 'วิธีวัด', label_en: 'Measurement method', kind: 'text', width: 1.4, provenance: 'proposal' },
      {
        id: 'frequency',
        label_th: 'ความถี่ในการวัด',
        label_en: 'Frequency',
        kind: 'choice',
        options: ['ทุกเดือน', 'ทุก 3 เดือน', 'ทุก 6 เดือน', 'ทุกปี'],
        width: 0.9,
        provenance: 'proposal',
      },
      { id: 'owner', label_th: 'ผู้รับผิดชอบ', label_en: 'Owner', kind: 'text', width: 1, provenance: 'proposal' },
    ],
  },
};
