import { migration001 } from './001-documents';
import { migration002 } from './002-analyses';
import { migration003 } from './003-annotations-audit';
import { migration004 } from './004-assessments';
import { migration005 } from './005-versions';
import type { Migration } from './types';

/** Every schema step in order; a step's version is its position. Append only: never edit a released step. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const SCHEMA_VERSION = MIGRATIONS.length;
export type { Migration };
