import type { HostErrorCode } from '../../shared/contract/HostError';

/**
 * The Thai + English text shown when the services cannot start. A database the app cannot use
 * (e.g. made by a newer version) gets its own explanation: nothing was changed, update the app.
 */
export function describeStartupError(e: unknown, dataDir: string): { title: string; content: string } {
  const detail = e instanceof Error ? e.message : String(e);
  const lead = isFolderInUse(e)
    ? 'โฟลเดอร์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น ปิดโปรแกรมนั้นก่อน แล้วเปิด CBMC Studio ใหม่\n' +
      'This data folder is in use by another program. Close it first, then open CBMC Studio again.'
    : codeOf(e) === 'unavailable'
      ? 'ใช้ฐานข้อมูลนี้ไม่ได้ อาจสร้างโดย CBMC Studio รุ่นที่ใหม่กว่า กรุณาอัปเดตโปรแกรม ข้อมูลของคุณยังไม่ถูกแก้ไข\n' +
        'The database cannot be used; it may come from a newer version of CBMC Studio. Please update the app. Your data has not been changed.'
      : 'เกิดข้อผิดพลาดขณะเริ่มโปรแกรม\nSomething went wrong while starting the app.';
  return {
    title: 'CBMC Studio เปิดไม่ได้ / CBMC Studio cannot start',
    content: `${lead}\n\nรายละเอียด / Details: ${detail}\nโฟลเดอร์ข้อมูล / Data folder: ${dataDir}`,
  };
}

/** Read by shape, not instanceof: the error may come from another copy of the HostError module. */
function codeOf(e: unknown): HostErrorCode | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? (e.code as HostErrorCode) : undefined;
}

/** The data folder lock refused us (DataFolderInUse, read by shape for the same reason). */
function isFolderInUse(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'holder' in e && 'folder' in e;
}
