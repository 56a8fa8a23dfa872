/**
 * Phones: the quick note sheet, touch hints and the folded menus. Part of the Thai dictionary
 * (th.ts); every key here must exist in enPhone.ts too.
 */
export const thPhone = {
  quickNoteButton: '+ โน้ต',
  quickNoteTitle: 'เขียนโน้ต',
  quickNoteText: 'ข้อความบนโน้ต',
  quickNoteBlock: 'ติดที่ช่อง',
  quickNoteSend: 'ส่ง',
  quickNoteNeedText: 'เขียนข้อความก่อนส่ง',
  quickNoteNeedBlock: 'เลือกช่องที่จะติดโน้ต',
  quickNoteSent: 'ติดโน้ตที่ช่อง "{block}" แล้ว',
  hintTouch: 'แตะโน้ตเพื่อเลือก แตะอีกครั้งเพื่อแก้ไข · แตะสองครั้งในช่องเพื่อเขียนโน้ต · ลากนิ้วเพื่อเลื่อน · สองนิ้วเพื่อซูม',
  phoneMenu: 'เมนู',
  phoneSidebar: 'ขั้นตอนและกระดาน',
} as const;
