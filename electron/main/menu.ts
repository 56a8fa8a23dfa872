import { Menu, type MenuItemConstructorOptions } from 'electron';
import { translate, type MessageKey } from '../../shared/i18n';

/** The main process does not know the UI language; the menu speaks Thai, the app's language. */
const m = (key: MessageKey): string => translate('th', key);

export interface MenuOptions {
  /** Reload and DevTools exist only in development builds. */
  isDev: boolean;
  isMac: boolean;
}

/** The native menu in Thai, using Electron roles so shortcuts and platform behaviour come for free. */
export function menuTemplate({ isDev, isMac }: MenuOptions): MenuItemConstructorOptions[] {
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: m('menu.reload') }, { role: 'toggleDevTools', label: m('menu.devTools') }, sep]
    : [];
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'CBMC Studio',
          submenu: [
            { role: 'about', label: m('menu.about') },
            sep,
            { role: 'hide', label: m('menu.hide') },
            { role: 'hideOthers', label: m('menu.hideOthers') },
            { role: 'unhide', label: m('menu.unhide') },
            sep,
            { role: 'quit', label: m('menu.quitApp') },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: m('menu.file'),
      submenu: [isMac ? { role: 'close', label: m('menu.closeWindow') } : { role: 'quit', label: m('menu.quit') }],
    },
    {
      label: m('edit'),
      submenu: [
        { role: 'undo', label: m('undo') },
        { role: 'redo', label: m('redo') },
        sep,
        { role: 'cut', label: m('menu.cut') },
        { role: 'copy', label: m('menu.copy') },
        { role: 'paste', label: m('menu.paste') },
        { role: 'selectAll', label: m('selectAll') },
      ],
    },
    {
      label: m('menu.view'),
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: m('menu.resetZoom') },
        { role: 'zoomIn', label: m('zoomIn') },
        { role: 'zoomOut', label: m('zoomOut') },
        sep,
        { role: 'togglefullscreen', label: m('menu.fullScreen') },
      ],
    },
    {
      label: m('menu.help'),
      role: 'help',
      submenu: [{ role: 'about', label: m('menu.about') }],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
