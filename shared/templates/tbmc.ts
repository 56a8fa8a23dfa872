import type { Template } from '../model/Template';
import { PASTEL } from './palette';

/**
 * TBMC, the tambon-level canvas (domain.md 2.4). Its name and its tambon / community-council level
 * are [SEED]; the CBMC-9 geometry and the tambon wording of each block are our [PROPOSAL].
 */
export const tbmc: Template = {
  id: 'tbmc',
  name_th: 'แผนธุรกิจเพื่อชุมชนระดับตำบล (TBMC)',
  name_en: 'Tambon Business Model Canvas (TBMC)',
  description_th:
    'รวมแผนธุรกิจของกลุ่ม/กิจการต่างๆ ในตำบลเป็นแผนเดียว โดยมีสภาองค์กรชุมชนตำบลเป็นกลไกหลัก ใช้คู่กับตาราง TBMC (กลุ่ม/กิจการในตำบล) ชื่อและระดับตำบลมาจากเอกสาร พอช. ส่วนถ้อยคำในช่องเป็นข้อเสนอของทีมพัฒนา',
  description_en:
    "Brings the business plans of the groups and enterprises in a tambon into one plan, run through the tambon community organisation council. Use with the TBMC matrix (groups and enterprises in the tambon). The name and level come from CODI; the block wording is our proposal.",
  orientation: 'landscape',
  layout: {
    kind: 'canvas',
    grid: { cols: 10, rowHeights: [1, 1, 0.6] },
    blocks: [
      {
        id: 'partners',
        label_th: 'ภาคีและเครือข่ายระดับตำบล',
        label_en: 'Tambon partners & networks',
        col: 1,
        colSpan: 2,
        row: 1,
        rowSpan: 2,
        questions_th: [
          'หน่วยงานใดในตำบลและอำเภอช่วยเราได้ (อบต./เทศบาล รพ.สต. โรงเรียน พัฒนาชุมชนอำเภอ พอช. ธ.ก.ส.)?',
          'ตำบลข้างเคียงหรือเครือข่ายใดร่วมมือกับเราได้?',
          'สภาองค์กรชุมชนตำบลประสานภาคีเหล่านี้อย่างไร?',
        ],
        questions_en: [
          'Which agencies in the tambon and district can help (local administration or municipality, health-promoting hospital, schools, district community development office, CODI, BAAC)?',
          'Which neighbouring tambons or networks can work with us?',
          'How does the tambon community organisation council coordinate these partners?',
        ],
        color: PASTEL.blue,
        provenance: 'proposal',
      },
      {
        id: 'activities',
        label_th: 'กิจกรรมหลักของตำบล',
        label_en: 'Key tambon activities',
        col: 3,
        colSpan: 2,
        row: 1,
        rowSpan: 1,
        questions_th: [
          'กลุ่ม/กิจการในตำบลทำอะไรร่วมกันได้ (รวบรวมผลผลิต แปรรูป ขนส่ง การตลาด)?',
          'กลุ่มใดรับผิดชอบขั้นไหน?',
        ],
        questions_en: [
          'What can the groups and enterprises in the tambon do together (collecting produce, processing, transport, marketing)?',
          'Which group takes charge of which step?',
        ],
        color: PASTEL.green,
        provenance: 'proposal',
      },
      {
        id: 'resources',
        label_th: 'ทุนชุมชนของตำบล',
        label_en: 'Tambon community capital',
        col: 3,
        colSpan: 2,
        row: 2,
        rowSpan: 1,
        questions_th: [
          'ตำบลมีทุนอะไรร่วมกัน (คน ภูมิปัญญา ธรรมชาติ สิ่งที่สร้างขึ้น กองทุน)?',
          'กลุ่มต่างๆ ใช้ทุนใดร่วมกันได้?',
          'ทุนไหนที่ทั้งตำบลยังขาด?',
        ],
        questions_en: [
          'What capital does the tambon share (people, local wisdom, nature, things built, funds)?',
          'Which capital can the groups use together?',
          'Which capital is the whole tambon still missing?',
        ],
        color: PASTEL.lime,
        provenance: 'proposal',
      },
      {
        id: 'value',
        label_th: 'จุดเด่นของสินค้าและบริการของตำบล',
        label_en: 'Tambon value proposition',
        col: 5,
        colSpan: 2,
        row: 1,
        rowSpan: 2,
        questions_th: [
          'สินค้าและบริการเด่นของตำบลคืออะไร?',
          'อัตลักษณ์หรือเรื่องเล่าใดของตำบลทำให้ต่างจากที่อื่น?',
          'การรวมกันทำทั้งตำบลได้ผลดีกว่าต่างคนต่างทำอย่างไร?',
        ],
        questions_en: [
          "What are the tambon's signature products and services?",
          'Which identity or story of the tambon sets them apart?',
          'How does working as a whole tambon do better than each group alone?',
        ],
        color: PASTEL.amber,
        provenance: 'proposal',
      },
      {
        id: 'relationships',
        label_th: 'ความสัมพันธ์กับลูกค้า',
        label_en: 'Customer relationships',
        col: 7,
        colSpan: 2,
        row: 1,
        rowSpan: 1,
        questions_th: [
          'ทำอย่างไรให้ลูกค้าเชื่อมั่นในสินค้าของทั้งตำบล (ตราสินค้าร่วม มาตรฐานร่วม)?',
          'ใครดูแลลูกค้าประจำ?',
        ],
        questions_en: [
          "How do customers come to trust the whole tambon's products (shared brand, shared standard)?",
          'Who looks after regular customers?',
        ],
        color: PASTEL.pink,
        provenance: 'proposal',
      },
      {
        id: 'channels',
        label_th: 'ช่องทางการขายร่วมของตำบล',
        label_en: 'Shared tambon channels',
        col: 7,
        colSpan: 2,
        row: 2,
        rowSpan: 1,
        questions_th: [
          'ตำบลมีช่องทางใดที่ใช้ร่วมกันได้ (ตลาดชุมชน ร้านค้าชุมชน ศูนย์เรียนรู้ ออนไลน์ เครือข่ายนอกตำบล)?',
          'ลูกค้ารู้จักตำบลของเราทางไหน?',
        ],
        questions_en: [
          'Which channels can the tambon share (community market, community shop, learning centre, online, networks outside the tambon)?',
          'How do customers hear of our tambon?',
        ],
        color: PASTEL.violet,
        provenance: 'proposal',
      },
      {
        id: 'customers',
        label_th: 'กลุ่มลูกค้า/ผู้ใช้',
        label_en: 'Customer segments',
        col: 9,
        colSpan: 2,
        row: 1,
        rowSpan: 2,
        questions_th: [
          'ใครซื้อหรือใช้สินค้าและบริการของตำบล (คนในตำบล คนนอก นักท่องเที่ยว ร้านค้า หน่วยงาน)?',
          'กลุ่มไหนสำคัญที่สุดสำหรับทั้งตำบล?',
        ],
        questions_en: [
          "Who buys or uses the tambon's products and services (residents, outsiders, tourists, shops, agencies)?",
          'Which group matters most to the whole tambon?',
        ],
        color: PASTEL.rose,
        provenance: 'proposal',
      },
      {
        id: 'costs',
        label_th: 'ต้นทุนและค่าใช้จ่ายร่วม',
        label_en: 'Shared costs',
        col: 1,
        colSpan: 5,
        row: 3,
        rowSpan: 1,
        questions_th: [
          'ค่าใช้จ่ายใดที่กลุ่มต่างๆ แบ่งกันรับได้ (ขนส่ง บรรจุภัณฑ์ เครื่องจักร การตลาด)?',
          'ทุนชุมชนของตำบลช่วยลดต้นทุนได้อย่างไร?',
        ],
        questions_en: [
          'Which costs can the groups share (transport, packaging, machinery, marketing)?',
          "How can the tambon's community capital cut costs?",
        ],
        color: PASTEL.slate,
        provenance: 'proposal',
      },
      {
        id: 'revenue',
        label_th: 'รายได้และการกระจายรายได้',
        label_en: 'Revenue and how it spreads',
        col: 6,
        colSpan: 5,
        row: 3,
        rowSpan: 1,
        questions_th: [
          'รายได้ของตำบลมาจากอะไร ราคาเท่าไร ใครเป็นคนตั้งราคา?',
          'รายได้กระจายถึงกลุ่มและครัวเรือนอย่างไร?',
        ],
        questions_en: [
          "Where does the tambon's income come from, at what price, and who sets the price?",
          'How does the income reach groups and households?',
        ],
        color: PASTEL.teal,
        provenance: 'proposal',
      },
    ],
  },
};
