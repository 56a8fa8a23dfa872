import type { Template } from '../model/Template';

/** Team roster for step 1 (domain.md 6, [PROPOSAL]): the core team and mentors with their roles. */
export const teamRoster: Template = {
  id: 'team-roster',
  name_th: 'รายชื่อทีมแกนนำ',
  name_en: 'Team roster',
  description_th: 'รายชื่อแกนนำ ทีมทำงาน และพี่เลี้ยง พร้อมบทบาทและความถนัดของแต่ละคน เพื่อแบ่งงานตามความสามารถ',
  description_en:
    "The leaders, working team and facilitator-mentors, with each person's role and strengths, so work can be shared by ability.",
  orientation: 'portrait',
  layout: {
    kind: 'table',
    columns: [
      { id: 'name', label_th: 'ชื่อ–นามสกุล', label_en: 'Name', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'group', label_th: 'กลุ่ม/องค์กร', label_en: 'Group / organisation', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'role', label_th: 'บทบาทในทีม', label_en: 'Role in the team', kind: 'text', width: 1.2, provenance: 'proposal' },
      { id: 'skills', label_th: 'ความรู้/ความถนัด', label_en: 'Knowledge, strengths', kind: 'text', width: 1.5, provenance: 'proposal' },
      { id: 'contact', label_th: 'โทรศัพท์/LINE', label_en: 'Phone / LINE', kind: 'text', width: 1, provenance: 'proposal' },
      { id: 'note', label_th: 'หมายเหตุ', label_en: 'Note', kind: 'text', width: 1, provenance: 'proposal' },
    ],
  },
};
