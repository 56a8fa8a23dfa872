import type { Template } from '../model/Template';

/**
 * Household survey summary (domain.md 4.4): one row per household. Income, expenses, debt, savings,
 * products, who owns the inputs and who sets the price are CODI's [SEED] fields; the rest is ours.
 */
export const householdSurvey: Template = {
  id: 'household-survey',
  name_th: 'สรุปข้อมูลครัวเรือน',
  name_en: 'Household survey summary',
  description_th: 'หนึ่งแถวต่อหนึ่งครัวเรือน ใช้เป็นข้อมูลพื้นฐานก่อนเริ่มแผน และใช้สรุปภาพรวม เช่น สัดส่วนครัวเรือนที่มีหนี้ รายได้ที่ขาดไป และผลผลิตท้องถิ่นที่มีโอกาสทางตลาด',
  description_en:
    'One row per household: the baseline before the plan starts, rolled up into the share of households in debt, the average income gap and local products with market potential.',
  orientation: 'landscape',
  layout: {
    kind: 'table',
    columns: [
      { id: 'household', label_th: 'รหัสครัวเรือน', label_en: 'Household ID', kind: 'text', width: 0.8, provenance: 'proposal' },
      { id: 'members', label_th: 'จำนวนสมาชิก', label_en: 'Members', kind: 'number', width: 0.6, provenance: 'proposal' },
      {
        id: 'occupation',
        label_th: 'อาชีพหลัก/อาชีพรอง',
        label_en: 'Main and second occupations',
        kind: 'text',
        width: 1.2,
        provenance: 'proposal',
      },
      { id: 'income', label_th: 'รายได้ต่อเดือน', label_en: 'Monthly income', kind: 'baht', width: 0.9, provenance: 'seed' },
      { id: 'expense', label_th: 'รายจ่ายต่อเดือน', label_en: 'Monthly expenses', kind: 'baht', width: 0.9, provenance: 'seed' },
      { id: 'debt', label_th: 'หนี้สินคงค้าง', label_en: 'Debt outstanding', kind: 'baht', width: 0.9, provenance: 'seed' },
      {
        id: 'creditors',
        label_th: 'เจ้าหนี้และอัตราดอกเบี้ย',
        label_en: 'Creditors and interest rates',
        kind: 'text',
        width: 1.2,
        provenance: 'proposal',
      },
      { id: 'savings', label_th: 'เงินออม', label_en: 'Savings', kind: 'baht', width: 0.9, provenance: 'seed' },
      {
        id: 'products',
        label_th: 'ผลผลิต/ผลิตภัณฑ์ที่ทำหรือขาย',
        label_en: 'Products made or sold',
        kind: 'text',
        width: 1.2,
        provenance: 'seed',
      },
      {
        id: 'input_owner',
        label_th: 'ใครเป็นเจ้าของปัจจัยการผลิต (ที่ดิน เครื่องมือ เมล็ดพันธุ์)',
        label_en: 'Who owns the inputs (land, tools, seed)',
        kind: 'text',
        width: 1.2,
        provenance: 'seed',
      },
      {
        id: 'price_setter',
        label_th: 'ใครเป็นผู้กำหนดราคา',
        label_en: 'Who sets the price',
        kind: 'choice',
        options: ['กำหนดเองได้', 'ต่อรองได้', 'พ่อค้าคนกลางกำหนด', 'อื่นๆ'],
        width: 1,
        provenance: 'seed',
      },
      { id: 'buyer', label_th: 'ผู้ซื้อ/ช่องทางขาย', label_en: 'Buyer or channel', kind: 'text', width: 1, provenance: 'proposal' },
    ],
  },
};
