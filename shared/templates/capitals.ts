import type { Template } from '../model/Template';
import { CAPITAL_COLORS } from './palette';
import { SOURCES } from './sources';

/**
 * The five community capitals as a canvas (domain.md 4.1): the Community Development Department's
 * split, [CONFIRMED]. Each block opens with what the capital covers, then asks about it.
 */
export const capitals: Template = {
  id: 'capitals',
  name_th: 'ทุนชุมชน 5 ด้าน',
  name_en: 'The five community capitals',
  description_th:
    'ทุนชุมชน คือ ทุกสิ่งในชุมชน ทั้งที่เกิดขึ้นเองตามธรรมชาติและที่สร้างขึ้นด้วยมือ สมอง หรือภูมิปัญญาของคน ซึ่งมีคุณค่าและใช้สร้างอาชีพได้ แบ่งเป็น 5 ด้านตามกรมการพัฒนาชุมชน',
  description_en:
    "Community capital is anything in a community, natural or made by people's hands, brains or local wisdom, that has value and can support livelihoods. Five kinds, following the Community Development Department.",
  orientation: 'landscape',
  layout: {
    kind: 'canvas',
    grid: { cols: 6, rowHeights: [1, 1] },
    blocks: [
      {
        id: 'human',
        label_th: 'ทุนมนุษย์',
        label_en: 'Human capital',
        col: 1,
        colSpan: 2,
        row: 1,
        rowSpan: 1,
        questions_th: [
          'ทุนมนุษย์ คือ คน ความรู้ ทักษะ และภูมิปัญญาของคนในชุมชน (หนึ่งสมองสองมือ)',
          'ใครมีความรู้ ฝีมือ หรือภูมิปัญญาอะไร?',
          'มีแรงงานเท่าไร และว่างช่วงไหน?',
        ],
        questions_en: [
          'Human capital: the people of the community, their knowledge, skills and local wisdom ("one brain, two hands").',
          'Who has what knowledge, craft or local wisdom?',
          'How much labour is there, and when is it free?',
        ],
        color: CAPITAL_COLORS.human,
        provenance: 'confirmed',
        source_url: SOURCES.cddCapitals,
      },
      {
        id: 'social',
        label_th: 'ทุนสังคม',
        label_en: 'Social capital',
        col: 3,
        colSpan: 2,
        row: 1,
        rowSpan: 1,
        questions_th: [
          'ทุนสังคม คือ กลุ่มองค์กร ความเชื่อ วิถีชีวิต และวัฒนธรรมของชุมชน',
          'มีกลุ่ม องค์กร หรือเครือข่ายอะไรบ้าง?',
          'ประเพณีหรือความไว้วางใจใดที่ช่วยงานของเราได้?',
        ],
        questions_en: [
          "Social capital: the community's groups, beliefs, way of life and culture.",
          'Which groups, organisations or networks are there?',
          'Which traditions or bonds of trust can help our work?',
        ],
        color: CAPITAL_COLORS.social,
        provenance: 'confirmed',
        source_url: SOURCES.cddCapitals,
      },
      {
        id: 'natural',
        label_th: 'ทุนธรรมชาติ',
        label_en: 'Natural capital',
        col: 5,
        colSpan: 2,
        row: 1,
        rowSpan: 1,
        questions_th: [
          'ทุนธรรมชาติ คือ ทรัพยากรที่เกิดขึ้นเองตามธรรมชาติ เช่น ดิน น้ำ ป่า ภูเขา แม่น้ำ ทะเล พืช และสัตว์',
          'มีทรัพยากรอะไร อยู่ที่ไหน มีมากน้อยเท่าไร?',
          'ใช้อย่างไรจึงไม่หมดไป?',
        ],
        questions_en: [
          'Natural capital: resources that occur in nature, such as soil, water, forest, hills, rivers, sea, plants and animals.',
          'Which resources are there, where, and how much?',
          'How can we use them without using them up?',
        ],
        color: CAPITAL_COLORS.natural,
        provenance: 'confirmed',
        source_url: SOURCES.cddCapitals,
      },
      {
        id: 'physical',
        label_th: 'ทุนกายภาพ',
        label_en: 'Physical capital',
        col: 1,
        colSpan: 3,
        row: 2,
        rowSpan: 1,
        questions_th: [
          'ทุนกายภาพ คือ สิ่งที่คนสร้างขึ้น เช่น อาคาร ถนน แหล่งน้ำ ตลาด เครื่องมือ และอุปกรณ์',
          'มีอะไรที่สร้างไว้แล้วและใช้ร่วมกันได้?',
          'ใครดูแลและใครใช้ได้?',
        ],
        questions_en: [
          'Physical capital: things people have built, such as buildings, roads, water works, markets, tools and equipment.',
          'What has been built already that we can share?',
          'Who looks after it, and who may use it?',
        ],
        color: CAPITAL_COLORS.physical,
        provenance: 'confirmed',
        source_url: SOURCES.cddCapitals,
      },
      {
        id: 'financial',
        label_th: 'ทุนการเงิน',
        label_en: 'Financial capital',
        col: 4,
        colSpan: 3,
        row: 2,
        rowSpan: 1,
        questions_th: [
          'ทุนการเงิน คือ เงินออม กองทุน และแหล่งสินเชื่อของชุมชน เช่น กลุ่มออมทรัพย์ กองทุนหมู่บ้าน กองทุนสวัสดิการ',
          'มีกองทุนอะไรบ้าง และมีเงินเท่าไร?',
          'ใช้ทุนด้านอื่นก่อนใช้เงินได้ไหม?',
        ],
        questions_en: [
          "Financial capital: the community's savings, funds and sources of credit, such as savings groups, village funds and welfare funds.",
          'Which funds are there, and how much do they hold?',
          'Can we use other capital before money?',
        ],
        color: CAPITAL_COLORS.financial,
        provenance: 'confirmed',
        source_url: SOURCES.cddCapitals,
      },
    ],
  },
};
