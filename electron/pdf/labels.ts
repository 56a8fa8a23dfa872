/** Words printed by the PDF engine itself (the model supplies everything else). */
const th = {
  page: 'หน้า {n} / {total}',
  contents: 'สารบัญ',
  step: 'ขั้นตอนที่ {n}',
  purpose: 'วัตถุประสงค์',
  activities: 'กิจกรรม',
  questions: 'คำถามชวนคิด',
  outputs: 'ผลลัพธ์ที่ต้องได้',
  facilitatorNotes: 'บันทึกของผู้จัดกระบวนการ',
  worksheets: 'แบบฟอร์มที่ใช้',
  status: 'สถานะ',
  status_todo: 'ยังไม่เริ่ม',
  status_doing: 'กำลังทำ',
  status_done: 'เสร็จแล้ว',
  blank: 'แบบฟอร์มเปล่า',
  noteList: 'รายการโน้ต',
  noteListOf: 'รายการโน้ต: {title}',
  voteResults: 'ผลโหวต (ยกมือ)',
  votesOf: '{n} เสียง',
  voteOpenNote: 'ยังเปิดโหวตอยู่ขณะพิมพ์',
  continued: '(ต่อ)',
  noNotes: '— ไม่มีโน้ต —',
  emptyNote: '(โน้ตว่าง)',
  more: '+{n} ใบ — ดูรายการ',
  unplaced: 'ยังไม่ได้จัดวางในช่อง',
  unplacedCount: 'โน้ตที่ยังไม่ได้จัดวางในช่อง {n} ใบ — ดูรายการท้ายกระดาน',
  notesCount: '{n} ใบ',
  legend: 'สีโน้ต:',
  blockQuestions: 'คำถามชวนคิดของแต่ละช่อง',
  missingTemplate: 'ไม่พบแม่แบบ "{id}" ในชุดแม่แบบนี้',
  otherBoards: 'กระดานอื่น ๆ',
  coverTitle: 'เอกสารการจัดทำแผนธุรกิจเพื่อชุมชน',
  group: 'กลุ่ม/องค์กรชุมชน',
  location: 'พื้นที่',
  tambon: 'ต.',
  amphoe: 'อ.',
  province: 'จ.',
  date: 'วันที่',
  facilitator: 'ผู้จัดกระบวนการ',
  printed: 'พิมพ์เมื่อ {date}',
  rowsEmpty: '(ยังไม่มีข้อมูลในตาราง)',
  seePage: 'ดูหน้า {n}',
  color_yellow: 'เหลือง',
  color_orange: 'ส้ม',
  color_pink: 'ชมพู',
  color_green: 'เขียว',
  color_blue: 'ฟ้า',
  color_purple: 'ม่วง',
  color_white: 'ขาว',
};

export type LabelKey = keyof typeof th;

const en: Record<LabelKey, string> = {
  page: 'Page {n} of {total}',
  contents: 'Contents',
  step: 'Step {n}',
  purpose: 'Purpose',
  activities: 'Activities',
  questions: 'Guiding questions',
  outputs: 'Outputs',
  facilitatorNotes: "Facilitator's notes",
  worksheets: 'Worksheets',
  status: 'Status',
  status_todo: 'not started',
  status_doing: 'in progress',
  status_done: 'done',
  blank: 'Blank worksheet',
  noteList: 'Notes',
  noteListOf: 'Notes: {title}',
  voteResults: 'Vote results (show of hands)',
  votesOf: '{n} votes',
  voteOpenNote: 'the vote was still open when printed',
  continued: '(continued)',
  noNotes: '— no notes —',
  emptyNote: '(empty note)',
  more: '+{n} more — see list',
  unplaced: 'Not placed in a block',
  unplacedCount: '{n} notes not placed in a block — see the list after the board',
  notesCount: '{n} notes',
  legend: 'Note colours:',
  blockQuestions: 'Guiding questions for each block',
  missingTemplate: 'Template "{id}" is not in this library',
  otherBoards: 'Other boards',
  coverTitle: 'Community business planning workshop',
  group: 'Community group',
  location: 'Location',
  tambon: 'Tambon',
  amphoe: 'Amphoe',
  province: 'Province',
  date: 'Date',
  facilitator: 'Facilitator',
  printed: 'Printed {date}',
  rowsEmpty: '(no rows yet)',
  seePage: 'see page {n}',
  color_yellow: 'yellow',
  color_orange: 'orange',
  color_pink: 'pink',
  color_green: 'green',
  color_blue: 'blue',
  color_purple: 'purple',
  color_white: 'white',
};

export type PdfLang = 'th' | 'en';

export function label(lang: PdfLang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  const dict: Record<LabelKey, string> = lang === 'en' ? en : th;
  return dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The Thai or English form of a bilingual field, falling back to Thai. */
export const pickLang = (lang: PdfLang, thText: string, enText: string | undefined): string =>
  lang === 'en' && enText ? enText : thText;

/** The other language's form, shown small under the main one; '' when there is none. */
export const otherLang = (lang: PdfLang, thText: string, enText: string | undefined): string =>
  lang === 'en' ? (enText ? thText : '') : (enText ?? '');
