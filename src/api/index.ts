export { dispatch, call, isHandlerName, type HandlerResult } from './dispatch';
export { createContext, type ApiContext } from './context';
export { HANDLER_NAMES, methodName, type HandlerName } from './names';
export { contract, type HandlerInput } from './contract';
export { DeskError, ApiError, toWireError, type Envelope, type WireError } from './errors';
export { createDeskApi, type DeskApi, type DeskBridge, type DeskShell, type MenuCommand, type Transport } from './client';
