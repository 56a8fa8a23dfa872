import type { StepDef } from './Process';

/**
 * Process 2, follow-up and empowerment: steps 8–11 (domain.md 6, [PROPOSAL]). "ติดตามเสริมพลัง" is
 * read as empowerment evaluation: the group assesses itself and the mentor coaches.
 */
export const PHASE2_STEPS: StepDef[] = [
  {
    id: 's8',
    number: 8,
    name_th: 'ลงมือปฏิบัติและบันทึก',
    name_en: 'Act and keep records',
    purpose_th: 'ทำตามแผน และจดบันทึกกิจกรรม รายรับ รายจ่าย ไว้เป็นหลักฐานสำหรับการติดตามผล',
    purpose_en: 'Carry out the plan and record activities, income and expenses as evidence for follow-up.',
    activities_th:
      '1. แบ่งบทบาททีมปฏิบัติการ ทีมบัญชี และทีมติดตามเสริมพลัง\n2. ลงมือทำกิจกรรมตามแผนปฏิบัติการ\n3. บันทึกกิจกรรม รายรับ และรายจ่ายทุกครั้งที่เกิดขึ้น\n4. ทบทวนบันทึกร่วมกันเป็นประจำ เช่น ทุกเดือน',
    activities_en:
      '1. Assign the action team, the bookkeeping team and the follow-up team.\n2. Carry out the activities in the operation plan.\n3. Record every activity, income and expense as it happens.\n4. Review the records together regularly, for example monthly.',
    questions_th: [
      'กิจกรรมใดทำไปแล้ว และใครเป็นผู้ทำ?',
      'รายรับและรายจ่ายถูกบันทึกครบทุกครั้งหรือไม่?',
      'ระหว่างทำมีปัญหาอะไรเกิดขึ้น และแก้อย่างไร?',
      'ใครดูแลเอกสารและบัญชี?',
    ],
    questions_en: [
      'Which activities are done, and who did them?',
      'Is every income and expense recorded?',
      'What problems came up along the way, and how were they solved?',
      'Who keeps the documents and accounts?',
    ],
    worksheets: ['activity-log', 'operation-plan'],
    outputs: [
      { id: 's8_o1', label_th: 'บันทึกกิจกรรมและรายรับรายจ่าย', label_en: 'Activity log with income and expenses' },
      { id: 's8_o2', label_th: 'สถานะล่าสุดของแผนปฏิบัติการ', label_en: 'Operation plan with up-to-date status' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's9',
    number: 9,
    name_th: 'ติดตามเสริมพลังและประเมินผลร่วม',
    name_en: 'Follow-up, empowerment and joint assessment',
    purpose_th: 'ให้กลุ่มประเมินตนเองเทียบกับค่าเริ่มต้นและค่าเป้าหมาย โดยพี่เลี้ยงทำหน้าที่โค้ช ไม่ใช่ผู้ตรวจ',
    purpose_en: 'The group assesses itself against its baselines and targets, with the mentor as a coach rather than an inspector.',
    activities_th:
      '1. พี่เลี้ยงเยี่ยมกลุ่มตามนัดหมาย\n2. กลุ่มเทียบค่าตัวชี้วัดปัจจุบันกับค่าเริ่มต้นและค่าเป้าหมาย\n3. ร่วมกันคุยว่าอะไรได้ผล อะไรเป็นอุปสรรค และต้องการการสนับสนุนด้าน K S N หรือ B\n4. ตกลงก้าวต่อไปและนัดหมายครั้งถัดไป',
    activities_en:
      '1. The mentor visits the group as agreed.\n2. The group compares current indicator values with baselines and targets.\n3. Together they discuss what worked, what got in the way, and which K, S, N or B support is needed.\n4. Agree the next actions and the next visit.',
    questions_th: [
      'ตัวชี้วัดแต่ละตัวเปลี่ยนไปจากค่าเริ่มต้นเท่าไร?',
      'อะไรได้ผลดี และเพราะอะไร?',
      'อุปสรรคสำคัญคืออะไร?',
      'กลุ่มต้องการการสนับสนุนด้านใด (K S N B) และจากใคร?',
      'ก้าวต่อไปคืออะไร ใครทำ เมื่อไร?',
    ],
    questions_en: [
      'How far has each indicator moved from its baseline?',
      'What worked well, and why?',
      'What are the main obstacles?',
      'Which support does the group need (K, S, N, B), and from whom?',
      'What are the next actions, by whom, and when?',
    ],
    worksheets: ['follow-up', 'indicators'],
    outputs: [
      { id: 's9_o1', label_th: 'แบบติดตามเสริมพลังที่บันทึกแล้ว', label_en: 'Completed follow-up form' },
      { id: 's9_o2', label_th: 'ค่าล่าสุดของตัวชี้วัด', label_en: 'Latest indicator values' },
      { id: 's9_o3', label_th: 'รายงานความก้าวหน้า', label_en: 'Progress report' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's10',
    number: 10,
    name_th: 'ถอดบทเรียนและปรับแผน',
    name_en: 'Draw lessons and revise the plan',
    purpose_th: 'เรียนรู้จากสิ่งที่ทำจริง แล้วปรับ CBMC KSNB และแผนปฏิบัติการให้ทันกับสถานการณ์',
    purpose_en: 'Learn from what actually happened, then revise the CBMC, KSNB and operation plan to fit the situation.',
    activities_th:
      '1. จัดเวทีถอดบทเรียนหลังการปฏิบัติ (AAR)\n2. เทียบสิ่งที่ตั้งใจไว้กับสิ่งที่เกิดขึ้นจริง และหาเหตุผล\n3. ตกลงสิ่งที่จะทำต่อและสิ่งที่จะปรับ\n4. จัดทำ CBMC และ KSNB ฉบับปรับปรุง',
    activities_en:
      '1. Hold an after-action review.\n2. Compare what was planned with what happened, and find out why.\n3. Agree what to keep and what to change.\n4. Make revised versions of the CBMC and KSNB.',
    questions_th: ['เราตั้งใจให้เกิดอะไร?', 'สิ่งที่เกิดขึ้นจริงคืออะไร?', 'ทำไมจึงต่างหรือเหมือนที่ตั้งใจไว้?', 'อะไรที่จะทำต่อ และอะไรที่จะปรับ?'],
    questions_en: [
      'What did we intend to happen?',
      'What actually happened?',
      'Why was it different from, or the same as, what we intended?',
      'What will we keep, and what will we change?',
    ],
    worksheets: ['aar', 'cbmc-9', 'ksnb'],
    outputs: [
      { id: 's10_o1', label_th: 'บันทึกถอดบทเรียน', label_en: 'Lessons-learned record' },
      { id: 's10_o2', label_th: 'CBMC ฉบับปรับปรุง', label_en: 'Revised CBMC' },
      { id: 's10_o3', label_th: 'KSNB และแผนปฏิบัติการฉบับปรับปรุง', label_en: 'Revised KSNB and operation plan' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's11',
    number: 11,
    name_th: 'ขยายผล เชื่อมเครือข่าย สู่นโยบาย',
    name_en: 'Expand, build networks, take it to policy',
    purpose_th: 'ขยายผลสู่กลุ่มอื่นและระดับตำบล (TBMC) เชื่อมเครือข่าย และเสนอนโยบายผ่านสภาองค์กรชุมชน',
    purpose_en:
      'Spread the work to other groups and to the tambon (TBMC), build networks, and propose policy through the community organisation councils.',
    activities_th:
      '1. แลกเปลี่ยนเรียนรู้กับกลุ่มและตำบลอื่น\n2. รวบรวมกลุ่ม/กิจการในตำบลลงตาราง TBMC เพื่อหาทุน ภาคี และช่องทางที่ใช้ร่วมกันได้\n3. พัฒนาเป็นศูนย์เรียนรู้หรือศูนย์บ่มเพาะเศรษฐกิจและทุนชุมชน\n4. จัดทำข้อเสนอเชิงนโยบายผ่านสภาองค์กรชุมชนตำบล ถึงท้องถิ่น อำเภอ และจังหวัด',
    activities_en:
      '1. Exchange lessons with other groups and tambons.\n2. List the groups and enterprises of the tambon in the TBMC matrix to find capital, partners and channels they can share.\n3. Grow into a learning centre or a community economy and capital incubation centre.\n4. Prepare policy proposals through the tambon community organisation council to local government, the district and the province.',
    questions_th: [
      'กลุ่มใดในตำบลใช้ทุน ภาคี หรือช่องทางร่วมกันได้?',
      'บทเรียนใดควรขยายไปยังกลุ่มหรือตำบลอื่น?',
      'ปัญหาใดที่ชุมชนแก้เองไม่ได้ และต้องอาศัยนโยบาย?',
      'จะเสนอต่อใคร ผ่านช่องทางใด และใครเป็นผู้นำเสนอ?',
    ],
    questions_en: [
      'Which groups in the tambon can share capital, partners or channels?',
      'Which lessons should spread to other groups or tambons?',
      'Which problems can the community not solve alone, and need policy?',
      'To whom do we propose, through which channel, and who presents it?',
    ],
    worksheets: ['tbmc-matrix', 'tbmc', 'policy-proposal'],
    outputs: [
      { id: 's11_o1', label_th: 'ตาราง TBMC ของตำบล', label_en: 'Tambon TBMC matrix' },
      { id: 's11_o2', label_th: 'เครือข่ายความร่วมมือ', label_en: 'Partnership network' },
      { id: 's11_o3', label_th: 'ข้อเสนอเชิงนโยบาย', label_en: 'Policy proposals' },
    ],
    provenance: 'proposal',
  },
];
