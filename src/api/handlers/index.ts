import { annotationHandlers } from './annotations';
import { assessmentHandlers } from './assessments';
import { auditHandlers } from './audit';
import { carryOverHandlers } from './carry-over';
import { compareHandlers } from './compare';
import { documentHandlers } from './documents';
import { findingHandlers } from './findings';
import { libraryHandlers } from './library';
import { memoHandlers } from './memo';
import { sampleHandlers } from './samples';
import { versionHandlers } from './versions';
import type { HandlerImpls } from './types';

/** The one handler map: Electron IPC, the CLI and the tests all call through it. */
export const handlers = {
  ...libraryHandlers,
  ...documentHandlers,
  ...findingHandlers,
  ...sampleHandlers,
  ...annotationHandlers,
  ...assessmentHandlers,
  ...auditHandlers,
  ...memoHandlers,
  ...compareHandlers,
  ...versionHandlers,
  ...carryOverHandlers,
} satisfies HandlerImpls;

export type Handlers = typeof handlers;
