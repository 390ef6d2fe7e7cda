import type { Library } from '../store/library';

/** What every handler runs against: the open library and who is working. */
export interface ApiContext {
  library: Library;
  /** The reviewer's name, recorded on every change they make. */
  reviewer: string;
  /** The clock (tests pin it). */
  now(): Date;
}

export function createContext(library: Library, reviewer: string, now: () => Date = () => new Date()): ApiContext {
  return { library, reviewer, now };
}
