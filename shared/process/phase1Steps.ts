import type { StepDef } from './Process';

/**
 * Process 1, installing KSNB and CBMC: steps 1–7 (domain.md 6, [PROPOSAL]). The step names map the
 * seed's seven-step community-economy cycle onto CODI's two named processes; they are not CODI's.
 */
export const PHASE1_STEPS: StepDef[] = [
  {
    id: 's1',
    number: 1,
    name_th: 'ค้นหาแกนนำ สร้างทีม',
    name_en: 'Find leaders, build the team',
    purpose_th: 'ได้ทีมแกนนำและพี่เลี้ยงที่มีความสามารถหลากหลาย พร้อมทำงานร่วมกัน และรู้บทบาทของตนเอง',
    purpose_en: 'A core team of leaders and facilitator-mentors with varied abilities, ready to work together, each knowing their role.',
    activities_th:
      '1. ชวนผู้นำชุมชนร่วมค้นหาคนและกลุ่มองค์กรที่ "คิดดี คิดเหมือนกัน คิดคล้ายกัน" โดยไม่แบ่งแยกเพศ วัย กลุ่ม หรือฐานะ\n2. จัดวงพูดคุยเรื่องการพัฒนาเศรษฐกิจและทุนชุมชนด้วยคำถามชวนคิด\n3. จัดทีมทำงานและแบ่งบทบาทตามความสามารถและความถนัด รวมทั้งพี่เลี้ยงนักจัดกระบวนการเรียนรู้',
    activities_en:
      '1. Ask community leaders to help find people and groups who "think well and think alike", regardless of sex, age, group or status.\n2. Hold a talking circle on the community economy and community capital, led by questions.\n3. Form the working team and share out roles by ability and preference, including the learning-process facilitator-mentors.',
    questions_th: [
      'ใครทำอะไรอยู่ที่ไหน มีใครทำเรื่องนี้อยู่บ้างแล้ว?',
      'ทำไมต้องทำเรื่องนี้ ถ้าไม่ทำจะเกิดอะไรขึ้น?',
      'ถ้าทำแล้ว ชุมชนจะได้อะไร?',
      'ใครถนัดเรื่องไหน และจะรับบทบาทอะไรในทีม?',
    ],
    questions_en: [
      'Who is doing what, and where? Who already works on this?',
      'Why do this? What happens if we do not?',
      'If we do it, what will the community gain?',
      'Who is good at what, and which role will each person take in the team?',
    ],
    worksheets: ['team-roster'],
    outputs: [
      { id: 's1_o1', label_th: 'รายชื่อทีมแกนนำพร้อมบทบาท', label_en: 'Team list with roles' },
      { id: 's1_o2', label_th: 'พี่เลี้ยงที่ตกลงร่วมงาน', label_en: 'Facilitator-mentors agreed' },
      { id: 's1_o3', label_th: 'ข้อตกลงร่วมเรื่องเป้าหมายและวิธีทำงาน', label_en: 'Shared agreement on goals and ways of working' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's2',
    number: 2,
    name_th: 'เก็บข้อมูลครัวเรือนและชุมชน',
    name_en: 'Collect household and community data',
    purpose_th: 'ได้ข้อมูลพื้นฐานของครัวเรือนและชุมชนที่ถูกต้องครบถ้วน ใช้วางแผนและใช้วัดการเปลี่ยนแปลงภายหลัง',
    purpose_en: 'Accurate, complete baseline data on households and the community, used to plan and later to measure change.',
    activities_th:
      '1. วางกรอบข้อมูลที่ต้องเก็บ: รายได้ รายจ่าย หนี้สิน เงินออม ผลผลิต/ผลิตภัณฑ์ ใครเป็นเจ้าของปัจจัยการผลิต ใครเป็นผู้กำหนดราคา\n2. จัดเวทีทำความเข้าใจแบบสำรวจและซักซ้อมทีมเก็บข้อมูล\n3. เก็บข้อมูลรายครัวเรือนด้วยการสัมภาษณ์หรือวงคุยกลุ่มย่อย\n4. ตรวจสอบความถูกต้องแล้วบันทึกลงตารางสรุป',
    activities_en:
      '1. Agree what to collect: income, expenses, debt, savings, products, who owns the inputs, who sets the price.\n2. Hold a meeting to explain the survey and rehearse the data collectors.\n3. Collect data household by household, by interview or small-group talks.\n4. Check the data and enter it in the summary table.',
    questions_th: [
      'เราต้องรู้อะไรเกี่ยวกับครัวเรือน และจะใช้ข้อมูลนั้นทำอะไร?',
      'ใครเป็นเจ้าของที่ดิน เครื่องมือ และเมล็ดพันธุ์ที่ใช้ผลิต?',
      'ใครเป็นผู้กำหนดราคาขาย และเราต่อรองได้หรือไม่?',
      'หนี้สินมาจากที่ใด ทั้งในระบบและนอกระบบ?',
      'จะเก็บข้อมูลให้เสร็จภายในกี่วัน และใครตรวจสอบความถูกต้อง?',
    ],
    questions_en: [
      'What do we need to know about households, and what will we use it for?',
      'Who owns the land, tools and seed used in production?',
      'Who sets the selling price, and can we bargain?',
      'Where do debts come from, formal and informal?',
      'How many days will collection take, and who checks the data?',
    ],
    worksheets: ['household-survey'],
    outputs: [
      { id: 's2_o1', label_th: 'ตารางสรุปข้อมูลครัวเรือน (ข้อมูลพื้นฐาน)', label_en: 'Household summary table (baseline)' },
      {
        id: 's2_o2',
        label_th: 'ภาพรวม: สัดส่วนครัวเรือนที่มีหนี้ รายได้ที่ขาดไป ผลผลิตที่มีโอกาสทางตลาด',
        label_en: 'Roll-up: share of households in debt, income gap, products with market potential',
      },
    ],
    provenance: 'proposal',
  },
  {
    id: 's3',
    number: 3,
    name_th: 'วิเคราะห์ทุนชุมชน',
    name_en: 'Analyse community capital',
    purpose_th: 'เห็นทุนชุมชนครบทั้ง 5 ด้าน และเลือกทุนที่จะใช้เป็นตัวตั้งแทนการใช้เงินเป็นตัวตั้ง',
    purpose_en: 'See all five kinds of community capital and choose which to start from, instead of starting from money.',
    activities_th:
      '1. ทบทวนความหมายของทุนชุมชน: ทุนมนุษย์ ทุนสังคม ทุนกายภาพ ทุนธรรมชาติ ทุนการเงิน\n2. ระดมความคิดเขียนทุนแต่ละด้านลงบนผืนผ้าใบ\n3. ลงรายละเอียดในบัญชีทุนชุมชน: อยู่ที่ไหน มีเท่าไร ใครเป็นเจ้าของ ใช้แล้วหรือยัง\n4. จัดลำดับทุนที่มีโอกาสเพิ่มมูลค่า',
    activities_en:
      '1. Recall what community capital means: human, social, physical, natural and financial capital.\n2. Brainstorm each kind of capital onto the canvas.\n3. Detail it in the capital inventory: where, how much, who owns it, whether it is used yet.\n4. Rank the capital with the best chance of adding value.',
    questions_th: ['ชุมชนของเรามีทุนอะไรบ้างที่ไม่ใช่เงิน?', 'ทุนไหนมีอยู่แต่ยังไม่ได้ใช้?', 'ใครเป็นเจ้าของหรือเข้าถึงทุนนั้นได้?', 'ถ้าใช้ทุนนี้ จะยั่งยืนหรือเสี่ยงที่จะหมดไป?'],
    questions_en: [
      'What capital does our community have besides money?',
      'Which capital do we have but not yet use?',
      'Who owns it, or who can use it?',
      'If we use it, will it last or could it run out?',
    ],
    worksheets: ['capitals', 'capital-inventory'],
    outputs: [
      { id: 's3_o1', label_th: 'แผนที่ทุนชุมชน 5 ด้าน', label_en: 'Map of the five community capitals' },
      { id: 's3_o2', label_th: 'บัญชีทุนชุมชน', label_en: 'Community capital inventory' },
      { id: 's3_o3', label_th: 'ทุนที่เลือกใช้เป็นตัวตั้ง', label_en: 'Capital chosen to start from' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's4',
    number: 4,
    name_th: 'วิเคราะห์สถานการณ์ SWOT',
    name_en: 'SWOT situation analysis',
    purpose_th: 'รู้สถานะของกลุ่มหรือชุมชนทั้งปัจจัยภายในและภายนอก แล้วเลือกสินค้าหรือธุรกิจที่จะทำ',
    purpose_en: 'Know where the group or community stands, inside and out, and choose the products or businesses to pursue.',
    activities_th:
      '1. ระดมจุดแข็งและจุดอ่อน (ปัจจัยภายในที่ควบคุมได้)\n2. ระดมโอกาสและอุปสรรค (ปัจจัยภายนอกที่ควบคุมไม่ได้) เช่น ตลาด นโยบายรัฐ ราคา ภัยธรรมชาติ\n3. จับคู่เป็นกลยุทธ์ SO ST WO WT\n4. เลือกสินค้าหรือธุรกิจที่จะนำไปออกแบบ CBMC',
    activities_en:
      '1. Brainstorm strengths and weaknesses (internal, within our control).\n2. Brainstorm opportunities and threats (external, beyond our control), such as markets, state policy, prices and natural disasters.\n3. Pair them into SO, ST, WO and WT strategies.\n4. Choose the products or businesses to design a CBMC for.',
    questions_th: [
      'จุดแข็งอะไรที่เรามีแต่คนอื่นไม่มี?',
      'จุดอ่อนใดทำให้ขายไม่ได้หรือต้นทุนสูง?',
      'มีนโยบาย ตลาด หรือภาคีใดที่เป็นโอกาสของเรา?',
      'อะไรจากภายนอกที่อาจทำให้เราล้ม?',
      'จากทั้งหมดนี้ ควรเลือกทำสินค้าหรือธุรกิจใด?',
    ],
    questions_en: [
      'Which strengths do we have that others lack?',
      'Which weaknesses keep sales low or costs high?',
      'Which policies, markets or partners are opportunities for us?',
      'What from outside could bring us down?',
      'Given all this, which product or business should we choose?',
    ],
    worksheets: ['swot', 'tows'],
    outputs: [
      { id: 's4_o1', label_th: 'ผล SWOT ของกลุ่มหรือชุมชน', label_en: 'SWOT of the group or community' },
      { id: 's4_o2', label_th: 'กลยุทธ์ TOWS', label_en: 'TOWS strategies' },
      { id: 's4_o3', label_th: 'สินค้าหรือธุรกิจที่เลือก', label_en: 'Chosen products or businesses' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's5',
    number: 5,
    name_th: 'ปรับวิธีคิด ใช้ทุนเป็นตัวตั้ง และออกแบบ CBMC',
    name_en: 'Shift the mindset to capital first and design the CBMC',
    purpose_th: 'เปลี่ยนวิธีคิดจาก "เงินเป็นตัวตั้ง" เป็น "ทุนเป็นตัวตั้ง" และออกแบบแผนธุรกิจเพื่อชุมชนของแต่ละกลุ่ม รวมทั้ง TBMC ระดับตำบล',
    purpose_en:
      'Shift the mindset from "money first" to "capital first", and design each group\'s community business plan, plus the tambon-level TBMC.',
    activities_th:
      '1. ชวนคุยเรื่อง "เงินเป็นตัวตั้ง" กับ "ทุนเป็นตัวตั้ง" (ธรรมชาติ สิ่งที่มนุษย์สร้างขึ้น หนึ่งสมองสองมือ)\n2. แต่ละกลุ่มเติมผืนผ้าใบ CBMC ทีละช่อง โดยเริ่มจากทุนที่เลือกไว้ในขั้นที่ 3\n3. นำเสนอและแลกเปลี่ยนระหว่างกลุ่ม\n4. รวมแผนของกลุ่มต่างๆ เป็น TBMC ระดับตำบล ผ่านสภาองค์กรชุมชนตำบล',
    activities_en:
      '1. Discuss "money first" versus "capital first" (nature, what people have built, one brain and two hands).\n2. Each group fills the CBMC block by block, starting from the capital chosen in step 3.\n3. Groups present and exchange.\n4. Combine the group plans into a tambon TBMC through the tambon community organisation council.',
    questions_th: [
      'ถ้าไม่มีเงินเลย เราเริ่มจากทุนอะไรได้บ้าง?',
      'ลูกค้าคือใคร และทำไมเขาต้องซื้อของเรา?',
      'ใครเป็นผู้ตั้งราคา และรายได้จะพอกับต้นทุนหรือไม่?',
      'ผลประโยชน์จะกลับคืนสู่สมาชิกและชุมชนอย่างไร?',
    ],
    questions_en: [
      'If we had no money at all, which capital could we start from?',
      'Who are the customers, and why should they buy from us?',
      'Who sets the price, and will income cover the costs?',
      'How will the benefits return to members and the community?',
    ],
    worksheets: ['cbmc-9', 'cbmc-12', 'tbmc'],
    outputs: [
      { id: 's5_o1', label_th: 'CBMC ของแต่ละกลุ่ม', label_en: 'A CBMC for each group' },
      { id: 's5_o2', label_th: 'TBMC ระดับตำบล', label_en: 'A tambon-level TBMC' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's6',
    number: 6,
    name_th: 'ประเมินช่องว่าง KSNB',
    name_en: 'Assess the KSNB gaps',
    purpose_th: 'รู้ว่ายังขาดความรู้ ทักษะ และเครือข่ายอะไร เพื่อให้ CBMC ทำได้จริง',
    purpose_en: 'Find which knowledge, skills and networks are still missing for the CBMC to work.',
    activities_th:
      '1. อ่าน CBMC ทีละช่อง แล้วถามว่าต้องรู้อะไร ต้องทำอะไรเป็น และต้องเชื่อมกับใคร\n2. เติมตาราง KSNB: มีอยู่แล้ว ต้องเติม วิธีเติม ใคร–เมื่อไร–ตัวชี้วัด\n3. จัดลำดับช่องว่างที่ต้องเติมก่อน\n4. ระบุแหล่งเรียนรู้: ปราชญ์ชุมชน การศึกษาดูงาน พี่เลี้ยง ภาคี',
    activities_en:
      '1. Read the CBMC block by block and ask what we must know, what we must be able to do, and whom we must connect with.\n2. Fill the KSNB grid: already have, gap, how, who–when–indicator.\n3. Rank the gaps to fill first.\n4. Name the sources of learning: local sages, study visits, mentors, partners.',
    questions_th: [
      'เพื่อให้ CBMC เดินได้ เราต้องรู้อะไรเพิ่ม?',
      'ทักษะใดต้องฝึกก่อน และจะฝึกอย่างไร?',
      'ต้องเชื่อมโยงกับใคร และจะแลกเปลี่ยนอะไรกัน?',
      'ช่องว่างใดสำคัญที่สุด ถ้าไม่เติมแล้วธุรกิจจะไปต่อไม่ได้?',
    ],
    questions_en: [
      'What more must we know for the CBMC to work?',
      'Which skills must we practise first, and how?',
      'Whom must we connect with, and what will we exchange?',
      'Which gap matters most, the one without which the business cannot go on?',
    ],
    worksheets: ['ksnb'],
    outputs: [
      { id: 's6_o1', label_th: 'ตาราง KSNB ที่เติมครบ', label_en: 'Completed KSNB grid' },
      { id: 's6_o2', label_th: 'แผนเติมช่องว่าง KSNB', label_en: 'KSNB gap plan' },
    ],
    provenance: 'proposal',
  },
  {
    id: 's7',
    number: 7,
    name_th: 'จัดทำแผนธุรกิจและแผนปฏิบัติการ',
    name_en: 'Make the business plan and operation plan',
    purpose_th: 'แปลง CBMC และ KSNB เป็นกิจกรรม งบประมาณ ผู้รับผิดชอบ และตัวชี้วัด ที่สมาชิกรับรองร่วมกัน',
    purpose_en: 'Turn the CBMC and KSNB into activities, budget, responsibilities and indicators that the members endorse together.',
    activities_th:
      '1. แปลงแต่ละช่องของ CBMC และแต่ละช่องว่าง KSNB เป็นโครงการ/กิจกรรม\n2. กำหนดวัตถุประสงค์ วิธีการ ระยะเวลา งบประมาณ แหล่งทุน และผู้รับผิดชอบ\n3. ตั้งตัวชี้วัดตามเป้าหมาย "กินอิ่ม นอนอุ่น ทุนมี หนี้ลด" และตัวชี้วัดธุรกิจ พร้อมค่าเริ่มต้นจากขั้นที่ 2\n4. จัดเวทีให้สมาชิกเสนอแนะและรับรองแผน',
    activities_en:
      '1. Turn each CBMC block and each KSNB gap into projects or activities.\n2. Set the objective, method, period, budget, funding source and the person responsible.\n3. Set indicators for "eat your fill, sleep warm, have capital, reduce debt" and for the business, with baselines from step 2.\n4. Hold a meeting for members to comment on and endorse the plan.',
    questions_th: [
      'กิจกรรมใดต้องทำก่อน และใครรับผิดชอบ?',
      'งบประมาณมาจากไหน และใช้ทุนชุมชนแทนเงินได้ตรงไหน?',
      'จะรู้ได้อย่างไรว่าสำเร็จ วัดอะไร และค่าเริ่มต้นเท่าไร?',
      'สมาชิกและภาคีรับรองแผนนี้แล้วหรือยัง?',
    ],
    questions_en: [
      'Which activities come first, and who is responsible?',
      'Where does the budget come from, and where can community capital replace money?',
      'How will we know it worked: what do we measure, and what is the baseline?',
      'Have members and partners endorsed the plan?',
    ],
    worksheets: ['operation-plan', 'indicators'],
    outputs: [
      { id: 's7_o1', label_th: 'แผนปฏิบัติการ', label_en: 'Operation plan' },
      { id: 's7_o2', label_th: 'ตัวชี้วัดพร้อมค่าเริ่มต้นและค่าเป้าหมาย', label_en: 'Indicators with baselines and targets' },
      { id: 's7_o3', label_th: 'มติสมาชิกรับรองแผน', label_en: 'Plan endorsed by members' },
    ],
    provenance: 'proposal',
  },
];
