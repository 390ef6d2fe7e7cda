import type { ApiContext } from '../context';
import type { HandlerArg } from '../contract';
import type { HandlerName } from '../names';

/** The shape every domain's handler object must have: context + validated argument -> result. */
export type HandlerImpls = { [N in HandlerName]: (ctx: ApiContext, arg: HandlerArg<N>) => Promise<unknown> };
