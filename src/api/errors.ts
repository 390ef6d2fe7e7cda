import { ZodError } from 'zod';
import { ImportError } from '../ingest/errors';
import { MemoError } from '../memo/errors';
import { StoreError } from '../store/errors';

/** An error as it crosses a process boundary (IPC, CLI output, test bridge): a code, a message, details. */
export interface WireError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** Thrown by handlers for problems that are the caller's, not the engine's. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: 'INVALID_ARGUMENT' | 'UNKNOWN_CALL' | 'NOT_FOUND' | 'UNAVAILABLE',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The error a client sees: the same code and message the engine raised. */
export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function toWireError(error: unknown): WireError {
  if (error instanceof ImportError || error instanceof StoreError || error instanceof ApiError || error instanceof DeskError || error instanceof MemoError) {
    return { code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`);
    return { code: 'INVALID_ARGUMENT', message: `Invalid argument — ${issues.join('; ')}`, details: { issues } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}
