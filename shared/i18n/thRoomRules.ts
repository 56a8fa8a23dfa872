/**
 * What the room's host says when it refuses something a page sent (participant rules, the op limit,
 * a malformed message, goodbyes). Part of the Thai dictionary (th.ts); every key here must exist in
 * enRoomRules.ts too.
 */
export const thRoomRules = {
  'roomRules.boards': 'ผู้เข้าร่วมเพิ่ม แก้ หรือลบกระดานไม่ได้ ให้ผู้จัดทำ',
  'roomRules.steps': 'ผู้เข้าร่วมเปลี่ยนสถานะขั้นตอนไม่ได้ ให้ผู้จัดทำ',
  'roomRules.workshop': 'ผู้เข้าร่วมแก้รายละเอียดเวิร์กช็อปไม่ได้ ให้ผู้จัดทำ',
  'roomRules.rowEdit': 'ผู้เข้าร่วมลบหรือย้ายแถวในตารางไม่ได้ แก้ได้เฉพาะช่องในตาราง',
  'roomRules.locked': 'ผู้จัดตั้งกระดาน "{board}" ให้ดูได้อย่างเดียว การแก้ไขนี้ไม่ถูกบันทึก',
  'roomRules.rateLimited': 'ส่งการแก้ไขเร็วเกินไป ({n} รายการใน {seconds} วินาที) การแก้ไขนี้ไม่ถูกบันทึก รอสักครู่แล้วลองใหม่',
  'roomRules.badMessage': 'ข้อความจากหน้านี้ผิดรูปแบบ ({detail}) ไม่มีอะไรถูกเปลี่ยน โหลดหน้าใหม่แล้วลองอีกครั้ง',
  'roomRules.helloFirst': 'หน้านี้ต้องแนะนำตัวก่อนส่งการแก้ไข โหลดหน้าใหม่แล้วลองอีกครั้ง',
  'roomRules.removedBefore': 'ผู้จัดเชิญหน้านี้ออกจากห้องแล้ว เข้ามาใหม่ไม่ได้',
  'roomRules.byeClosed': 'ผู้จัดปิดห้องแล้ว',
  'roomRules.byeRemoved': 'ผู้จัดเชิญคุณออกจากห้องแล้ว',
  'roomRules.byeReplaced': 'หน้านี้เปิดห้องอยู่ในแท็บหรือเครื่องอื่นแล้ว หน้านี้จึงหยุดเชื่อมต่อ',
  'roomRules.failed': 'บันทึกการแก้ไขนี้ไม่ได้: {message}',
} as const;
