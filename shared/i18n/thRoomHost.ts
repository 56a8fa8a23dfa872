/**
 * Words the room's network side says (opening, closing, refusing). Part of the Thai dictionary
 * (th.ts); every key here must exist in enRoomHost.ts too.
 */
export const thRoomHost = {
  'roomHost.notEnabled': 'โฮสต์นี้ไม่ได้เปิดโหมดห้อง ให้เริ่มใหม่ด้วย npm run serve -- --room เพื่อให้เครื่องอื่นเข้าร่วมได้',
  'roomHost.otherOpen': 'มีห้องเปิดอยู่แล้วสำหรับเวิร์กช็อปอื่น ({workshop}) ปิดห้องนั้นก่อน',
  'roomHost.notOpen': 'ยังไม่ได้เปิดห้อง',
  'roomHost.noWorkshop': 'ไม่พบเวิร์กช็อปนี้ จึงเปิดห้องไม่ได้',
  'roomHost.portMoved': 'พอร์ตเดิม {old} ถูกโปรแกรมอื่นใช้อยู่ ห้องจึงเปิดที่พอร์ต {port} แทน ผู้เข้าร่วมต้องสแกนคิวอาร์โค้ดใหม่',
  'roomHost.opened': 'เปิดห้องแล้ว ผู้เข้าร่วมเปิดที่อยู่นี้ได้: {urls}',
  'roomHost.closed': 'ปิดห้องแล้ว ไม่มีอะไรเปิดให้เครือข่ายอีก',
  'roomHost.noAddress': 'ไม่พบที่อยู่เครือข่ายของเครื่องนี้ ต่อ Wi-Fi หรือฮอตสปอตก่อน (ตอนนี้เข้าได้จากเครื่องนี้เท่านั้น)',
} as const;
