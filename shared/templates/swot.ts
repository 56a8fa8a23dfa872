import type { Template } from '../model/Template';
import { PASTEL } from './palette';
import { SOURCES } from './sources';

/** SWOT (domain.md 4.2, [CONFIRMED] definitions): S|W, internal, over O|T, external. */
export const swot: Template = {
  id: 'swot',
  name_th: 'การวิเคราะห์ SWOT',
  name_en: 'SWOT analysis',
  description_th: 'จุดแข็งและจุดอ่อนเป็นปัจจัยภายในที่กลุ่มควบคุมได้ โอกาสและอุปสรรคเป็นปัจจัยภายนอกที่ควบคุมไม่ได้ ช่วยให้ชุมชนเห็นสถานะของตนเองและตั้งเป้าหมายได้',
  description_en:
    "Strengths and weaknesses are internal and within the group's control; opportunities and threats are external and beyond it. Shows a community where it stands so it can set goals.",
  orientation: 'landscape',
  layout: {
    kind: 'canvas',
    grid: { cols: 2, rowHeights: [1, 1] },
    blocks: [
      {
        id: 'strengths',
        label_th: 'S จุดแข็ง (ภายใน)',
        label_en: 'S Strengths (internal)',
        col: 1,
        colSpan: 1,
        row: 1,
        rowSpan: 1,
        questions_th: ['ภายในกลุ่มหรือชุมชน เรามีอะไรดีหรือทำอะไรได้ดี (ปัจจัยภายในที่ควบคุมได้)?', 'ทุนชุมชนด้านใดเป็นจุดเด่นของเรา?'],
        questions_en: [
          'Inside our group or community, what do we have or do well (internal, within our control)?',
          'Which community capital is our strong point?',
        ],
        color: PASTEL.green,
        provenance: 'confirmed',
        source_url: SOURCES.swot,
      },
      {
        id: 'weaknesses',
        label_th: 'W จุดอ่อน (ภายใน)',
        label_en: 'W Weaknesses (internal)',
        col: 2,
        colSpan: 1,
        row: 1,
        rowSpan: 1,
        questions_th: ['ภายในกลุ่มหรือชุมชน อะไรยังขาดหรือยังทำได้ไม่ดี (ปัจจัยภายในที่ควบคุมได้)?', 'อะไรทำให้ต้นทุนสูงหรือขายไม่ได้?'],
        questions_en: [
          'Inside our group or community, what is missing or not yet done well (internal, within our control)?',
          'What makes our costs high or our sales low?',
        ],
        color: PASTEL.rose,
        provenance: 'confirmed',
        source_url: SOURCES.swot,
      },
      {
        id: 'opportunities',
        label_th: 'O โอกาส (ภายนอก)',
        label_en: 'O Opportunities (external)',
        col: 1,
        colSpan: 1,
        row: 2,
        rowSpan: 1,
        questions_th: ['ภายนอกมีอะไรที่เอื้อให้เราก้าวหน้า (ตลาด นโยบาย ภาคี เทคโนโลยี) ซึ่งเราควบคุมไม่ได้?', 'ใครกำลังมองหาสินค้าหรือบริการแบบของเรา?'],
        questions_en: [
          'Outside us, what could help us move forward (markets, policy, partners, technology), though we cannot control it?',
          'Who is looking for products or services like ours?',
        ],
        color: PASTEL.sky,
        provenance: 'confirmed',
        source_url: SOURCES.swot,
      },
      {
        id: 'threats',
        label_th: 'T อุปสรรค/ภาวะคุกคาม (ภายนอก)',
        label_en: 'T Threats (external)',
        col: 2,
        colSpan: 1,
        row: 2,
        rowSpan: 1,
        questions_th: [
          'ภายนอกมีอะไรที่อาจขัดขวางหรือคุกคามเรา (ราคาตกต่ำ คู่แข่ง ภัยธรรมชาติ กฎหมาย) ซึ่งเราควบคุมไม่ได้?',
          'ถ้าสิ่งนั้นเกิดขึ้น เราจะเสียหายแค่ไหน?',
        ],
        questions_en: [
          'Outside us, what could block or threaten us (falling prices, competitors, natural disasters, law), though we cannot control it?',
          'If it happens, how badly would it hurt us?',
        ],
        color: PASTEL.amber,
        provenance: 'confirmed',
        source_url: SOURCES.swot,
      },
    ],
  },
};
