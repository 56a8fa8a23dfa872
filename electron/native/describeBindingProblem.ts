import type { BindingProblem } from './checkSqliteBinding';
import { ENSURE_BINDING_COMMAND } from './sqliteBinding';

export interface BindingContext {
  /** e.g. "Electron 40.9.3" */
  runtime: string;
  /** Installed app: the fix is reinstalling; a checkout: the fix is one npm command. */
  isPackaged: boolean;
}

/** The start-up message (Thai first, then English) for a binding that cannot be used, with its one fix. */
export function describeBindingProblem(p: BindingProblem, ctx: BindingContext): { title: string; content: string } {
  const what =
    p.kind === 'missing'
      ? `ไม่พบไฟล์เชื่อมต่อฐานข้อมูล SQLite (better-sqlite3) สำหรับ ${ctx.runtime}\n` +
        `The SQLite binding (better-sqlite3) for ${ctx.runtime} is missing.`
      : p.kind === 'wrong-version'
        ? `ไฟล์เชื่อมต่อฐานข้อมูล SQLite (better-sqlite3) สร้างไว้สำหรับรุ่นอื่น (NODE_MODULE_VERSION ${p.found}) แต่ ${ctx.runtime} ต้องการรุ่น ${p.expected}\n` +
          `The SQLite binding (better-sqlite3) was built for another runtime (NODE_MODULE_VERSION ${p.found}); ${ctx.runtime} needs ${p.expected}.`
        : `โหลดไฟล์เชื่อมต่อฐานข้อมูล SQLite (better-sqlite3) ไม่ได้\nThe SQLite binding (better-sqlite3) could not be loaded: ${p.reason}`;
  const fix = ctx.isPackaged
    ? 'วิธีแก้: ติดตั้ง CBMC Studio ใหม่จากไฟล์ติดตั้ง\nTo fix it: reinstall CBMC Studio from its installer.'
    : `วิธีแก้: ในโฟลเดอร์โปรเจกต์ให้รันคำสั่ง (ครั้งแรกต้องต่ออินเทอร์เน็ต)\nTo fix it, run in the project folder (needs the internet the first time):\n\n    ${ENSURE_BINDING_COMMAND}`;
  return {
    title: 'CBMC Studio เปิดไม่ได้ / CBMC Studio cannot start',
    content: `${what}\n\n${fix}\n\n` + 'ข้อมูลของคุณยังไม่ถูกแก้ไข / Your data has not been touched.\n' + `ไฟล์ / File: ${p.file}`,
  };
}
