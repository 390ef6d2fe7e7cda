import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from '../../electron/menu';

function build(platform: NodeJS.Platform, isDev: boolean) {
  const actions = {
    sendCommand: vi.fn(),
    openLibrary: vi.fn(),
    backupLibrary: vi.fn(),
    restoreLibrary: vi.fn(),
    showAbout: vi.fn(),
    showDataLocation: vi.fn(),
  } satisfies MenuActions;
  const template = buildMenuTemplate({ platform, isDev, appName: 'License Desk', actions });
  return { template, actions };
}

const submenu = (menu: MenuItemConstructorOptions) => (menu.submenu ?? []) as MenuItemConstructorOptions[];
const topLevel = (template: MenuItemConstructorOptions[], label: string) => {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  expect(menu, `a ${label} menu`).toBeDefined();
  return submenu(menu!);
};
const allItems = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((m) => [m, ...allItems(submenu(m))]);
const byId = (template: MenuItemConstructorOptions[], id: string) => {
  const item = allItems(template).find((i) => i.id === id);
  expect(item, `menu item ${id}`).toBeDefined();
  return item!;
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it('has File, Edit, View and Help in that order (Windows and Linux)', () => {
    const { template } = build('linux', false);
    expect(template.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File offers Import…, Open Library…, Back Up Library…, Restore Library from Backup… and Quit', () => {
    const { template, actions } = build('win32', false);
    const file = topLevel(template, 'File');
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual(['Import…', 'Open Library…', 'Back Up Library…', 'Restore Library from Backup…', 'Quit']);
    expect(file.find((i) => i.label === 'Quit')?.role).toBe('quit');

    click(byId(template, 'import'));
    expect(actions.sendCommand).toHaveBeenCalledExactlyOnceWith('import');
    click(byId(template, 'open-library'));
    expect(actions.openLibrary).toHaveBeenCalledOnce();
    click(byId(template, 'backup-library'));
    expect(actions.backupLibrary).toHaveBeenCalledOnce();
    click(byId(template, 'restore-library'));
    expect(actions.restoreLibrary).toHaveBeenCalledOnce();
    // Library commands run in the main process behind native dialogs: nothing is sent to the page for them.
    expect(actions.sendCommand).toHaveBeenCalledTimes(1);
  });

  it('Edit has the standard editing roles', () => {
    const { template } = build('linux', false);
    expect(topLevel(template, 'Edit').map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('View sends find and zoom commands to the page, with their usual shortcuts', () => {
    const { template, actions } = build('linux', false);
    const expected = [
      ['find', 'CmdOrCtrl+F', 'find'],
      ['zoom-in', 'CmdOrCtrl+=', 'zoom-in'],
      ['zoom-in-plus', 'CmdOrCtrl+Plus', 'zoom-in'],
      ['zoom-out', 'CmdOrCtrl+-', 'zoom-out'],
      ['zoom-reset', 'CmdOrCtrl+0', 'zoom-reset'],
    ] as const;
    for (const [id, accelerator, command] of expected) {
      const item = byId(template, id);
      expect(item.accelerator, id).toBe(accelerator);
      actions.sendCommand.mockClear();
      click(item);
      expect(actions.sendCommand, id).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('offers Reload and Developer Tools only in development', () => {
    const roles = (isDev: boolean) => allItems(build('linux', isDev).template).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('Help has About and where the data lives', () => {
    const { template, actions } = build('linux', false);
    expect(topLevel(template, 'Help').map((i) => i.label)).toEqual(['About License Desk', 'Where Your Data Lives']);
    click(byId(template, 'about'));
    expect(actions.showAbout).toHaveBeenCalledOnce();
    click(byId(template, 'data-location'));
    expect(actions.showDataLocation).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: an app menu with About and Quit, Close in File', () => {
    const { template } = build('darwin', false);
    expect(template[0].label).toBe('License Desk');
    const appMenu = submenu(template[0]);
    expect(appMenu.some((i) => i.id === 'about')).toBe(true);
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    expect(topLevel(template, 'File').some((i) => i.role === 'close')).toBe(true);
    expect(allItems(template).filter((i) => i.id === 'about')).toHaveLength(1);
  });

  it('never binds the same shortcut twice', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = allItems(build(platform, true).template).map((i) => i.accelerator).filter(Boolean);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });
});
