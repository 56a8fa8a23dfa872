import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Reload and DevTools exist only in development builds. */
  isDev: boolean;
  isMac: boolean;
}

/** The native menu in Thai, using Electron roles so shortcuts and platform behaviour come for free. */
export function menuTemplate({ isDev, isMac }: MenuOptions): MenuItemConstructorOptions[] {
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: 'โหลดใหม่' }, { role: 'toggleDevTools', label: 'เครื่องมือนักพัฒนา' }, sep]
    : [];
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'CBMC Studio',
          submenu: [
            { role: 'about', label: 'เกี่ยวกับ CBMC Studio' },
            sep,
            { role: 'hide', label: 'ซ่อน CBMC Studio' },
            { role: 'hideOthers', label: 'ซ่อนโปรแกรมอื่น' },
            { role: 'unhide', label: 'แสดงทั้งหมด' },
            sep,
            { role: 'quit', label: 'ออกจาก CBMC Studio' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'ไฟล์',
      submenu: [isMac ? { role: 'close', label: 'ปิดหน้าต่าง' } : { role: 'quit', label: 'ออกจากโปรแกรม' }],
    },
    {
      label: 'แก้ไข',
      submenu: [
        { role: 'undo', label: 'เลิกทำ' },
        { role: 'redo', label: 'ทำซ้ำ' },
        sep,
        { role: 'cut', label: 'ตัด' },
        { role: 'copy', label: 'คัดลอก' },
        { role: 'paste', label: 'วาง' },
        { role: 'selectAll', label: 'เลือกทั้งหมด' },
      ],
    },
    {
      label: 'มุมมอง',
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: 'ขนาดปกติ' },
        { role: 'zoomIn', label: 'ขยาย' },
        { role: 'zoomOut', label: 'ย่อ' },
        sep,
        { role: 'togglefullscreen', label: 'เต็มหน้าจอ' },
      ],
    },
    {
      label: 'ช่วยเหลือ',
      role: 'help',
      submenu: [{ role: 'about', label: 'เกี่ยวกับ CBMC Studio' }],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
