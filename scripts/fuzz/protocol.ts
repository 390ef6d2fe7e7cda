/** Messages between the fuzz runner and its import children (Node IPC, advanced serialization). */
import type { ImportErrorCode } from '../../src/ingest';

export interface CaseRequest {
  index: number;
  name: string;
  bytes: Uint8Array;
}

export type CaseReply =
  | { type: 'ready'; pid: number }
  | { type: 'stray'; index: number; message: string }
  | ({
      type: 'result';
      index: number;
      ms: number;
      /** The child's resident memory after the case, and its peak so far. */
      rssMb: number;
      peakRssMb: number;
      /** Text-rule or storage round-trip problems (a document that came out wrong). */
      violations: string[];
    } & (
      | { outcome: 'document'; format: string; blocks: number; characters: number; documentId: number; importMs: number; analysisMs: number }
      | { outcome: 'refused'; code: ImportErrorCode; message: string }
      | { outcome: 'failure'; message: string }
    ));
