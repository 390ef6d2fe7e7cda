import type { Library } from '../store/library';

/** What every handler runs against: the open library and who is working. */
export interface ApiContext {
  library: Library;
  /** The reviewer's name, recorded on every change they make. */
  reviewer: string;
  /** The clock (tests pin it). */
  now(): Date;
  /** The app's resources/ folder (sample documents); the packaged app sets it, source runs find it themselves. */
  resourcesDir?: string;
}

export function createContext(library: Library, reviewer: string, now: () => Date = () => new Date(), resourcesDir?: string): ApiContext {
  return { library, reviewer, now, ...(resourcesDir ? { resourcesDir } : {}) };
}
