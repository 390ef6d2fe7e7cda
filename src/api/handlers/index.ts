import { documentHandlers } from './documents';
import { findingHandlers } from './findings';
import { libraryHandlers } from './library';
import type { HandlerImpls } from './types';

/** The one handler map: Electron IPC, the CLI and the tests all call through it. */
export const handlers = {
  ...libraryHandlers,
  ...documentHandlers,
  ...findingHandlers,
} satisfies HandlerImpls;

export type Handlers = typeof handlers;
