import { PHASE1_STEPS } from './phase1Steps';
import { PHASE2_STEPS } from './phase2Steps';
import type { Process } from './Process';

/**
 * The built-in "2 processes, 11 steps" (2 กระบวนการ 11 ขั้นตอน). The two process names are CODI's
 * [SEED]; the steps are our [PROPOSAL] (domain.md 6) and can be replaced by importing a library.
 */
export const BUILTIN_PROCESS: Process = {
  id: 'cbmc-2-11',
  name_th: 'กระบวนการจัดทำแผนธุรกิจเพื่อชุมชน (CBMC): 2 กระบวนการ 11 ขั้นตอน',
  name_en: 'Making a community business plan (CBMC): 2 processes, 11 steps',
  phases: [
    {
      id: 'p1',
      name_th: 'กระบวนการที่ 1: ติดตั้ง KSNB และ CBMC',
      name_en: 'Process 1: installing KSNB and CBMC',
      steps: PHASE1_STEPS,
    },
    {
      id: 'p2',
      name_th: 'กระบวนการที่ 2: ติดตามเสริมพลัง',
      name_en: 'Process 2: follow-up and empowerment',
      steps: PHASE2_STEPS,
    },
  ],
};
