import type { ApiContext } from '../../api/context';
import type { CliIO } from '../io';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; description: string }>;

export interface ParsedCommand {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** e.g. "import <files…>" */
  usage: string;
  summary: string;
  options: OptionSpec;
  /** Commands that read no library (analyze a file) say so and get no session. */
  needsLibrary: boolean;
  run(parsed: ParsedCommand, io: CliIO, session: () => ApiContext): Promise<number>;
}
