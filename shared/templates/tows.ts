import type { Template } from '../model/Template';
import { PASTEL } from './palette';

/**
 * TOWS strategies (domain.md 4.2): SO, WO over ST, WT. Standard practice with no CODI source, so
 * every block is our [PROPOSAL].
 */
export const tows: Template = {
  id: 'tows',
  name_th: 'กลยุทธ์จาก SWOT (TOWS)',
  name_en: 'TOWS strategies',
  description_th: 'จับคู่ผล SWOT เป็นกลยุทธ์ 4 แบบ: ใช้จุดแข็งคว้าโอกาส (SO) ใช้จุดแข็งรับมืออุปสรรค (ST) ใช้โอกาสแก้จุดอ่อน (WO) และลดจุดอ่อนเพื่อหลบอุปสรรค (WT)',
  description_en:
    'Pairs the SWOT findings into four kinds of strategy: strengths to seize opportunities (SO), strengths to meet threats (ST), opportunities to fix weaknesses (WO), and cutting weaknesses to avoid threats (WT).',
  orientation: 'landscape',
  layout: {
    kind: 'canvas',
    grid: { cols: 2, rowHeights: [1, 1] },
    blocks: [
      {
        id: 'so',
        label_th: 'SO กลยุทธ์เชิงรุก',
        label_en: 'SO Use strengths to seize opportunities',
        col: 1,
        colSpan: 1,
        row: 1,
        rowSpan: 1,
        questions_th: ['ใช้จุดแข็งของเราคว้าโอกาสใดได้บ้าง?', 'เริ่มทำอะไรได้ทันที?'],
        questions_en: ['Which opportunities can our strengths seize?', 'What can we start right away?'],
        color: PASTEL.green,
        provenance: 'proposal',
      },
      {
        id: 'wo',
        label_th: 'WO กลยุทธ์เชิงแก้ไข',
        label_en: 'WO Use opportunities to fix weaknesses',
        col: 2,
        colSpan: 1,
        row: 1,
        rowSpan: 1,
        questions_th: ['โอกาสหรือภาคีใดช่วยให้เราแก้จุดอ่อนได้?', 'ต้องเติมความรู้ ทักษะ หรือเครือข่ายอะไร?'],
        questions_en: [
          'Which opportunities or partners can help us fix our weaknesses?',
          'Which knowledge, skills or networks must we add?',
        ],
        color: PASTEL.sky,
        provenance: 'proposal',
      },
      {
        id: 'st',
        label_th: 'ST กลยุทธ์เชิงป้องกัน',
        label_en: 'ST Use strengths to meet threats',
        col: 1,
        colSpan: 1,
        row: 2,
        rowSpan: 1,
        questions_th: ['ใช้จุดแข็งของเรารับมือหรือหลีกเลี่ยงอุปสรรคใดได้บ้าง?'],
        questions_en: ['Which threats can our strengths meet or avoid?'],
        color: PASTEL.amber,
        provenance: 'proposal',
      },
      {
        id: 'wt',
        label_th: 'WT กลยุทธ์เชิงรับ',
        label_en: 'WT Reduce weaknesses, avoid threats',
        col: 2,
        colSpan: 1,
        row: 2,
        rowSpan: 1,
        questions_th: ['ต้องลดหรือเลิกทำอะไร เพื่อไม่ให้อุปสรรคซ้ำเติมจุดอ่อนของเรา?'],
        questions_en: ['What must we cut back or stop, so threats do not hit our weak points?'],
        color: PASTEL.rose,
        provenance: 'proposal',
      },
    ],
  },
};
