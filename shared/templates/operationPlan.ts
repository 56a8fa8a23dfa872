import type { Template } from '../model/Template';

/**
 * Operation plan table (domain.md 4.3): the Community Development Department's action-plan columns
 * [CONFIRMED], plus indicator, funding source or partner, KSNB link and status [PROPOSAL].
 */
export const operationPlan: Template = {
  id: 'operation-plan',
  name_th: 'แผนปฏิบัติการ',
  name_en: 'Operation plan',
  description_th:
    'แปลง CBMC และตาราง KSNB เป็นโครงการ/กิจกรรม คอลัมน์หลักตามแบบฟอร์มแผนปฏิบัติการของกรมการพัฒนาชุมชน เพิ่มตัวชี้วัด แหล่งทุน การเชื่อมกับ KSNB และสถานะ',
  description_en:
    "Turns the CBMC and the KSNB grid into projects and activities. The main columns follow the Community Development Department's action-plan form; indicator, funding, KSNB link and status are added.",
  orientation: 'landscape',
  layout: {
    kind: 'table',
    columns: [
      {
        id: 'activity',
        label_th: 'โครงการ/กิจกรรม',
        label_en: 'Project / activity',
        kind: 'text',
        width: 2,
        provenance: 'confirmed',
      },
      { id: 'objective', label_th: 'วัตถุประสงค์', label_en: 'Objective', kind: 'text', width: 1.5, provenance: 'confirmed' },
      {
        id: 'method',
        label_th: 'ขั้นตอน/วิธีการดำเนินงาน',
        label_en: 'Steps / method',
        kind: 'text',
        width: 2,
        provenance: 'confirmed',
      },
      { id: 'target_group', label_th: 'กลุ่มเป้าหมาย', label_en: 'Target group', kind: 'text', width: 1.2, provenance: 'confirmed' },
      { id: 'location', label_th: 'สถานที่ดำเนินการ', label_en: 'Location', kind: 'text', width: 1, provenance: 'confirmed' },
      { id: 'period', label_th: 'ระยะเวลาดำเนินการ', label_en: 'Period', kind: 'text', width: 1, provenance: 'confirmed' },
      { id: 'budget', label_th: 'งบประมาณ', label_en: 'Budget', kind: 'baht', width: 1, provenance: 'confirmed' },
      {
        id: 'funding',
        label_th: 'แหล่งทุน/ภาคีสนับสนุน',
        label_en: 'Funding source / partner',
        kind: 'text',
        width: 1.2,
        provenance: 'proposal',
      },
      {
        id: 'expected',
        label_th: 'ผลที่คาดว่าจะได้รับ',
        label_en: 'Expected results',
        kind: 'text',
        width: 1.5,
        provenance: 'confirmed',
      },
      { id: 'indicator', label_th: 'ตัวชี้วัด', label_en: 'Indicator', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'responsible', label_th: 'ผู้รับผิดชอบ', label_en: 'Responsible', kind: 'text', width: 1, provenance: 'confirmed' },
      {
        id: 'ksnb',
        label_th: 'เชื่อมกับ KSNB',
        label_en: 'KSNB link',
        kind: 'choice',
        options: ['K', 'S', 'N', 'B'],
        width: 0.6,
        provenance: 'proposal',
      },
      {
        id: 'status',
        label_th: 'สถานะ',
        label_en: 'Status',
        kind: 'choice',
        options: ['ยังไม่เริ่ม', 'กำลังทำ', 'เสร็จแล้ว', 'ล่าช้า', 'ยกเลิก'],
        width: 0.8,
        provenance: 'proposal',
      },
      { id: 'remarks', label_th: 'หมายเหตุ', label_en: 'Remarks', kind: 'text', width: 1, provenance: 'confirmed' },
    ],
  },
};
