import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import { createContext, type ApiContext } from '../api/context';
import { Library } from '../store/library';
import { resolveLibraryPath } from '../store/paths';
import type { CliIO } from './io';

/** Opens the library the command line points at (creating its folder on first use) for one command. */
export function openSession(dbOption: string | undefined, io: CliIO, reviewerOption?: string): ApiContext {
  const path = resolveLibraryPath(dbOption, io.env);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const library = Library.open(path);
  const reviewer = reviewerOption ?? io.env.LICENSE_DESK_REVIEWER ?? safeUserName();
  return createContext(library, reviewer);
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'reviewer';
  }
}
