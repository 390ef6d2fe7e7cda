import type { ApiContext } from './context';
import { contract, type HandlerInput } from './contract';
import { ApiError, DeskError, toWireError, type Envelope } from './errors';
import { handlers, type Handlers } from './handlers';
import { HANDLER_NAMES, type HandlerName } from './names';

export type HandlerResult<N extends HandlerName> = Awaited<ReturnType<Handlers[N]>>;

export function isHandlerName(name: unknown): name is HandlerName {
  return typeof name === 'string' && (HANDLER_NAMES as readonly string[]).includes(name);
}

/**
 * Validates an untrusted call (from IPC, the CLI or a test bridge) and runs it. Never throws: the result is
 * an envelope carrying either the value or an error with a code.
 */
export async function dispatch(ctx: ApiContext, name: unknown, rawArg: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isHandlerName(name)) throw new ApiError('UNKNOWN_CALL', `There is no call named ${JSON.stringify(name)}.`);
    const arg = contract[name].parse(rawArg);
    const run = handlers[name] as (ctx: ApiContext, arg: unknown) => Promise<unknown>;
    return { ok: true, value: await run(ctx, arg) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}

/** Typed direct call for engine-side code (CLI, tests): throws the wire error as a DeskError. */
export async function call<N extends HandlerName>(ctx: ApiContext, name: N, arg: HandlerInput<N>): Promise<HandlerResult<N>> {
  const envelope = await dispatch(ctx, name, arg);
  if (!envelope.ok) throw new DeskError(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.value as HandlerResult<N>;
}
