/**
 * The two IPC channels between the window and the main process, shared by main and preload so a renamed channel
 * cannot drift. Every engine call goes through INVOKE (one channel, name + argument, validated in main); menu
 * commands come back on MENU_COMMAND.
 */
import type { MenuCommand } from '../src/api/client';

export const INVOKE_CHANNEL = 'desk:invoke';
export const MENU_COMMAND_CHANNEL = 'desk:menu-command';
/** The page asks for an assessment's memo as PDF; main renders, asks where to save, prints and writes it. */
export const MEMO_PDF_CHANNEL = 'desk:memo-pdf';

/** The runtime list of MenuCommand values: the preload forwards only these to the page. */
export const MENU_COMMANDS = [
  'import',
  'open-library',
  'library-changed',
  'backup-library',
  'find',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
] as const satisfies readonly MenuCommand[];

// Fails to compile if MenuCommand gains a value this list does not have.
type MissingMenuCommand = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
const everyMenuCommandListed: MissingMenuCommand extends never ? true : false = true;
void everyMenuCommandListed;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
